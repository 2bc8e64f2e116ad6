#include "SettlementBook.h"

#include "ClosedPeriodRepository.h"
#include "CreditNoteRepository.h"
#include "DocumentNumberAllocator.h"
#include "InvoiceRepository.h"
#include "InvoiceSourceRepository.h"
#include "OrderRepository.h"
#include "OrderSettlementRepository.h"
#include "OrderValidator.h"
#include "PaymentApplicationRepository.h"
#include "PaymentRepository.h"
#include "PaymentRules.h"
#include "SettlementLedgerRepository.h"
#include "WriteOffRepository.h"

#include <QSet>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace od::test {

Money yuan(const char* text)
{
    return *Money::parse(QString::fromLatin1(text));
}

SettlementBook::SettlementBook() : m_t(Role::FinanceClerk)
{
    customerA = m_t.addCustomer(QStringLiteral("C-A"), QStringLiteral("甲公司"));
    customerB = m_t.addCustomer(QStringLiteral("C-B"), QStringLiteral("乙公司"));
    product = m_t.addProduct(QStringLiteral("P-1"), QStringLiteral("球阀"), 10'000);
}

qint64 SettlementBook::addOrder(qint64 customerId, const QList<std::pair<int, const char*>>& lines,
                                const QDate& date)
{
    static int next = 0;
    Order o;
    o.orderNo = QStringLiteral("SO-2026-%1").arg(++next, 6, 10, QLatin1Char('0'));
    o.customerId = customerId;
    o.salespersonId = m_t.salespersonId;
    o.status = OrderStatus::Shipped;
    o.orderDate = date;
    for (const auto& [units, price] : lines) {
        OrderLine l;
        l.productId = product;
        l.quantity = Quantity::fromUnits(units);
        l.unit = QStringLiteral("台");
        l.unitPrice = *UnitPrice::parse(QString::fromLatin1(price));
        o.lines << l;
    }
    OrderValidator::recalculate(o);
    Transaction tx(db());
    EXPECT_TRUE(OrderRepository(db()).insert(o).has_value());
    EXPECT_TRUE(tx.commit().has_value());
    return o.id;
}

Status SettlementBook::syncOrders(const QList<qint64>& invoiceIds)
{
    QSet<qint64> orders;
    for (qint64 id : invoiceIds) {
        auto ids = InvoiceRepository(db()).orderIds(id);
        if (!ids)
            return std::unexpected(ids.error());
        for (qint64 o : *ids)
            orders.insert(o);
    }
    OrderSettlementRepository settlement(db());
    for (qint64 orderId : orders) {
        auto facts = settlement.facts(orderId);
        auto current = settlement.status(orderId);
        if (!facts || !current)
            return std::unexpected(!facts ? facts.error() : current.error());
        auto next = OrderSettlement::next(*current, *facts);
        if (!next)
            return std::unexpected(next.error());
        if (*next != *current)
            if (auto ok = settlement.setStatus(orderId, *next); !ok)
                return ok;
    }
    return {};
}

namespace {

QList<qint64> invoicesOf(const QList<LedgerChange>& changes)
{
    QList<qint64> out;
    for (const LedgerChange& c : changes)
        if (!out.contains(c.invoiceId))
            out << c.invoiceId;
    return out;
}

} // namespace

Result<Invoice> SettlementBook::invoice(const QList<qint64>& orderIds, const QDate& date,
                                        InvoiceCalculator::Scope scope)
{
    Transaction tx(db());
    InvoiceRequest request;
    request.date = date;
    request.paymentTermsDays = 30;
    for (qint64 orderId : orderIds) {
        auto source = InvoiceSourceRepository(db()).load(orderId);
        if (!source)
            return std::unexpected(source.error());
        InvoiceSourceOrder order = **source;
        for (InvoiceSourceLine& line : order.lines)
            line.shipped = line.ordered; // the book's orders are shipped whole
        InvoiceCalculator::select(order, scope);
        request.customerId = order.customerId;
        request.orders << order;
    }
    auto lock = ClosedPeriodRepository(db()).lock();
    if (auto ok = lock->check(date); !ok)
        return std::unexpected(ok.error());
    auto invoice = InvoiceCalculator::invoice(request);
    if (!invoice)
        return invoice;
    auto number = DocumentNumberAllocator(db()).next(DocumentNumberAllocator::Kind::Invoice,
                                                     QStringLiteral("INV"), date.year());
    if (!number)
        return std::unexpected(number.error());
    invoice->invoiceNo = *number;
    if (auto ok = InvoiceRepository(db()).insert(*invoice, m_t.financeId); !ok)
        return std::unexpected(ok.error());
    auto ledger = SettlementLedgerRepository(db()).ledgerForInvoice(invoice->customerId);
    if (!ledger)
        return std::unexpected(ledger.error());
    const LedgerInvoice issued{
        invoice->id, invoice->invoiceNo, invoice->invoiceDate, invoice->dueDate, invoice->total, {}, {}, {}};
    const QList<LedgerChange> changes = ledger->issueInvoice(issued);
    if (auto ok = PaymentApplicationRepository(db()).record(changes, date, m_t.financeId); !ok)
        return std::unexpected(ok.error());
    if (auto ok = syncOrders({invoice->id}); !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return invoice;
}

Result<Invoice> SettlementBook::depositInvoice(qint64 orderId, int shareBp, const QDate& date)
{
    Transaction tx(db());
    auto source = InvoiceSourceRepository(db()).load(orderId);
    if (!source)
        return std::unexpected(source.error());
    auto invoice = InvoiceCalculator::deposit(**source, BasisPoints::fromRaw(shareBp), date, 10);
    if (!invoice)
        return invoice;
    invoice->invoiceNo = *DocumentNumberAllocator(db()).next(DocumentNumberAllocator::Kind::Invoice,
                                                             QStringLiteral("INV"), date.year());
    if (auto ok = InvoiceRepository(db()).insert(*invoice, m_t.financeId); !ok)
        return std::unexpected(ok.error());
    auto ledger = SettlementLedgerRepository(db()).ledgerForInvoice(invoice->customerId);
    if (!ledger)
        return std::unexpected(ledger.error());
    const QList<LedgerChange> changes = ledger->issueInvoice(LedgerInvoice{
        invoice->id, invoice->invoiceNo, invoice->invoiceDate, invoice->dueDate, invoice->total, {}, {}, {}});
    if (auto ok = PaymentApplicationRepository(db()).record(changes, date, m_t.financeId); !ok)
        return std::unexpected(ok.error());
    if (auto ok = syncOrders({invoice->id}); !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return invoice;
}

Status SettlementBook::record(Payment& p, qint64 invoiceId)
{
    if (auto ok = PaymentRules::check(p, QDate(2026, 12, 31)); !ok)
        return ok;
    if (auto ok = PaymentRepository(db()).insert(p, m_t.financeId); !ok)
        return ok;
    // A named invoice: the customer's open invoices to choose from; otherwise only what the
    // amount reaches, as the service loads it.
    auto ledger = invoiceId ? SettlementLedgerRepository(db()).openLedger(p.customerId)
                            : SettlementLedgerRepository(db()).ledgerForPayment(p.customerId, p.amount);
    if (!ledger)
        return std::unexpected(ledger.error());
    QList<LedgerChange> changes;
    const LedgerPayment received{p.id, p.date, p.amount, {}};
    const LedgerInvoice* named = invoiceId ? ledger->invoice(invoiceId) : nullptr;
    if (named) {
        ledger->loadPayment(received);
        auto applied = ledger->reapply(p.id, {{invoiceId, qMin(p.amount, named->open())}});
        if (!applied)
            return std::unexpected(applied.error());
        changes = *applied;
    } else {
        changes = ledger->receivePayment(received);
    }
    if (auto ok = PaymentApplicationRepository(db()).record(changes, p.date, m_t.financeId); !ok)
        return ok;
    return syncOrders(invoicesOf(changes));
}

Result<Payment> SettlementBook::pay(qint64 customerId, const char* amount, const QDate& date,
                                    const QString& reference)
{
    Transaction tx(db());
    Payment p;
    p.customerId = customerId;
    p.date = date;
    p.amount = yuan(amount);
    p.reference = reference;
    if (auto ok = record(p); !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return *PaymentRepository(db()).byId(p.id).value();
}

namespace {

Result<CreditNote> saveCredit(SettlementBook& book, Result<CreditNote> note, const QDate& date, qint64 userId)
{
    if (!note)
        return note;
    auto ledger = SettlementLedgerRepository(book.db()).openLedger(note->customerId);
    if (!ledger)
        return std::unexpected(ledger.error());
    if (auto ok = SettlementLedgerRepository(book.db()).addInvoice(*ledger, note->invoiceId); !ok)
        return std::unexpected(ok.error());
    auto changes = ledger->credit(note->invoiceId, note->total);
    if (!changes)
        return std::unexpected(changes.error());
    // Take back what paid more than the invoice is now worth, then save the note.
    if (auto ok = PaymentApplicationRepository(book.db()).record(*changes, date, userId); !ok)
        return std::unexpected(ok.error());
    note->creditNo = *DocumentNumberAllocator(book.db()).next(DocumentNumberAllocator::Kind::CreditNote,
                                                              QStringLiteral("CN"), date.year());
    if (auto ok = CreditNoteRepository(book.db()).insert(*note, userId); !ok)
        return std::unexpected(ok.error());
    return note;
}

} // namespace

Result<CreditNote> SettlementBook::creditAmount(qint64 invoiceId, const char* amount, const QDate& date)
{
    Transaction tx(db());
    auto source = CreditNoteRepository(db()).creditable(invoiceId);
    if (!source)
        return std::unexpected(source.error());
    auto note =
        saveCredit(*this, CreditNoteCalculator::amount(**source, yuan(amount), date, QStringLiteral("折让")),
                   date, m_t.financeId);
    if (!note)
        return note;
    if (auto ok = syncOrders({invoiceId}); !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return note;
}

Result<CreditNote> SettlementBook::creditWhole(qint64 invoiceId, const QDate& date)
{
    Transaction tx(db());
    auto source = CreditNoteRepository(db()).creditable(invoiceId);
    if (!source)
        return std::unexpected(source.error());
    auto note = saveCredit(*this, CreditNoteCalculator::whole(**source, date, QStringLiteral("退货")), date,
                           m_t.financeId);
    if (!note)
        return note;
    if (auto ok = syncOrders({invoiceId}); !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return note;
}

Status SettlementBook::reapply(qint64 paymentId, const QList<AllocationLine>& wanted, const QDate& date)
{
    Transaction tx(db());
    auto payment = PaymentRepository(db()).byId(paymentId);
    auto ledger = SettlementLedgerRepository(db()).openLedger((*payment)->customerId);
    if (!ledger)
        return std::unexpected(ledger.error());
    if (auto ok = SettlementLedgerRepository(db()).addPayment(*ledger, paymentId); !ok)
        return ok;
    auto changes = ledger->reapply(paymentId, wanted);
    if (!changes)
        return std::unexpected(changes.error());
    if (auto ok = PaymentApplicationRepository(db()).record(*changes, date, m_t.financeId); !ok)
        return ok;
    if (auto ok = syncOrders(invoicesOf(*changes)); !ok)
        return ok;
    return tx.commit();
}

Status SettlementBook::writeOff(qint64 invoiceId, const QDate& date)
{
    Transaction tx(db());
    auto invoice = InvoiceRepository(db()).ledgerInvoice(invoiceId);
    SettlementLedger ledger;
    ledger.loadInvoice(**invoice);
    auto amount = ledger.writeOff(invoiceId);
    if (!amount)
        return std::unexpected(amount.error());
    auto full = InvoiceRepository(db()).byId(invoiceId);
    WriteOff w{0, invoiceId, (*full)->customerId, date, *amount, QStringLiteral("客户破产"), m_t.managerId};
    if (auto ok = WriteOffRepository(db()).insert(w, m_t.financeId); !ok)
        return ok;
    if (auto ok = syncOrders({invoiceId}); !ok)
        return ok;
    return tx.commit();
}

SettlementStatus SettlementBook::settlementOf(qint64 orderId)
{
    return OrderSettlementRepository(db()).status(orderId).value_or(SettlementStatus::Unbilled);
}

qint64 SettlementBook::number(const QString& sql)
{
    QSqlQuery q(db().sql());
    EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
    return q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace od::test
