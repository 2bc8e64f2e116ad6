#include "OnTimeGrouping.h"

#include "KeyedEnum.h"

namespace od {

namespace {

constexpr EnumRow<OnTimeGrouping> kRows[] = {
    {OnTimeGrouping::Customer, "customer", QT_TRANSLATE_NOOP("OnTimeGrouping", "Customer")},
    {OnTimeGrouping::Product, "product", QT_TRANSLATE_NOOP("OnTimeGrouping", "Product")},
    {OnTimeGrouping::Salesperson, "salesperson", QT_TRANSLATE_NOOP("OnTimeGrouping", "Salesperson")},
    {OnTimeGrouping::WorkCentre, "work_centre", QT_TRANSLATE_NOOP("OnTimeGrouping", "Work centre")},
    {OnTimeGrouping::Cause, "cause", QT_TRANSLATE_NOOP("OnTimeGrouping", "Cause")},
};

} // namespace

QList<OnTimeGrouping> OnTimeGroupingInfo::all()
{
    return enumValues(kRows);
}

QString OnTimeGroupingInfo::key(OnTimeGrouping grouping)
{
    return enumKey(kRows, grouping);
}

std::optional<OnTimeGrouping> OnTimeGroupingInfo::fromKey(QStringView key)
{
    return enumFromKey(kRows, key);
}

QString OnTimeGroupingInfo::displayName(OnTimeGrouping grouping)
{
    return enumName("OnTimeGrouping", kRows, grouping);
}

} // namespace od
