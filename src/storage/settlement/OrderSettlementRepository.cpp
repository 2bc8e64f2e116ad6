#include "OrderSettlementRepository.h"

#include "SqlValues.h"

namespace od {

QSqlQuery& OrderSettlementRepository::prepared(std::optional<QSqlQuery>& query, const QString& sql)
{
    if (!query) {
        query.emplace(m_db.sql());
        query->prepare(sql);
    }
    return *query;
}

Result<OrderSettlementFacts> OrderSettlementRepository::facts(qint64 orderId)
{
    OrderSettlementFacts f;
    QSqlQuery& sums = prepared(
        m_sums,
        QStringLiteral("SELECT count(*), coalesce(sum(total - credited), 0), coalesce(sum(applied), 0), "
                       "coalesce(sum(written_off), 0), coalesce(sum(open_amount), 0) FROM invoices "
                       "WHERE id IN (SELECT invoice_id FROM invoice_lines WHERE order_id = ?)"));
    sums.bindValue(0, orderId);
    if (auto ok = sqlv::exec(sums, tr("read the order's invoices")); !ok)
        return std::unexpected(ok.error());
    sums.next();
    f.hasInvoice = sums.value(0).toLongLong() > 0;
    f.invoiced = Money::fromMinor(sums.value(1).toLongLong());
    f.applied = Money::fromMinor(sums.value(2).toLongLong());
    f.writtenOff = Money::fromMinor(sums.value(3).toLongLong());
    f.open = Money::fromMinor(sums.value(4).toLongLong());
    sums.finish();

    // Lines with less invoiced (net of credited quantities) than ordered.
    QSqlQuery& short_ = prepared(
        m_short,
        QStringLiteral(
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
    short_.finish();
    return f;
}

Result<SettlementStatus> OrderSettlementRepository::status(qint64 orderId)
{
    auto current = state(orderId);
    if (!current)
        return std::unexpected(current.error());
    return current->status;
}

Result<OrderSettlementState> OrderSettlementRepository::state(qint64 orderId)
{
    QSqlQuery& q = prepared(
        m_state, QStringLiteral("SELECT settlement_status, order_no, revision FROM orders WHERE id = ?"));
    q.bindValue(0, orderId);
    if (auto ok = sqlv::exec(q, tr("read the order's settlement")); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return std::unexpected(Error::notFound(tr("The order no longer exists.")));
    const QString key = q.value(0).toString();
    OrderSettlementState out{q.value(1).toString(), q.value(2).toInt(), SettlementStatus::Unbilled};
    q.finish();
    const auto status = SettlementStatusInfo::fromKey(key);
    if (!status)
        return std::unexpected(Error::storage(
            tr("The order's settlement state \"%1\" is not one this version knows.").arg(key)));
    out.status = *status;
    return out;
}

Status OrderSettlementRepository::setStatus(qint64 orderId, SettlementStatus status)
{
    QSqlQuery& q = prepared(m_set, QStringLiteral("UPDATE orders SET settlement_status = ? WHERE id = ?"));
    q.bindValue(0, SettlementStatusInfo::key(status));
    q.bindValue(1, orderId);
    if (auto ok = sqlv::exec(q, tr("save the order's settlement")); !ok)
        return ok;
    if (q.numRowsAffected() != 1)
        return std::unexpected(Error::notFound(tr("The order no longer exists.")));
    return {};
}

} // namespace od
