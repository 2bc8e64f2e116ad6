#include "CreditExposureRepository.h"

#include "CustomerBalanceRepository.h"
#include "Invoice.h"
#include "InvoiceStatus.h"
#include "LineCalculator.h"
#include "SettlementStatus.h"
#include "SqlValues.h"

namespace od {

Result<CreditExposure> CreditExposureRepository::exposure(qint64 customerId, const QDate& today)
{
    CreditExposure e;
    auto balance = CustomerBalanceRepository(m_db).byCustomer(customerId);
    if (!balance)
        return std::unexpected(balance.error());
    e.outstanding = balance->outstanding();
    e.advance = balance->advance();

    QSqlQuery limit(m_db.sql());
    limit.prepare(QStringLiteral("SELECT credit_limit FROM customers WHERE id = ?"));
    limit.addBindValue(customerId);
    if (auto ok = sqlv::exec(limit, tr("read the customer's credit limit")); !ok)
        return std::unexpected(ok.error());
    if (!limit.next())
        return std::unexpected(Error::notFound(tr("The customer no longer exists.")));
    e.creditLimit = Money::fromMinor(limit.value(0).toLongLong());

    QSqlQuery oldest(m_db.sql());
    oldest.prepare(
        QStringLiteral("SELECT invoice_no, due_date FROM invoices WHERE customer_id = ? AND open_amount > 0 "
                       "ORDER BY due_date, id LIMIT 1"));
    oldest.addBindValue(customerId);
    if (auto ok = sqlv::exec(oldest, tr("read the customer's overdue invoices")); !ok)
        return std::unexpected(ok.error());
    if (oldest.next()) {
        e.maxDaysOverdue = InvoiceStatusInfo::daysOverdue(sqlv::toDate(oldest.value(1)), today);
        if (e.maxDaysOverdue > 0)
            e.mostOverdueInvoice = oldest.value(0).toString();
    }

    // Open orders (the same ones the order credit check counts) and what of each is not invoiced.
    // An order never invoiced (or whose invoices were all credited back) counts in full; it is
    // summed from the partial index orders_customer_open, which names the status keys the same
    // way. An order invoiced in part is in billing_remainders: goods lines are taxed at the
    // order's rate, deposit and deduction lines carry their tax. An order invoiced in full has
    // nothing left to count. CROSS JOIN keeps SQLite walking the few remainders, not every order
    // the customer ever placed.
    QSqlQuery unbilled(m_db.sql());
    unbilled.prepare(QStringLiteral(
        "SELECT coalesce(sum(total), 0) FROM orders WHERE customer_id = ? AND settlement_status = ? "
        "AND status NOT IN ('completed', 'cancelled')"));
    unbilled.addBindValue(customerId);
    unbilled.addBindValue(SettlementStatusInfo::key(SettlementStatus::Unbilled));
    if (auto ok = sqlv::exec(unbilled, tr("read the customer's open orders")); !ok)
        return std::unexpected(ok.error());
    unbilled.next();
    e.openOrders = Money::fromMinor(unbilled.value(0).toLongLong());

    QSqlQuery orders(m_db.sql());
    orders.setForwardOnly(true);
    orders.prepare(QStringLiteral(
        "SELECT o.total, o.tax_rate_bp, "
        "coalesce((SELECT sum(amount) FROM invoice_lines l WHERE l.order_id = o.id AND l.kind = :goods), 0), "
        "coalesce((SELECT sum(amount + fixed_tax) FROM invoice_lines l WHERE l.order_id = o.id AND l.kind <> "
        ":goods), 0) "
        "FROM billing_remainders r CROSS JOIN orders o ON o.id = r.order_id "
        "WHERE o.customer_id = :c AND o.settlement_status <> :unbilled "
        "AND o.status NOT IN ('completed', 'cancelled')"));
    orders.bindValue(QStringLiteral(":goods"), InvoiceKindInfo::lineKey(InvoiceLineKind::Goods));
    orders.bindValue(QStringLiteral(":c"), customerId);
    orders.bindValue(QStringLiteral(":unbilled"), SettlementStatusInfo::key(SettlementStatus::Unbilled));
    if (auto ok = sqlv::exec(orders, tr("read the customer's open orders")); !ok)
        return std::unexpected(ok.error());
    while (orders.next()) {
        const Money total = Money::fromMinor(orders.value(0).toLongLong());
        const Money goods = Money::fromMinor(orders.value(2).toLongLong());
        const auto goodsTax = LineCalculator::tax(goods, BasisPoints::fromRaw(orders.value(1).toInt()));
        const Money invoiced =
            goods + goodsTax.value_or(Money()) + Money::fromMinor(orders.value(3).toLongLong());
        const Money notInvoiced = total - invoiced;
        if (notInvoiced.minor() > 0)
            e.openOrders += notInvoiced;
    }
    return e;
}

} // namespace od
