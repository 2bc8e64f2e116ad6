#include "InvoiceStatus.h"

namespace od {

InvoiceStatus InvoiceStatusInfo::of(const Invoice& invoice)
{
    if (invoice.writtenOff.minor() > 0)
        return InvoiceStatus::WrittenOff;
    if (invoice.open().isZero()) {
        if (invoice.credited.minor() > 0 && invoice.creditable().isZero())
            return InvoiceStatus::Credited;
        return InvoiceStatus::Paid;
    }
    return invoice.applied.minor() > 0 ? InvoiceStatus::PartiallyPaid : InvoiceStatus::Open;
}

QString InvoiceStatusInfo::key(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Open:
        return QStringLiteral("open");
    case InvoiceStatus::PartiallyPaid:
        return QStringLiteral("partially_paid");
    case InvoiceStatus::Paid:
        return QStringLiteral("paid");
    case InvoiceStatus::Credited:
        return QStringLiteral("credited");
    case InvoiceStatus::WrittenOff:
        return QStringLiteral("written_off");
    }
    return {};
}

QString InvoiceStatusInfo::displayName(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Open:
        return tr("Open");
    case InvoiceStatus::PartiallyPaid:
        return tr("Partially paid");
    case InvoiceStatus::Paid:
        return tr("Paid");
    case InvoiceStatus::Credited:
        return tr("Credited");
    case InvoiceStatus::WrittenOff:
        return tr("Written off");
    }
    return {};
}

int InvoiceStatusInfo::daysOverdue(const QDate& dueDate, const QDate& asOf)
{
    if (!dueDate.isValid() || !asOf.isValid())
        return 0;
    return int(qMax<qint64>(0, dueDate.daysTo(asOf)));
}

bool InvoiceStatusInfo::isOverdue(const Invoice& invoice, const QDate& asOf)
{
    return invoice.open().minor() > 0 && daysOverdue(invoice.dueDate, asOf) > 0;
}

} // namespace od
