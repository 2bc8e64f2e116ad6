#include "OrderListRepository.h"

#include "SqlValues.h"

#include <QRegularExpression>
#include <QStringList>

namespace od {

namespace {

const char* sortExpression(OrderListQuery::Column c)
{
    switch (c) {
    case OrderListQuery::Column::OrderNo: return "o.order_no";
    case OrderListQuery::Column::Customer: return "o.customer_name";
    case OrderListQuery::Column::Salesperson: return "o.salesperson_name";
    case OrderListQuery::Column::Status: return "o.status";
    case OrderListQuery::Column::OrderDate: return "o.order_date";
    case OrderListQuery::Column::RequestedDate: return "o.requested_date";
    case OrderListQuery::Column::PromisedDate: return "o.promised_date";
    case OrderListQuery::Column::Total: return "o.total";
    }
    return "o.order_date";
}

// An FTS5 phrase for one search word: quotes doubled, so nothing the user types is syntax.
QString ftsPhrase(const QString& word)
{
    QString w = word;
    w.replace(u'"', QStringLiteral("\"\""));
    return u'"' + w + u'"';
}

// WHERE clause and its parameters for the filters of `query`.
void whereClause(const OrderListQuery& query, QStringList* conditions, QVariantList* params)
{
    if (query.status) {
        *conditions << QStringLiteral("o.status = ?");
        *params << OrderStatusInfo::key(*query.status);
    }
    if (query.customerId > 0) {
        *conditions << QStringLiteral("o.customer_id = ?");
        *params << query.customerId;
    }
    if (query.salespersonId > 0) {
        *conditions << QStringLiteral("o.salesperson_id = ?");
        *params << query.salespersonId;
    }
    if (query.visibleToSalespersonId > 0) {
        *conditions << QStringLiteral("o.salesperson_id = ?");
        *params << query.visibleToSalespersonId;
    }
    if (query.from.isValid()) {
        *conditions << QStringLiteral("o.order_date >= ?");
        *params << query.from.toString(Qt::ISODate);
    }
    if (query.to.isValid()) {
        *conditions << QStringLiteral("o.order_date <= ?");
        *params << query.to.toString(Qt::ISODate);
    }
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const QStringList words = query.search.trimmed().split(spaces, Qt::SkipEmptyParts);
    QStringList phrases;
    for (const QString& word : words) {
        if (word.size() >= 3) {
            // The trigram index answers any part of a text three characters or longer.
            phrases << ftsPhrase(word);
        } else {
            // Shorter words (two Chinese characters are a common name) go to the small tables.
            *conditions << QStringLiteral(
                "(instr(o.customer_name, ?) > 0 OR instr(o.order_no, ?) > 0 OR o.id IN (SELECT l.order_id "
                "FROM order_lines l WHERE l.product_id IN (SELECT p.id FROM products p WHERE instr(p.name, ?) > 0 "
                "OR instr(p.sku, ?) > 0)))");
            for (int i = 0; i < 4; ++i)
                *params << word;
        }
    }
    if (!phrases.isEmpty()) {
        *conditions << QStringLiteral("o.id IN (SELECT rowid FROM order_search WHERE order_search MATCH ?)");
        *params << phrases.join(QStringLiteral(" AND "));
    }
}

} // namespace

OrderListRepository::Sql OrderListRepository::pageSql(const OrderListQuery& query, qint64 offset, int limit)
{
    QStringList conditions;
    QVariantList params;
    whereClause(query, &conditions, &params);
    const QString where = conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    const QString dir = query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    QString sql = QStringLiteral("SELECT o.id, o.order_no, o.customer_name, o.salesperson_name, o.status, o.order_date, "
                                 "o.requested_date, o.promised_date, o.total, o.currency, o.revision FROM orders o%1 "
                                 "ORDER BY %2 %3, o.id %3 LIMIT %4 OFFSET %5")
                      .arg(where, QLatin1String(sortExpression(query.sortColumn)), dir)
                      .arg(limit)
                      .arg(offset);
    return {sql, params};
}

OrderListRepository::Sql OrderListRepository::countSql(const OrderListQuery& query, qint64 cap)
{
    QStringList conditions;
    QVariantList params;
    whereClause(query, &conditions, &params);
    const QString where = conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    if (cap > 0)
        return {QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM orders o%1 LIMIT %2)").arg(where).arg(cap + 1), params};
    return {QStringLiteral("SELECT count(*) FROM orders o%1").arg(where), params};
}

Result<qint64> OrderListRepository::count(const OrderListQuery& query, qint64 cap)
{
    const Sql s = countSql(query, cap);
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(s.text);
    for (const QVariant& p : s.params)
        q.addBindValue(p);
    if (auto ok = sqlv::exec(q, QStringLiteral("count orders")); !ok)
        return std::unexpected(ok.error());
    q.next();
    return q.value(0).toLongLong();
}

Result<QList<OrderListRow>> OrderListRepository::page(const OrderListQuery& query, qint64 offset, int limit)
{
    const Sql s = pageSql(query, offset, limit);
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(s.text);
    for (const QVariant& p : s.params)
        q.addBindValue(p);
    if (auto ok = sqlv::exec(q, QStringLiteral("list orders")); !ok)
        return std::unexpected(ok.error());
    QList<OrderListRow> rows;
    rows.reserve(limit);
    while (q.next()) {
        OrderListRow r;
        r.id = q.value(0).toLongLong();
        r.orderNo = q.value(1).toString();
        r.customerName = q.value(2).toString();
        r.salespersonName = q.value(3).toString();
        r.status = OrderStatusInfo::fromKey(q.value(4).toString()).value_or(OrderStatus::Draft);
        r.orderDate = sqlv::toDate(q.value(5));
        r.requestedDate = sqlv::toDate(q.value(6));
        r.promisedDate = sqlv::toDate(q.value(7));
        r.total = Money::fromMinor(q.value(8).toLongLong());
        r.currency = q.value(9).toString();
        r.revision = q.value(10).toInt();
        rows << r;
    }
    return rows;
}

} // namespace od
