#include "ReviewCause.h"

#include "KeyedEnum.h"

namespace od {

namespace {

constexpr EnumRow<ReviewCause> kRows[] = {
    {ReviewCause::Capacity, "capacity", QT_TRANSLATE_NOOP("ReviewCause", "Capacity")},
    {ReviewCause::Material, "material", QT_TRANSLATE_NOOP("ReviewCause", "Material")},
    {ReviewCause::Quality, "quality", QT_TRANSLATE_NOOP("ReviewCause", "Quality")},
    {ReviewCause::CustomerChange, "customer_change", QT_TRANSLATE_NOOP("ReviewCause", "Customer change")},
    {ReviewCause::Logistics, "logistics", QT_TRANSLATE_NOOP("ReviewCause", "Logistics")},
    {ReviewCause::Payment, "payment", QT_TRANSLATE_NOOP("ReviewCause", "Payment")},
    {ReviewCause::Other, "other", QT_TRANSLATE_NOOP("ReviewCause", "Other")},
};

} // namespace

QList<ReviewCause> ReviewCauseInfo::all()
{
    return enumValues(kRows);
}

QString ReviewCauseInfo::key(ReviewCause cause)
{
    return enumKey(kRows, cause);
}

std::optional<ReviewCause> ReviewCauseInfo::fromKey(QStringView key)
{
    return enumFromKey(kRows, key);
}

QString ReviewCauseInfo::displayName(ReviewCause cause)
{
    return enumName("ReviewCause", kRows, cause);
}

} // namespace od
