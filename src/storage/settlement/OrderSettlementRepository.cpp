#include "OrderSettlementRepository.h"

#include "SqlValues.h"

namespace od {

Result<OrderSettlementFacts> OrderSettlementRepository::facts(qint64 orderId)
{
    OrderSettlementFacts f;
    QSqlQuery sums(m_db.sql());
    sums.prepare(
        QStringLiteral("SELECT count(*), coalesce(sum(total - credited), 0), coalesce(sum(applied), 0), "
                       "coalesce(sum(written_off), 0), coalesce(sum(open_amount), 0) FROM invoices "
                       "WHERE id IN (SELECT invoice_id FROM invoice_lines WHERE order_id = ?)"));
    sums.addBindValue(orderId);
    if (auto ok = sqlv::exec(sums, tr("read the order's invoices")); !ok)
        return std::unexpected(ok.error());
    sums.next();
    f.hasInvoice = sums.value(0).toLongLong() > 0;
    f.invoiced = Money::fromMinor(sums.value(1).toLongLong());
    f.applied = Money::fromMinor(sums.value(2).toLongLong());
    f.writtenOff = Money::fromMinor(sums.value(3).toLongLong());
    f.open = Money::fromMinor(sums.value(4).toLongLong());

    // Lines with less invoiced (net of credited quantities) than ordered.
    QSqlQuery short_(m_db.sql());
    short_.prepare(QStringLiteral(
        "SELECT count(*), (SELECT count(*) FROM order_lines WHERE order_id = :o) FROM order_lines ol "
        "WHERE ol.order_id = :o AND ol.quantity > "
        "coalesce((SELECT sum(il.quantity) FROM invoice_lines il WHERE il.order_id = :o "
        "  AND il.order_line_no = ol.line_no), 0) - "
        "coalesce((SELECT sum(cl.quantity) FROM invoice_lines il JOIN credit_note_lines cl "
        "  ON cl.invoice_line_id = il.id WHERE il.order_id = :o AND il.order_line_no = ol.line_no), 0)"));
    short_.bindValue(QStringLiteral(":o"), orderId);
    if (auto ok = sqlv::exec(short_, tr("read what is invoiced of the order")); !ok)
        return std::unexpected(ok.error());
    short_.next();
    f.fullyInvoiced = short_.value(1).toLongLong() > 0 && short_.value(0).toLongLong() == 0;
    return f;
}

Result<SettlementStatus> OrderSettlementRepository::status(qint64 orderId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT settlement_status FROM orders WHERE id = ?"));
    q.addBindValue(orderId);
    if (auto ok = sqlv::exec(q, tr("read the order's settlement")); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return std::unexpected(Error::notFound(tr("The order no longer exists.")));
    const auto status = SettlementStatusInfo::fromKey(q.value(0).toString());
    if (!status)
        return std::unexpected(
            Error::storage(tr("The order's settlement state \"%1\" is not one this version knows.")
                               .arg(q.value(0).toString())));
    return *status;
}

Status OrderSettlementRepository::setStatus(qint64 orderId, SettlementStatus status)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE orders SET settlement_status = ? WHERE id = ?"));
    q.addBindValue(SettlementStatusInfo::key(status));
    q.addBindValue(orderId);
    if (auto ok = sqlv::exec(q, tr("save the order's settlement")); !ok)
        return ok;
    if (q.numRowsAffected() != 1)
        return std::unexpected(Error::notFound(tr("The order no longer exists.")));
    return {};
}

} // namespace od
