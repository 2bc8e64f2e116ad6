#include "PaymentService.h"

#include "AuditTrail.h"
#include "CreditControlService.h"
#include "CsvImportService.h"
#include "CsvPaymentImporter.h"
#include "Database.h"
#include "InvoiceRepository.h"
#include "Logging.h"
#include "PaymentApplicationRepository.h"
#include "PaymentBatch.h"
#include "PaymentMethod.h"
#include "PaymentRepository.h"
#include "PaymentRules.h"
#include "Permissions.h"
#include "SettlementLedgerRepository.h"
#include "SettlementPosting.h"

#include <QFileInfo>
#include <QSet>

namespace od {

Status PaymentService::recordIn(Payment& p, const QList<qint64>& invoiceIds)
{
    p.reference = PaymentRules::normalizedReference(p.reference);
    if (auto ok = PaymentRules::check(p, m_session.today()); !ok)
        return ok;
    SettlementPosting posting(m_session);
    if (auto ok = posting.checkOpen(p.date); !ok)
        return ok;
    if (auto ok = PaymentRepository(m_session.db()).insert(p, m_session.user().id); !ok)
        return ok;
    QList<LedgerChange> changes;
    const LedgerPayment received{p.id, p.date, p.amount, {}};
    if (!invoiceIds.isEmpty()) {
        auto ledger = SettlementLedgerRepository(m_session.db()).openLedger(p.customerId);
        if (!ledger)
            return std::unexpected(ledger.error());
        ledger->loadPayment(received);
        QList<AllocationLine> wanted;
        Money left = p.amount;
        for (qint64 id : invoiceIds) {
            const LedgerInvoice* named = ledger->invoice(id);
            if (!named || left.isZero())
                continue;
            const Money part = qMin(left, named->open());
            if (part > Money())
                wanted << AllocationLine{id, part};
            left -= part;
        }
        auto applied = ledger->reapply(p.id, wanted);
        if (!applied)
            return std::unexpected(applied.error());
        changes = *applied;
    } else {
        auto ledger = SettlementLedgerRepository(m_session.db()).ledgerForPayment(p.customerId, p.amount);
        if (!ledger)
            return std::unexpected(ledger.error());
        changes = ledger->receivePayment(received);
    }
    if (auto ok = posting.apply(changes, p.date); !ok)
        return ok;
    if (auto ok = posting.syncOrders(SettlementPosting::invoicesOf(changes),
                                     {QStringLiteral("payment"), p.reference});
        !ok)
        return ok;
    for (const LedgerChange& c : changes)
        p.applied += c.amount;
    if (auto ok = CreditControlService(m_session).refresh(p.customerId); !ok)
        return ok;
    return AuditTrail::record(m_session, QStringLiteral("payment.record"), QStringLiteral("payment"), p.id,
                              p.reference,
                              {{QStringLiteral("amount"), QString(), p.amount.toDecimalString()},
                               {QStringLiteral("date"), QString(), p.date.toString(Qt::ISODate)},
                               {QStringLiteral("method"), QString(), PaymentMethodInfo::key(p.method)},
                               {QStringLiteral("applied"), QString(), p.applied.toDecimalString()}});
}

Result<Payment> PaymentService::record(const Payment& input, const QStringList& invoiceNos)
{
    if (auto ok = Permissions::require(m_session, Permission::RecordPayments); !ok)
        return std::unexpected(ok.error());
    Payment p = input;
    p.id = 0;
    p.applied = Money();
    Transaction tx(m_session.db());
    if (!tx.isActive())
        return std::unexpected(tx.beginError());
    // The same payment twice is the first thing to say, before anything about its invoices.
    auto existing = PaymentRepository(m_session.db())
                        .byReference(p.customerId, PaymentRules::normalizedReference(p.reference));
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing)
        return std::unexpected(
            Error::conflict(tr("Payment %1 of this customer is already recorded (%2 on %3).")
                                .arg((*existing)->reference, (*existing)->amount.toDecimalString(),
                                     (*existing)->date.toString(Qt::ISODate)),
                            QStringLiteral("reference")));
    QList<qint64> invoiceIds;
    if (!invoiceNos.isEmpty()) {
        QStringList numbers;
        for (const QString& n : invoiceNos)
            numbers << n.trimmed();
        auto refs = InvoiceRepository(m_session.db()).refsByNumber(numbers);
        if (!refs)
            return std::unexpected(refs.error());
        for (const QString& n : numbers) {
            const auto it = refs->constFind(n);
            if (it == refs->cend())
                return std::unexpected(
                    Error::invalid(tr("There is no invoice %1.").arg(n), QStringLiteral("invoice")));
            if (it->customerId != p.customerId)
                return std::unexpected(Error::invalid(tr("Invoice %1 belongs to another customer; a payment "
                                                         "pays only its own customer's invoices.")
                                                          .arg(n),
                                                      QStringLiteral("invoice")));
            if (it->open <= Money())
                return std::unexpected(Error::invalid(tr("Invoice %1 has nothing open; leave it out to keep "
                                                         "the money as the customer's advance.")
                                                          .arg(n),
                                                      QStringLiteral("invoice")));
            invoiceIds << it->id;
        }
    }
    if (auto ok = recordIn(p, invoiceIds); !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    Logging::mutation(m_session.user().name, QStringLiteral("payment %1").arg(p.amount.toDecimalString()),
                      p.reference);
    return p;
}

Status PaymentService::reapply(qint64 paymentId, const QList<AllocationLine>& wanted, const QDate& date)
{
    if (auto ok = Permissions::require(m_session, Permission::RecordPayments); !ok)
        return ok;
    Transaction tx(m_session.db());
    if (!tx.isActive())
        return std::unexpected(tx.beginError());
    SettlementPosting posting(m_session);
    if (auto ok = posting.checkOpen(date); !ok)
        return ok;
    auto payment = PaymentRepository(m_session.db()).byId(paymentId);
    if (!payment)
        return std::unexpected(payment.error());
    if (!*payment)
        return std::unexpected(Error::notFound(tr("The payment no longer exists.")));
    if (date < (*payment)->date)
        return std::unexpected(Error::invalid(tr("A payment cannot be re-applied before its own date (%1).")
                                                  .arg((*payment)->date.toString(Qt::ISODate)),
                                              QStringLiteral("date")));
    SettlementLedgerRepository ledgers(m_session.db());
    auto ledger = ledgers.openLedger((*payment)->customerId);
    if (!ledger)
        return std::unexpected(ledger.error());
    if (auto ok = ledgers.addPayment(*ledger, paymentId); !ok)
        return ok;
    for (const AllocationLine& line : wanted) {
        if (!ledger->invoice(line.invoiceId)) {
            auto invoice = InvoiceRepository(m_session.db()).ledgerInvoice(line.invoiceId);
            if (!invoice)
                return std::unexpected(invoice.error());
            auto full = InvoiceRepository(m_session.db()).byId(line.invoiceId);
            if (!full)
                return std::unexpected(full.error());
            if (!*full || (*full)->customerId != (*payment)->customerId)
                return std::unexpected(Error::invalid(tr("A payment pays only its own customer's invoices."),
                                                      QStringLiteral("invoice")));
            ledger->loadInvoice(**invoice);
        }
    }
    auto changes = ledger->reapply(paymentId, wanted);
    if (!changes)
        return std::unexpected(changes.error());
    if (auto ok = posting.apply(*changes, date); !ok)
        return ok;
    if (auto ok = posting.syncOrders(SettlementPosting::invoicesOf(*changes),
                                     {QStringLiteral("reapply"), (*payment)->reference});
        !ok)
        return ok;
    if (auto ok = CreditControlService(m_session).refresh((*payment)->customerId); !ok)
        return ok;
    QStringList where;
    for (const AllocationLine& line : wanted)
        where << QStringLiteral("%1:%2").arg(line.invoiceId).arg(line.amount.toDecimalString());
    if (auto ok =
            AuditTrail::record(m_session, QStringLiteral("payment.reapply"), QStringLiteral("payment"),
                               paymentId, (*payment)->reference,
                               {{QStringLiteral("applications"), QString(), where.join(QLatin1Char(' '))}});
        !ok)
        return ok;
    return tx.commit();
}

Result<CsvImportReport> PaymentService::importFile(const QString& path, bool dryRun,
                                                   CsvProgressCallback progress)
{
    if (auto ok = Permissions::require(m_session, Permission::RecordPayments); !ok)
        return std::unexpected(ok.error());
    QList<qint64> customers;
    QSet<qint64> seen;
    const QString source = QFileInfo(path).fileName();
    CsvPaymentImporter importer(m_session, [this, &customers, &seen, &source](
                                               const QList<PaymentImportRow>& rows, CsvProgress& progress) {
        QList<PaymentBatch::Item> items;
        items.reserve(rows.size());
        for (const PaymentImportRow& row : rows) {
            items << PaymentBatch::Item{row.line, row.payment, row.invoiceId};
            if (!seen.contains(row.payment.customerId)) {
                seen.insert(row.payment.customerId);
                customers << row.payment.customerId;
            }
        }
        return PaymentBatch(m_session).record(items, source, progress);
    });
    auto report = CsvImportService(m_session).run(CsvImportReport::Kind::Payments, importer, path, dryRun,
                                                  progress, Permission::RecordPayments);
    if (!report)
        return report;
    report->alreadyRecorded = importer.alreadyRecorded();
    if (report->committed && !customers.isEmpty()) {
        // The payments are in; the credit holds of their customers follow, once per customer.
        Transaction tx(m_session.db());
        if (!tx.isActive())
            return std::unexpected(tx.beginError());
        for (qint64 customer : customers)
            if (auto ok = CreditControlService(m_session).refresh(customer); !ok)
                return std::unexpected(ok.error());
        if (auto ok = tx.commit(); !ok)
            return std::unexpected(ok.error());
    }
    return report;
}

Result<std::optional<Payment>> PaymentService::byReference(qint64 customerId, const QString& reference)
{
    if (auto ok = Permissions::require(m_session, Permission::ViewReceivables); !ok)
        return std::unexpected(ok.error());
    return PaymentRepository(m_session.db())
        .byReference(customerId, PaymentRules::normalizedReference(reference));
}

Result<QList<Payment>> PaymentService::payments(qint64 customerId, int limit, int offset)
{
    if (auto ok = Permissions::require(m_session, Permission::ViewReceivables); !ok)
        return std::unexpected(ok.error());
    return PaymentRepository(m_session.db()).forCustomer(customerId, limit, offset);
}

Result<QList<LedgerChange>> PaymentService::applications(qint64 paymentId)
{
    if (auto ok = Permissions::require(m_session, Permission::ViewReceivables); !ok)
        return std::unexpected(ok.error());
    return PaymentApplicationRepository(m_session.db()).forPayment(paymentId);
}

} // namespace od
