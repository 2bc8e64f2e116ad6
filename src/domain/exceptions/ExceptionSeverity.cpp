#include "ExceptionSeverity.h"

#include "KeyedEnum.h"

namespace od {

namespace {

constexpr EnumRow<ExceptionSeverity> kRows[] = {
    {ExceptionSeverity::Low, "low", QT_TRANSLATE_NOOP("ExceptionSeverity", "Low")},
    {ExceptionSeverity::Medium, "medium", QT_TRANSLATE_NOOP("ExceptionSeverity", "Medium")},
    {ExceptionSeverity::High, "high", QT_TRANSLATE_NOOP("ExceptionSeverity", "High")},
};

} // namespace

QList<ExceptionSeverity> ExceptionSeverityInfo::all()
{
    return enumValues(kRows);
}

QString ExceptionSeverityInfo::key(ExceptionSeverity severity)
{
    return enumKey(kRows, severity);
}

std::optional<ExceptionSeverity> ExceptionSeverityInfo::fromKey(QStringView key)
{
    return enumFromKey(kRows, key);
}

QString ExceptionSeverityInfo::displayName(ExceptionSeverity severity)
{
    return enumName("ExceptionSeverity", kRows, severity);
}

} // namespace od
