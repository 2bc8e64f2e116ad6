#include "InvoicingService.h"

#include "AuditTrail.h"
#include "BillingQueueRepository.h"
#include "CreditNoteRepository.h"
#include "CustomerRepository.h"
#include "CustomerService.h"
#include "Database.h"
#include "DocumentNumberAllocator.h"
#include "InvoiceCalculator.h"
#include "InvoiceListRepository.h"
#include "InvoiceRepository.h"
#include "InvoiceSourceRepository.h"
#include "Logging.h"
#include "OrderRepository.h"
#include "OrderStatus.h"
#include "Permissions.h"
#include "SettingsService.h"
#include "SettlementLedgerRepository.h"
#include "SettlementPosting.h"
#include "SettlementSettingsService.h"
#include "ShipmentRepository.h"

namespace od {

namespace {

bool isShipped(OrderStatus status)
{
    return status == OrderStatus::Shipped || status == OrderStatus::Delivered ||
           status == OrderStatus::Completed;
}

bool mayTakeDeposit(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Confirmed:
    case OrderStatus::Planned:
    case OrderStatus::InProduction:
    case OrderStatus::ReadyToShip:
        return true;
    default:
        return false;
    }
}

} // namespace

Result<QList<BillableOrder>> InvoicingService::toInvoice(qint64 customerId, int limit, int offset)
{
    if (auto ok = Permissions::require(m_session, Permission::ViewReceivables); !ok)
        return std::unexpected(ok.error());
    return BillingQueueRepository(m_session.db()).billable(customerId, limit, offset);
}

Result<QList<InvoiceSummary>> InvoicingService::invoices(qint64 customerId, bool openOnly, int limit,
                                                         int offset)
{
    if (auto ok = Permissions::require(m_session, Permission::ViewReceivables); !ok)
        return std::unexpected(ok.error());
    return InvoiceListRepository(m_session.db()).list(customerId, openOnly, limit, offset);
}

Result<Invoice> InvoicingService::invoice(const QString& invoiceNo)
{
    if (auto ok = Permissions::require(m_session, Permission::ViewReceivables); !ok)
        return std::unexpected(ok.error());
    auto found = InvoiceRepository(m_session.db()).byNumber(invoiceNo.trimmed());
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return std::unexpected(Error::notFound(tr("There is no invoice %1.").arg(invoiceNo.trimmed())));
    return **found;
}

Result<QList<CreditNote>> InvoicingService::creditNotes(const QString& invoiceNo)
{
    auto found = invoice(invoiceNo);
    if (!found)
        return std::unexpected(found.error());
    return CreditNoteRepository(m_session.db()).forInvoice(found->id);
}

Result<InvoiceDocumentSource> InvoicingService::documentSource(const QString& invoiceNo)
{
    auto found = invoice(invoiceNo);
    if (!found)
        return std::unexpected(found.error());
    auto notes = CreditNoteRepository(m_session.db()).forInvoice(found->id);
    if (!notes)
        return std::unexpected(notes.error());
    auto customer = CustomerService(m_session).byId(found->customerId);
    if (!customer)
        return std::unexpected(customer.error());
    auto company = SettingsService(m_session).company();
    if (!company)
        return std::unexpected(company.error());
    return InvoiceDocumentSource{*found, *customer, *company, *notes};
}

Result<InvoiceSourceOrder> InvoicingService::loadSource(qint64 orderId, bool forDeposit)
{
    auto order = OrderRepository(m_session.db()).load(orderId);
    if (!order)
        return std::unexpected(order.error());
    if (!*order)
        return std::unexpected(Error::notFound(tr("The order no longer exists.")));
    const Order& o = **order;
    if (forDeposit) {
        if (!mayTakeDeposit(o.status))
            return std::unexpected(Error::invalid(
                tr("Order %1 is %2: a deposit is invoiced between its confirmation and its shipping.")
                    .arg(o.orderNo, OrderStatusInfo::displayName(o.status)),
                QStringLiteral("orders")));
    } else if (!isShipped(o.status)) {
        return std::unexpected(Error::invalid(tr("Order %1 is %2: only what is shipped is invoiced.")
                                                  .arg(o.orderNo, OrderStatusInfo::displayName(o.status)),
                                              QStringLiteral("orders")));
    }
    auto source = InvoiceSourceRepository(m_session.db()).load(orderId);
    if (!source)
        return std::unexpected(source.error());
    if (!*source)
        return std::unexpected(Error::notFound(tr("The order no longer exists.")));
    InvoiceSourceOrder out = **source;
    // What has left is what its shipments carried; an order shipped before shipments were recorded
    // (none stored) shipped every line.
    auto shipped = ShipmentRepository(m_session.db()).shippedByLine(orderId);
    if (!shipped)
        return std::unexpected(shipped.error());
    for (InvoiceSourceLine& line : out.lines) {
        if (!isShipped(o.status))
            line.shipped = Quantity();
        else if (shipped->isEmpty())
            line.shipped = line.ordered;
        else
            line.shipped = shipped->value(line.lineNo);
    }
    return out;
}

