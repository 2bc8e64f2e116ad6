#include "DatabaseCheckRepository.h"

#include "SqlValues.h"

namespace od {

Result<QStringList> DatabaseCheckRepository::integrityProblems(int limit)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    // The pragma takes its row limit as an argument, not as a bound parameter.
    if (auto ok = sqlv::prepare(q, QStringLiteral("PRAGMA integrity_check(%1)").arg(qMax(1, limit))); !ok)
        return std::unexpected(ok.error());
    if (auto ok = sqlv::exec(q, QStringLiteral("check the database file")); !ok)
        return std::unexpected(ok.error());
    QStringList out;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            out << line;
    }
    return out;
}

Result<QList<ForeignKeyViolation>> DatabaseCheckRepository::foreignKeyViolations(int limit)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (auto ok = sqlv::prepare(q, QStringLiteral("PRAGMA foreign_key_check")); !ok)
        return std::unexpected(ok.error());
    if (auto ok = sqlv::exec(q, QStringLiteral("check the references between records")); !ok)
        return std::unexpected(ok.error());
    QList<ForeignKeyViolation> out;
    while (out.size() < limit && q.next())
        out << ForeignKeyViolation{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString()};
    return out;
}

Result<QList<OrderTotalsMismatch>> DatabaseCheckRepository::orderTotalsMismatches(int limit)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT order_no, subtotal, tax, total, line_count, lines_sum, lines_count FROM ("
        "SELECT o.order_no, o.subtotal, o.tax, o.total, o.line_count, o.id, "
        "coalesce((SELECT sum(l.amount) FROM order_lines l WHERE l.order_id = o.id), 0) AS lines_sum, "
        "(SELECT count(*) FROM order_lines l WHERE l.order_id = o.id) AS lines_count FROM orders o) "
        "WHERE subtotal <> lines_sum OR total <> subtotal + tax OR line_count <> lines_count ORDER BY id "
        "LIMIT ?"));
    q.addBindValue(limit);
    if (auto ok = sqlv::exec(q, QStringLiteral("check the order totals")); !ok)
        return std::unexpected(ok.error());
    QList<OrderTotalsMismatch> out;
    while (q.next())
        out << OrderTotalsMismatch{q.value(0).toString(),   q.value(1).toLongLong(), q.value(2).toLongLong(),
                                   q.value(3).toLongLong(), q.value(5).toLongLong(), q.value(4).toLongLong(),
                                   q.value(6).toLongLong()};
    return out;
}

Result<QStringList> DatabaseCheckRepository::ordersMissingFromSearch(int limit)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT o.order_no FROM orders o WHERE NOT EXISTS "
                             "(SELECT 1 FROM order_search s WHERE s.rowid = o.id) ORDER BY o.id LIMIT ?"));
    q.addBindValue(limit);
    if (auto ok = sqlv::exec(q, QStringLiteral("check the search index")); !ok)
        return std::unexpected(ok.error());
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<QList<qint64>> DatabaseCheckRepository::orphanSearchRows(int limit)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT s.rowid FROM order_search s WHERE NOT EXISTS "
                             "(SELECT 1 FROM orders o WHERE o.id = s.rowid) LIMIT ?"));
    q.addBindValue(limit);
    if (auto ok = sqlv::exec(q, QStringLiteral("check the search index")); !ok)
        return std::unexpected(ok.error());
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

Result<QStringList> DatabaseCheckRepository::ordersWithUnknownStatus(const QStringList& knownKeys, int limit)
{
    // The known keys go in as one bound JSON array, so the statement stays fixed.
    QString json = QStringLiteral("[");
    for (int i = 0; i < knownKeys.size(); ++i)
        json += (i ? QStringLiteral(",\"") : QStringLiteral("\"")) + knownKeys[i] + u'"';
    json += u']';
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT order_no FROM orders WHERE status NOT IN (SELECT value FROM json_each(?)) "
                       "OR (held_from_status IS NOT NULL AND held_from_status NOT IN "
                       "(SELECT value FROM json_each(?))) ORDER BY id LIMIT ?"));
    q.addBindValue(json);
    q.addBindValue(json);
    q.addBindValue(limit);
    if (auto ok = sqlv::exec(q, QStringLiteral("check the order statuses")); !ok)
        return std::unexpected(ok.error());
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace od
