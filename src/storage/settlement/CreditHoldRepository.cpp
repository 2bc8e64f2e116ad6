#include "CreditHoldRepository.h"

#include "SqlValues.h"

namespace od {

namespace {

CreditHold holdFromRow(const QSqlQuery& q)
{
    CreditHold h;
    h.id = q.value(0).toLongLong();
    h.customerId = q.value(1).toLongLong();
    h.placedOn = sqlv::toDate(q.value(2));
    h.reasons = q.value(3).toString().split(u',', Qt::SkipEmptyParts);
    h.detail = q.value(4).toString();
    h.liftedOn = sqlv::toDate(q.value(5));
    return h;
}

} // namespace

Result<std::optional<CreditHold>> CreditHoldRepository::inForce(qint64 customerId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("SELECT id, customer_id, placed_on, reasons, detail, lifted_on FROM credit_holds "
                       "WHERE customer_id = ? AND lifted_on IS NULL"));
    q.addBindValue(customerId);
    if (auto ok = sqlv::exec(q, tr("read the customer's credit hold")); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return std::optional<CreditHold>();
    return std::optional<CreditHold>(holdFromRow(q));
}

Status CreditHoldRepository::place(CreditHold& hold)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO credit_holds (customer_id, placed_on, reasons, detail) VALUES (?, ?, ?, ?) "
        "RETURNING id"));
    q.addBindValue(hold.customerId);
    q.addBindValue(sqlv::date(hold.placedOn));
    q.addBindValue(hold.reasons.join(u','));
    q.addBindValue(sqlv::text(hold.detail));
    if (auto ok = sqlv::exec(q, tr("put the customer on credit hold")); !ok)
        return ok;
    q.next();
    hold.id = q.value(0).toLongLong();
    return {};
}

Status CreditHoldRepository::lift(qint64 holdId, const QDate& liftedOn)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE credit_holds SET lifted_on = ? WHERE id = ? AND lifted_on IS NULL"));
    q.addBindValue(sqlv::date(liftedOn));
    q.addBindValue(holdId);
    if (auto ok = sqlv::exec(q, tr("lift the credit hold")); !ok)
        return ok;
    if (q.numRowsAffected() != 1)
        return std::unexpected(Error::conflict(tr("That credit hold is no longer in force.")));
    return {};
}

Result<QList<CreditHold>> CreditHoldRepository::allInForce()
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, customer_id, placed_on, reasons, detail, lifted_on FROM credit_holds "
                       "WHERE lifted_on IS NULL ORDER BY placed_on, id"));
    if (auto ok = sqlv::exec(q, tr("read the credit holds")); !ok)
        return std::unexpected(ok.error());
    QList<CreditHold> out;
    while (q.next())
        out << holdFromRow(q);
    return out;
}

Status CreditHoldRepository::insertRelease(CreditRelease& release)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO credit_releases (customer_id, hold_id, released_on, valid_until, manager_id, "
        "reason, created_at) VALUES (?, (SELECT id FROM credit_holds WHERE customer_id = ? AND "
        "lifted_on IS NULL), ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(release.customerId);
    q.addBindValue(release.customerId);
    q.addBindValue(sqlv::date(release.releasedOn));
    q.addBindValue(sqlv::date(release.validUntil));
    q.addBindValue(release.managerId);
    q.addBindValue(sqlv::text(release.reason.trimmed()));
    q.addBindValue(sqlv::nowUtc());
    if (auto ok = sqlv::exec(q, tr("record the release of the credit hold")); !ok)
        return ok;
    q.next();
    release.id = q.value(0).toLongLong();
    return {};
}

Result<std::optional<CreditRelease>> CreditHoldRepository::latestRelease(qint64 customerId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "SELECT r.id, r.customer_id, r.released_on, r.valid_until, r.manager_id, u.display_name, "
        "r.reason FROM credit_releases r JOIN users u ON u.id = r.manager_id "
        "WHERE r.customer_id = ? ORDER BY r.released_on DESC, r.id DESC LIMIT 1"));
    q.addBindValue(customerId);
    if (auto ok = sqlv::exec(q, tr("read the credit hold releases")); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return std::optional<CreditRelease>();
    return std::optional<CreditRelease>(CreditRelease{
        q.value(0).toLongLong(), q.value(1).toLongLong(), sqlv::toDate(q.value(2)), sqlv::toDate(q.value(3)),
        q.value(4).toLongLong(), q.value(5).toString(), q.value(6).toString()});
}

} // namespace od
