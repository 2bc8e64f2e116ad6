#include "SettlementLedger.h"

#include <QMap>

#include <algorithm>

namespace od {

namespace {

template <typename T> T* findById(QList<T>& list, qint64 id)
{
    for (T& item : list)
        if (item.id == id)
            return &item;
    return nullptr;
}

template <typename T> const T* findById(const QList<T>& list, qint64 id)
{
    for (const T& item : list)
        if (item.id == id)
            return &item;
    return nullptr;
}

} // namespace

void SettlementLedger::loadInvoice(const LedgerInvoice& invoice)
{
    if (LedgerInvoice* existing = findById(m_invoices, invoice.id))
        *existing = invoice;
    else
        m_invoices << invoice;
}

void SettlementLedger::loadPayment(const LedgerPayment& payment)
{
    if (LedgerPayment* existing = findById(m_payments, payment.id))
        *existing = payment;
    else
        m_payments << payment;
}

void SettlementLedger::loadApplication(qint64 paymentId, qint64 invoiceId, Money amount)
{
    if (Pair* p = pair(paymentId, invoiceId))
        p->amount = amount;
    else
        m_pairs << Pair{paymentId, invoiceId, amount};
}

void SettlementLedger::addToPair(qint64 paymentId, qint64 invoiceId, Money amount)
{
    if (Pair* p = pair(paymentId, invoiceId))
        p->amount += amount;
    else
        m_pairs << Pair{paymentId, invoiceId, amount};
}

SettlementLedger::Pair* SettlementLedger::pair(qint64 paymentId, qint64 invoiceId)
{
    for (Pair& p : m_pairs)
        if (p.paymentId == paymentId && p.invoiceId == invoiceId)
            return &p;
    return nullptr;
}

void SettlementLedger::apply(qint64 paymentId, qint64 invoiceId, Money amount, QList<LedgerChange>& changes)
{
    if (amount.isZero())
        return;
    findById(m_payments, paymentId)->applied += amount;
    findById(m_invoices, invoiceId)->applied += amount;
    addToPair(paymentId, invoiceId, amount);
    changes << LedgerChange{paymentId, invoiceId, amount};
}

QList<LedgerChange> SettlementLedger::issueInvoice(const LedgerInvoice& invoice)
{
    loadInvoice(invoice);
    QList<AdvanceItem> advances;
    for (const LedgerPayment& p : std::as_const(m_payments))
        advances << AdvanceItem{p.id, p.date, p.unapplied()};
    QList<LedgerChange> changes;
    for (const AdvanceUse& use : PaymentAllocator::useAdvances(invoice.open(), advances))
        apply(use.paymentId, invoice.id, use.amount, changes);
    return changes;
}

QList<LedgerChange> SettlementLedger::receivePayment(const LedgerPayment& payment)
{
    loadPayment(payment);
    QList<LedgerChange> changes;
    for (const AllocationLine& line : PaymentAllocator::allocate(payment.unapplied(), openInvoices()))
        apply(payment.id, line.invoiceId, line.amount, changes);
    return changes;
}

Result<QList<LedgerChange>> SettlementLedger::reapply(qint64 paymentId, const QList<AllocationLine>& wanted)
{
    const LedgerPayment* payment = findById(std::as_const(m_payments), paymentId);
    if (!payment)
        return std::unexpected(Error::notFound(tr("That payment is not one of this customer's.")));
    // Check against the invoices as they would be with this payment taken back.
    QList<OpenInvoiceItem> open;
    for (const LedgerInvoice& inv : std::as_const(m_invoices)) {
        const Money withBack = inv.open() + applied(paymentId, inv.id);
        if (withBack.minor() > 0)
            open << OpenInvoiceItem{inv.id, inv.invoiceNo, inv.invoiceDate, inv.dueDate, withBack};
    }
    auto checked = PaymentAllocator::manual(payment->amount, open, wanted);
    if (!checked)
        return std::unexpected(checked.error());

    QMap<qint64, Money> target; // invoice → what this payment should have on it
    for (const AllocationLine& line : *checked)
        target[line.invoiceId] += line.amount;
    for (const Pair& p : std::as_const(m_pairs))
        if (p.paymentId == paymentId && !target.contains(p.invoiceId))
            target[p.invoiceId] = Money();
    QList<LedgerChange> changes;
    // Take back first, so that the payment never has more applied than it holds.
    for (auto it = target.cbegin(); it != target.cend(); ++it) {
        const Money delta = it.value() - applied(paymentId, it.key());
        if (delta.isNegative())
            apply(paymentId, it.key(), delta, changes);
    }
    for (auto it = target.cbegin(); it != target.cend(); ++it) {
        const Money delta = it.value() - applied(paymentId, it.key());
        if (delta.minor() > 0)
            apply(paymentId, it.key(), delta, changes);
    }
    return changes;
}

Result<QList<LedgerChange>> SettlementLedger::credit(qint64 invoiceId, Money amount)
{
    LedgerInvoice* inv = findById(m_invoices, invoiceId);
    if (!inv)
        return std::unexpected(Error::notFound(tr("That invoice is not one of this customer's.")));
    if (amount.minor() <= 0 || amount > inv->creditable())
        return std::unexpected(Error::invalid(
            tr("A credit note of %1 does not fit invoice %2 (%3 left).")
                .arg(amount.toDecimalString(), inv->invoiceNo, inv->creditable().toDecimalString())));
    inv->credited += amount;
    QList<LedgerChange> changes;
    Money excess = -inv->open();
    if (excess.minor() <= 0)
        return changes;
    // Newest payments give back first: the oldest money stays where it was applied.
    QList<Pair> onInvoice;
    for (const Pair& p : std::as_const(m_pairs))
        if (p.invoiceId == invoiceId && p.amount.minor() > 0)
            onInvoice << p;
    std::stable_sort(onInvoice.begin(), onInvoice.end(), [this](const Pair& a, const Pair& b) {
        const LedgerPayment* pa = findById(std::as_const(m_payments), a.paymentId);
        const LedgerPayment* pb = findById(std::as_const(m_payments), b.paymentId);
        return pa->date != pb->date ? pa->date > pb->date : pa->id > pb->id;
    });
    for (const Pair& p : std::as_const(onInvoice)) {
        if (excess.isZero())
            break;
        const Money back = qMin(excess, p.amount);
        apply(p.paymentId, invoiceId, -back, changes);
        excess -= back;
    }
    return changes;
}

Result<Money> SettlementLedger::writeOff(qint64 invoiceId)
{
    LedgerInvoice* inv = findById(m_invoices, invoiceId);
    if (!inv)
        return std::unexpected(Error::notFound(tr("That invoice is not one of this customer's.")));
    const Money open = inv->open();
    if (open.minor() <= 0)
        return std::unexpected(Error::invalid(
            tr("Nothing is open on invoice %1, so there is nothing to write off.").arg(inv->invoiceNo)));
    inv->writtenOff += open;
    return open;
}

const LedgerInvoice* SettlementLedger::invoice(qint64 id) const
{
    return findById(m_invoices, id);
}

const LedgerPayment* SettlementLedger::payment(qint64 id) const
{
    return findById(m_payments, id);
}

Money SettlementLedger::applied(qint64 paymentId, qint64 invoiceId) const
{
    for (const Pair& p : m_pairs)
        if (p.paymentId == paymentId && p.invoiceId == invoiceId)
            return p.amount;
    return {};
}

QList<OpenInvoiceItem> SettlementLedger::openInvoices() const
{
    QList<OpenInvoiceItem> out;
    for (const LedgerInvoice& inv : m_invoices)
        if (inv.open().minor() > 0)
            out << OpenInvoiceItem{inv.id, inv.invoiceNo, inv.invoiceDate, inv.dueDate, inv.open()};
    return out;
}

Money SettlementLedger::paymentsTotal() const
{
    Money sum;
    for (const LedgerPayment& p : m_payments)
        sum += p.amount;
    return sum;
}

Money SettlementLedger::appliedTotal() const
{
    Money sum;
    for (const Pair& p : m_pairs)
        sum += p.amount;
    return sum;
}

Money SettlementLedger::advancesTotal() const
{
    Money sum;
    for (const LedgerPayment& p : m_payments)
        sum += p.unapplied();
    return sum;
}

Money SettlementLedger::outstanding() const
{
    Money sum;
    for (const LedgerInvoice& inv : m_invoices)
        sum += inv.open();
    return sum;
}

Status SettlementLedger::verify() const
{
    const auto broken = [](const QString& what) { return std::unexpected(Error::storage(what)); };
    QHash<qint64, Money> byPayment;
    QHash<qint64, Money> byInvoice;
    for (const Pair& p : m_pairs) {
        if (p.amount.isNegative())
            return broken(tr("Payment %1 has a negative amount (%2) on invoice %3.")
                              .arg(p.paymentId)
                              .arg(p.amount.toDecimalString())
                              .arg(p.invoiceId));
        byPayment[p.paymentId] += p.amount;
        byInvoice[p.invoiceId] += p.amount;
    }
    for (const LedgerPayment& p : m_payments) {
        if (p.applied != byPayment.value(p.id))
            return broken(tr("Payment %1 says %2 applied but its applications add up to %3.")
                              .arg(p.id)
                              .arg(p.applied.toDecimalString(), byPayment.value(p.id).toDecimalString()));
        if (p.applied.isNegative() || p.unapplied().isNegative())
            return broken(tr("Payment %1 of %2 has %3 applied.")
                              .arg(p.id)
                              .arg(p.amount.toDecimalString(), p.applied.toDecimalString()));
    }
    for (const LedgerInvoice& inv : m_invoices) {
        if (inv.applied != byInvoice.value(inv.id))
            return broken(tr("Invoice %1 says %2 applied but its applications add up to %3.")
                              .arg(inv.invoiceNo, inv.applied.toDecimalString(),
                                   byInvoice.value(inv.id).toDecimalString()));
        if (inv.open().isNegative() || inv.applied.isNegative() || inv.creditable().isNegative())
            return broken(tr("Invoice %1 of %2 has %3 credited, %4 written off and %5 applied.")
                              .arg(inv.invoiceNo, inv.total.toDecimalString(), inv.credited.toDecimalString(),
                                   inv.writtenOff.toDecimalString(), inv.applied.toDecimalString()));
    }
    if (paymentsTotal() != appliedTotal() + advancesTotal())
        return broken(tr("Payments of %1 are not the %2 applied plus the %3 of advances.")
                          .arg(paymentsTotal().toDecimalString(), appliedTotal().toDecimalString(),
                               advancesTotal().toDecimalString()));
    return {};
}

} // namespace od
