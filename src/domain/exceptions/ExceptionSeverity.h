#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace od {

// How badly an exception threatens the order (严重程度), lowest first.
enum class ExceptionSeverity
{
    Low,
    Medium,
    High
};

class ExceptionSeverityInfo
{
public:
    static QList<ExceptionSeverity> all();
    static QString key(ExceptionSeverity severity);
    static std::optional<ExceptionSeverity> fromKey(QStringView key);
    static QString displayName(ExceptionSeverity severity);
};

} // namespace od