Result<Invoice> InvoicingService::issue(Invoice invoice, const QString& action)
{
    SettlementPosting posting(m_session);
    if (auto ok = posting.checkOpen(invoice.invoiceDate); !ok)
        return std::unexpected(ok.error());
    auto settings = SettlementSettingsService(m_session).settings();
    if (!settings)
        return std::unexpected(settings.error());
    auto number = DocumentNumberAllocator(m_session.db())
                      .next(DocumentNumberAllocator::Kind::Invoice, settings->invoicePrefix,
                            invoice.invoiceDate.year());
    if (!number)
        return std::unexpected(number.error());
    invoice.invoiceNo = *number;
    if (auto ok = InvoiceRepository(m_session.db()).insert(invoice, m_session.user().id); !ok)
        return std::unexpected(ok.error());
    // The customer's advances go to the new invoice first.
    auto ledger = SettlementLedgerRepository(m_session.db()).ledgerForInvoice(invoice.customerId);
    if (!ledger)
        return std::unexpected(ledger.error());
    const QList<LedgerChange> changes = ledger->issueInvoice(LedgerInvoice{
        invoice.id, invoice.invoiceNo, invoice.invoiceDate, invoice.dueDate, invoice.total, {}, {}, {}});
    if (auto ok = posting.apply(changes, invoice.invoiceDate); !ok)
        return std::unexpected(ok.error());
    if (auto ok = posting.syncOrders({invoice.id}, {QStringLiteral("invoice"), invoice.invoiceNo}); !ok)
        return std::unexpected(ok.error());
    QStringList orderNos;
    for (const InvoiceLine& line : invoice.lines)
        if (!orderNos.contains(line.orderNo))
            orderNos << line.orderNo;
    Money applied;
    for (const LedgerChange& c : changes)
        applied += c.amount;
    invoice.applied = applied;
    if (auto ok =
            AuditTrail::record(m_session, action, QStringLiteral("invoice"), invoice.id, invoice.invoiceNo,
                               {{QStringLiteral("orders"), QString(), orderNos.join(QLatin1Char(' '))},
                                {QStringLiteral("total"), QString(), invoice.total.toDecimalString()},
                                {QStringLiteral("due"), QString(), invoice.dueDate.toString(Qt::ISODate)}});
        !ok)
        return std::unexpected(ok.error());
    return invoice;
}

Result<Invoice> InvoicingService::invoiceOrders(const QList<qint64>& orderIds, const QDate& date,
                                                bool shippedOnly)
{
    if (auto ok = Permissions::require(m_session, Permission::IssueInvoices); !ok)
        return std::unexpected(ok.error());
    Transaction tx(m_session.db());
    if (!tx.isActive())
        return std::unexpected(tx.beginError());
    InvoiceRequest request;
    request.date = date;
    for (qint64 orderId : orderIds) {
        auto source = loadSource(orderId, false);
        if (!source)
            return std::unexpected(source.error());
        InvoiceCalculator::select(*source, shippedOnly ? InvoiceCalculator::Scope::ShippedPart
                                                       : InvoiceCalculator::Scope::WholeOrder);
        request.customerId = request.orders.isEmpty() ? source->customerId : request.customerId;
        request.orders << *source;
    }
    if (request.customerId > 0) {
        auto terms = paymentTerms(request.customerId, request.paymentTermsDays);
        if (!terms)
            return std::unexpected(terms.error());
        request.paymentTermsDays = *terms;
    }
    return issueAndCommit(tx, InvoiceCalculator::invoice(request), QStringLiteral("invoice.issue"));
}

Result<int> InvoicingService::paymentTerms(qint64 customerId, int fallback)
{
    auto customer = CustomerRepository(m_session.db()).byId(customerId);
    if (!customer)
        return std::unexpected(customer.error());
    return *customer ? (*customer)->paymentTermsDays : fallback;
}

