#include "RiskLevel.h"

#include "KeyedEnum.h"

namespace od {

namespace {

constexpr EnumRow<RiskLevel> kRows[] = {
    {RiskLevel::OnTrack, "on_track", QT_TRANSLATE_NOOP("RiskLevel", "On track")},
    {RiskLevel::AtRisk, "at_risk", QT_TRANSLATE_NOOP("RiskLevel", "At risk")},
    {RiskLevel::Late, "late", QT_TRANSLATE_NOOP("RiskLevel", "Late")},
};

} // namespace

QList<RiskLevel> RiskLevelInfo::all()
{
    return enumValues(kRows);
}

QString RiskLevelInfo::key(RiskLevel level)
{
    return enumKey(kRows, level);
}

std::optional<RiskLevel> RiskLevelInfo::fromKey(QStringView key)
{
    return enumFromKey(kRows, key);
}

QString RiskLevelInfo::displayName(RiskLevel level)
{
    return enumName("RiskLevel", kRows, level);
}

} // namespace od
