#include "ExceptionKind.h"

#include "KeyedEnum.h"

namespace od {

namespace {

constexpr EnumRow<ExceptionKind> kRows[] = {
    {ExceptionKind::Quality, "quality", QT_TRANSLATE_NOOP("ExceptionKind", "Quality")},
    {ExceptionKind::MaterialShortage, "material", QT_TRANSLATE_NOOP("ExceptionKind", "Material shortage")},
    {ExceptionKind::EquipmentBreakdown, "equipment",
     QT_TRANSLATE_NOOP("ExceptionKind", "Equipment breakdown")},
    {ExceptionKind::Logistics, "logistics", QT_TRANSLATE_NOOP("ExceptionKind", "Logistics delay or damage")},
    {ExceptionKind::CustomerDispute, "dispute", QT_TRANSLATE_NOOP("ExceptionKind", "Customer dispute")},
    {ExceptionKind::Payment, "payment", QT_TRANSLATE_NOOP("ExceptionKind", "Payment")},
};

} // namespace

QList<ExceptionKind> ExceptionKindInfo::all()
{
    return enumValues(kRows);
}

QString ExceptionKindInfo::key(ExceptionKind kind)
{
    return enumKey(kRows, kind);
}

std::optional<ExceptionKind> ExceptionKindInfo::fromKey(QStringView key)
{
    return enumFromKey(kRows, key);
}

QString ExceptionKindInfo::displayName(ExceptionKind kind)
{
    return enumName("ExceptionKind", kRows, kind);
}

} // namespace od