Result<Invoice> InvoicingService::issueAndCommit(Transaction& tx, Result<Invoice> calculated,
                                                 const QString& action)
{
    if (!calculated)
        return calculated;
    auto issued = issue(*calculated, action);
    if (!issued)
        return issued;
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    Logging::mutation(m_session.user().name, QStringLiteral("invoice"), issued->invoiceNo);
    return issued;
}

Result<Invoice> InvoicingService::invoicePart(qint64 orderId, const QMap<int, Quantity>& quantities,
                                              const QDate& date)
{
    if (auto ok = Permissions::require(m_session, Permission::IssueInvoices); !ok)
        return std::unexpected(ok.error());
    Transaction tx(m_session.db());
    if (!tx.isActive())
        return std::unexpected(tx.beginError());
    auto source = loadSource(orderId, false);
    if (!source)
        return std::unexpected(source.error());
    for (auto it = quantities.begin(); it != quantities.end(); ++it) {
        bool found = false;
        for (const InvoiceSourceLine& line : source->lines)
            found = found || line.lineNo == it.key();
        if (!found)
            return std::unexpected(Error::invalid(
                tr("Order %1 has no line %2.").arg(source->orderNo).arg(it.key()), QStringLiteral("lines")));
    }
    for (InvoiceSourceLine& line : source->lines)
        line.toInvoice = quantities.value(line.lineNo);
    InvoiceRequest request;
    request.date = date;
    request.customerId = source->customerId;
    auto terms = paymentTerms(source->customerId, request.paymentTermsDays);
    if (!terms)
        return std::unexpected(terms.error());
    request.paymentTermsDays = *terms;
    request.orders << *source;
    return issueAndCommit(tx, InvoiceCalculator::invoice(request), QStringLiteral("invoice.issue"));
}

Result<Invoice> InvoicingService::depositInvoice(qint64 orderId, BasisPoints share, const QDate& date)
{
    if (auto ok = Permissions::require(m_session, Permission::IssueInvoices); !ok)
        return std::unexpected(ok.error());
    Transaction tx(m_session.db());
    if (!tx.isActive())
        return std::unexpected(tx.beginError());
    auto source = loadSource(orderId, true);
    if (!source)
        return std::unexpected(source.error());
    auto terms = paymentTerms(source->customerId, InvoiceRequest().paymentTermsDays);
    if (!terms)
        return std::unexpected(terms.error());
    return issueAndCommit(tx, InvoiceCalculator::deposit(*source, share, date, *terms),
                          QStringLiteral("invoice.deposit"));
}

Result<QList<Invoice>> InvoicingService::invoiceAllShipped(const QDate& date)
{
    if (auto ok = Permissions::require(m_session, Permission::IssueInvoices); !ok)
        return std::unexpected(ok.error());
    auto queue = BillingQueueRepository(m_session.db()).billable(0, 1'000'000);
    if (!queue)
        return std::unexpected(queue.error());
    QList<Invoice> out;
    for (const BillableOrder& order : *queue) {
        auto invoice = invoiceOrders({order.orderId}, date, true);
        if (!invoice)
            return std::unexpected(Error{
                invoice.error().kind, tr("Order %1: %2").arg(order.orderNo, invoice.error().message), {}});
        out << *invoice;
    }
    return out;
}

Status InvoicingService::setOfficial(const QString& invoiceNo, const QString& officialNo,
                                     const QDate& officialDate)
{
    if (auto ok = Permissions::require(m_session, Permission::IssueInvoices); !ok)
        return ok;
    const QString number = officialNo.trimmed();
    if (number.isEmpty() || number.size() > 64)
        return std::unexpected(
            Error::invalid(tr("Type the 发票 number as the tax system printed it (up to 64 characters)."),
                           QStringLiteral("official_no")));
    if (!officialDate.isValid())
        return std::unexpected(
            Error::invalid(tr("Enter the date of the 发票."), QStringLiteral("official_date")));
    Transaction tx(m_session.db());
    if (!tx.isActive())
        return std::unexpected(tx.beginError());
    InvoiceRepository repo(m_session.db());
    auto found = repo.byNumber(invoiceNo.trimmed());
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return std::unexpected(Error::notFound(tr("There is no invoice %1.").arg(invoiceNo.trimmed())));
    const Invoice& invoice = **found;
    if (officialDate < invoice.invoiceDate)
        return std::unexpected(Error::invalid(tr("The 发票 cannot be dated before the invoice (%1).")
                                                  .arg(invoice.invoiceDate.toString(Qt::ISODate)),
                                              QStringLiteral("official_date")));
    if (auto ok = repo.setOfficial(invoice.id, number, officialDate); !ok)
        return ok;
    if (auto ok =
            AuditTrail::record(m_session, QStringLiteral("invoice.official"), QStringLiteral("invoice"),
                               invoice.id, invoice.invoiceNo,
                               {{QStringLiteral("official_no"), invoice.officialNo, number},
                                {QStringLiteral("official_date"), invoice.officialDate.toString(Qt::ISODate),
                                 officialDate.toString(Qt::ISODate)}});
        !ok)
        return ok;
    return tx.commit();
}

