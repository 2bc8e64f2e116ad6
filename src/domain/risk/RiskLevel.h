#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace od {

// How likely an open order is to miss its promised date (预警), least worrying first: on track;
// at risk — something says it may miss the promise; late — the promised date has passed and the
// goods have not left.
enum class RiskLevel
{
    OnTrack,
    AtRisk,
    Late
};

class RiskLevelInfo
{
public:
    static QList<RiskLevel> all();
    // "on_track", "at_risk", "late": the stored and command-line keys.
    static QString key(RiskLevel level);
    static std::optional<RiskLevel> fromKey(QStringView key);
    static QString displayName(RiskLevel level);
};

} // namespace od
