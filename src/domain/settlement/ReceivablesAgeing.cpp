#include "ReceivablesAgeing.h"

#include "InvoiceStatus.h"

namespace od {

Money AgeingBuckets::total() const
{
    Money sum;
    for (Money m : amounts)
        sum += m;
    return sum;
}

Money AgeingBuckets::overdue() const
{
    return total() - amounts[size_t(AgeingBucket::Current)];
}

QList<AgeingBucket> ReceivablesAgeing::all()
{
    return {AgeingBucket::Current, AgeingBucket::Days1To30, AgeingBucket::Days31To60,
            AgeingBucket::Days61To90, AgeingBucket::Over90};
}

AgeingBucket ReceivablesAgeing::bucketFor(const QDate& dueDate, const QDate& asOf)
{
    const int days = InvoiceStatusInfo::daysOverdue(dueDate, asOf);
    if (days <= 0)
        return AgeingBucket::Current;
    if (days <= 30)
        return AgeingBucket::Days1To30;
    if (days <= 60)
        return AgeingBucket::Days31To60;
    if (days <= 90)
        return AgeingBucket::Days61To90;
    return AgeingBucket::Over90;
}

AgeingBuckets ReceivablesAgeing::age(const QList<ReceivableItem>& items, const QDate& asOf)
{
    AgeingBuckets out;
    for (const ReceivableItem& item : items)
        out[bucketFor(item.dueDate, asOf)] += item.open;
    return out;
}

QString ReceivablesAgeing::key(AgeingBucket bucket)
{
    switch (bucket) {
    case AgeingBucket::Current:
        return QStringLiteral("current");
    case AgeingBucket::Days1To30:
        return QStringLiteral("1_30");
    case AgeingBucket::Days31To60:
        return QStringLiteral("31_60");
    case AgeingBucket::Days61To90:
        return QStringLiteral("61_90");
    case AgeingBucket::Over90:
        return QStringLiteral("over_90");
    }
    return {};
}

QString ReceivablesAgeing::displayName(AgeingBucket bucket)
{
    switch (bucket) {
    case AgeingBucket::Current:
        return tr("Not yet due");
    case AgeingBucket::Days1To30:
        return tr("1–30 days");
    case AgeingBucket::Days31To60:
        return tr("31–60 days");
    case AgeingBucket::Days61To90:
        return tr("61–90 days");
    case AgeingBucket::Over90:
        return tr("Over 90 days");
    }
    return {};
}

} // namespace od