Result<CreditNote>
InvoicingService::saveCredit(const QString& invoiceNo, const QDate& date,
                             const std::function<Result<CreditNote>(const CreditableInvoice&)>& make)
{
    if (auto ok = Permissions::require(m_session, Permission::IssueInvoices); !ok)
        return std::unexpected(ok.error());
    Transaction tx(m_session.db());
    if (!tx.isActive())
        return std::unexpected(tx.beginError());
    auto found = InvoiceRepository(m_session.db()).byNumber(invoiceNo.trimmed());
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return std::unexpected(Error::notFound(tr("There is no invoice %1.").arg(invoiceNo.trimmed())));
    const qint64 invoiceId = (*found)->id;
    SettlementPosting posting(m_session);
    if (auto ok = posting.checkOpen(date); !ok)
        return std::unexpected(ok.error());
    auto source = CreditNoteRepository(m_session.db()).creditable(invoiceId);
    if (!source)
        return std::unexpected(source.error());
    if (!*source)
        return std::unexpected(Error::notFound(tr("There is no invoice %1.").arg(invoiceNo.trimmed())));
    auto note = make(**source);
    if (!note)
        return note;
    auto ledger = SettlementLedgerRepository(m_session.db()).openLedger(note->customerId);
    if (!ledger)
        return std::unexpected(ledger.error());
    if (auto ok = SettlementLedgerRepository(m_session.db()).addInvoice(*ledger, invoiceId); !ok)
        return std::unexpected(ok.error());
    // What payments paid beyond what the invoice is now worth goes back to the customer's advance.
    auto changes = ledger->credit(invoiceId, note->total);
    if (!changes)
        return std::unexpected(changes.error());
    if (auto ok = posting.apply(*changes, date); !ok)
        return std::unexpected(ok.error());
    auto settings = SettlementSettingsService(m_session).settings();
    if (!settings)
        return std::unexpected(settings.error());
    auto number =
        DocumentNumberAllocator(m_session.db())
            .next(DocumentNumberAllocator::Kind::CreditNote, settings->creditNotePrefix, date.year());
    if (!number)
        return std::unexpected(number.error());
    note->creditNo = *number;
    if (auto ok = CreditNoteRepository(m_session.db()).insert(*note, m_session.user().id); !ok)
        return std::unexpected(ok.error());
    if (auto ok = posting.syncOrders({invoiceId}, {QStringLiteral("credit_note"), note->creditNo}); !ok)
        return std::unexpected(ok.error());
    if (auto ok = AuditTrail::record(m_session, QStringLiteral("credit_note.issue"),
                                     QStringLiteral("credit_note"), note->id, note->creditNo,
                                     {{QStringLiteral("invoice"), QString(), (*found)->invoiceNo},
                                      {QStringLiteral("total"), QString(), note->total.toDecimalString()},
                                      {QStringLiteral("reason"), QString(), note->reason}});
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return note;
}

Result<CreditNote> InvoicingService::creditWhole(const QString& invoiceNo, const QDate& date,
                                                 const QString& reason)
{
    return saveCredit(invoiceNo, date, [&](const CreditableInvoice& source) {
        return CreditNoteCalculator::whole(source, date, reason);
    });
}

Result<CreditNote> InvoicingService::creditAmount(const QString& invoiceNo, Money gross, const QDate& date,
                                                  const QString& reason)
{
    return saveCredit(invoiceNo, date, [&](const CreditableInvoice& source) {
        return CreditNoteCalculator::amount(source, gross, date, reason);
    });
}

Result<CreditNote> InvoicingService::creditLines(const QString& invoiceNo,
                                                 const QList<CreditNoteCalculator::LineRequest>& lines,
                                                 const QDate& date, const QString& reason)
{
    return saveCredit(invoiceNo, date, [&](const CreditableInvoice& source) {
        return CreditNoteCalculator::lines(source, lines, date, reason);
    });
}

} // namespace od
