#include "SummaryRepository.h"

#include "SqlValues.h"

namespace od {

Result<RecordCounts> SummaryRepository::counts()
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM customers), (SELECT count(*) FROM products), "
                             "(SELECT count(*) FROM orders), (SELECT count(*) FROM order_lines)"));
    if (auto ok = sqlv::exec(q, QStringLiteral("count the records")); !ok)
        return std::unexpected(ok.error());
    q.next();
    return RecordCounts{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                        q.value(3).toLongLong()};
}

Result<QList<StatusTotalsRow>> SummaryRepository::totalsByStatus()
{
    // sum() of integers stays an integer in SQLite (and fails rather than overflow).
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT status, count(*), coalesce(sum(total), 0) FROM orders GROUP BY status "
                             "ORDER BY status"));
    if (auto ok = sqlv::exec(q, QStringLiteral("sum the orders")); !ok)
        return std::unexpected(ok.error());
    QList<StatusTotalsRow> rows;
    while (q.next())
        rows << StatusTotalsRow{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong()};
    return rows;
}

} // namespace od
