#include "PaymentBatch.h"

#include "OpenInvoiceQueue.h"
#include "PaymentRules.h"
#include "SettlementBatchRepository.h"
#include "SettlementPosting.h"

#include <QHash>
#include <QSet>

namespace od {

namespace {

// Payments are written and applied this many at a time between two progress reports.
constexpr qsizetype kChunk = 2048;

} // namespace

Status PaymentBatch::record(QList<Item>& items, const QString& source, CsvProgress& progress)
{
    if (items.isEmpty())
        return {};
    QList<qint64> customers;
    QSet<qint64> seenCustomers;
    for (Item& item : items) {
        item.payment.reference = PaymentRules::normalizedReference(item.payment.reference);
        if (!seenCustomers.contains(item.payment.customerId)) {
            seenCustomers.insert(item.payment.customerId);
            customers << item.payment.customerId;
        }
    }
    SettlementBatchRepository batch(m_session.db());
    auto open = batch.openInvoices(customers);
    if (!open)
        return std::unexpected(open.error());
    QHash<qint64, OpenInvoiceQueue> queues;
    for (qint64 customer : std::as_const(customers))
        queues.insert(customer, OpenInvoiceQueue(open->value(customer)));

    QList<DatedLedgerChange> applications;
    QList<qint64> touched;
    QSet<qint64> seenInvoices;
    for (qsizetype from = 0; from < items.size(); from += kChunk) {
        const qsizetype count = qMin(kChunk, items.size() - from);
        QList<Payment> payments;
        payments.reserve(count);
        for (qsizetype i = from; i < from + count; ++i)
            payments << items[i].payment;
        if (auto ok = batch.insertPayments(payments, m_session.user().id); !ok)
            return ok;
        for (qsizetype i = 0; i < count; ++i) {
            Item& item = items[from + i];
            item.payment.id = payments[i].id;
            item.payment.applied = Money();
            OpenInvoiceQueue& queue = queues[item.payment.customerId];
            const QList<AllocationLine> lines = item.invoiceId
                                                    ? queue.payNamed(item.invoiceId, item.payment.amount)
                                                    : queue.allocate(item.payment.amount);
            for (const AllocationLine& line : lines) {
                applications << DatedLedgerChange{LedgerChange{item.payment.id, line.invoiceId, line.amount},
                                                  item.payment.date};
                item.payment.applied += line.amount;
                if (!seenInvoices.contains(line.invoiceId)) {
                    seenInvoices.insert(line.invoiceId);
                    touched << line.invoiceId;
                }
            }
        }
        if (!progress.advance(count))
            return {};
    }
    if (auto ok = batch.insertApplications(applications, m_session.user().id); !ok)
        return ok;
    return SettlementPosting(m_session).syncOrders(touched, {QStringLiteral("import"), source});
}

} // namespace od
