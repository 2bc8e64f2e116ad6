#include "OrderListRepository.h"

#include "RiskReason.h"
#include "RiskRules.h"
#include "SearchHitSet.h"
#include "SearchWords.h"
#include "SqlValues.h"
#include "SqliteStatement.h"

#include <sqlite3.h>

#include <QAtomicInteger>
#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <limits>

namespace od {

namespace {

// The ORDER BY columns for a sort, each with an index that gives that order (id breaks ties).
// Status sorts newest first within a status, so that orders_status_order_date serves it.
QStringList sortExpressions(OrderListQuery::Column c)
{
    switch (c) {
    case OrderListQuery::Column::OrderNo:
        return {QStringLiteral("o.order_no")};
    case OrderListQuery::Column::Customer:
        return {QStringLiteral("o.customer_name")};
    case OrderListQuery::Column::Salesperson:
        return {QStringLiteral("o.salesperson_name")};
    case OrderListQuery::Column::Status:
        return {QStringLiteral("o.status"), QStringLiteral("o.order_date")};
    case OrderListQuery::Column::OrderDate:
        return {QStringLiteral("o.order_date")};
    case OrderListQuery::Column::RequestedDate:
        return {QStringLiteral("o.requested_date")};
    case OrderListQuery::Column::PromisedDate:
        return {QStringLiteral("o.promised_date")};
    case OrderListQuery::Column::Total:
        return {QStringLiteral("o.total")};
    case OrderListQuery::Column::Revision:
        return {QStringLiteral("o.revision")};
    }
    return {QStringLiteral("o.order_date")};
}

// An FTS5 phrase for one search word: quotes doubled, so nothing the user types is syntax.
QString ftsPhrase(const QString& word)
{
    QString w = word;
    w.replace(u'"', QStringLiteral("\"\""));
    return u'"' + w + u'"';
}

// The conditions of a query, with the search-index match kept apart: how it joins in depends
// on how many orders it matches.
struct Filters
{
    QStringList conditions;
    QVariantList params;
    QString match; // FTS5 expression; empty when no word is long enough for the index
    // The early-warning levels' condition on order_risks alone, with its parameters (empty: none).
    QString riskLevels;
    QVariantList riskParams;
};

// The delivery period's conditions on the on-time report's delivery rows (order_deliveries d).
void deliveredDays(const OrderListQuery& query, QStringList& conditions, QVariantList& params)
{
    if (query.deliveredFrom.isValid()) {
        conditions << QStringLiteral("d.delivered_on >= ?");
        params << query.deliveredFrom.toString(Qt::ISODate);
    }
    if (query.deliveredTo.isValid()) {
        conditions << QStringLiteral("d.delivered_on <= ?");
        params << query.deliveredTo.toString(Qt::ISODate);
    }
}

// Whose orders: the customer, the salesperson chosen and the salesperson the user may see, on the
// columns of `table` (the orders, or rows that carry the order's customer and salesperson).
void whoseOrders(const OrderListQuery& query, const QString& table, QStringList& conditions,
                 QVariantList& params)
{
    if (query.customerId > 0) {
        conditions << QStringLiteral("%1.customer_id = ?").arg(table);
        params << query.customerId;
    }
    if (query.salespersonId > 0) {
        conditions << QStringLiteral("%1.salesperson_id = ?").arg(table);
        params << query.salespersonId;
    }
    if (query.visibleToSalespersonId != 0) {
        conditions << QStringLiteral("%1.salesperson_id = ?").arg(table);
        params << query.visibleToSalespersonId;
    }
}

Filters filtersOf(const OrderListQuery& query)
{
    Filters f;
    if (query.status) {
        f.conditions << QStringLiteral("o.status = ?");
        f.params << OrderStatusInfo::key(*query.status);
    }
    if (!query.statuses.isEmpty()) {
        QStringList marks;
        for (OrderStatus status : query.statuses) {
            marks << QStringLiteral("?");
            f.params << OrderStatusInfo::key(status);
        }
        f.conditions << QStringLiteral("o.status IN (%1)").arg(marks.join(QStringLiteral(", ")));
    }
    if (!query.riskLevels.isEmpty()) {
        // At risk and late are a few orders in the partial index, which the planner takes only
        // when the condition says "not on track"; on track is every other open order.
        QStringList marks;
        for (RiskLevel level : query.riskLevels) {
            marks << QStringLiteral("?");
            f.riskParams << RiskLevelInfo::key(level);
        }
        f.riskLevels = QStringLiteral("r.level IN (%1)").arg(marks.join(QStringLiteral(", ")));
        if (!query.riskLevels.contains(RiskLevel::OnTrack))
            f.riskLevels += QStringLiteral(" AND r.level <> 'on_track'");
        f.conditions
            << QStringLiteral("o.id IN (SELECT r.order_id FROM order_risks r WHERE %1)").arg(f.riskLevels);
        f.params << f.riskParams;
    }
    if (query.promisedBefore.isValid()) {
        f.conditions << QStringLiteral("o.promised_date < ?");
        f.params << query.promisedBefore.toString(Qt::ISODate);
    }
    if (query.shippedFrom.isValid() || query.shippedTo.isValid() || query.shippedLate) {
        // The dashboard's first shipments (order_shipments, migration 013).
        QStringList shipped;
        if (query.shippedFrom.isValid()) {
            shipped << QStringLiteral("s.shipped_on >= ?");
            f.params << query.shippedFrom.toString(Qt::ISODate);
        }
        if (query.shippedTo.isValid()) {
            shipped << QStringLiteral("s.shipped_on <= ?");
            f.params << query.shippedTo.toString(Qt::ISODate);
        }
        if (query.shippedLate)
            shipped << QStringLiteral("s.shipped_on > s.promised_date");
        f.conditions << QStringLiteral("o.id IN (SELECT s.order_id FROM order_shipments s WHERE %1)")
                            .arg(shipped.join(QStringLiteral(" AND ")));
    }
    if (!query.stageKey.isEmpty()) {
        // The bottleneck analysis's spans (order_stage_spans, migration 024).
        QString stage = QStringLiteral("g.stage = ?");
        f.params << query.stageKey;
        if (query.stageFrom.isValid()) {
            stage += QStringLiteral(" AND g.ended_on >= ?");
            f.params << query.stageFrom.toString(Qt::ISODate);
        }
        if (query.stageTo.isValid()) {
            stage += QStringLiteral(" AND g.ended_on <= ?");
            f.params << query.stageTo.toString(Qt::ISODate);
        }
        f.conditions
            << QStringLiteral("o.id IN (SELECT g.order_id FROM order_stage_spans g WHERE %1)").arg(stage);
    }
    if (query.deliveredFrom.isValid() || query.deliveredTo.isValid()) {
        // The on-time report's day of delivery, as it counts it (order_deliveries, migration 030).
        QStringList day{QStringLiteral("d.order_id = o.id")};
        deliveredDays(query, day, f.params);
        f.conditions << QStringLiteral("EXISTS (SELECT 1 FROM order_deliveries d WHERE %1)")
                            .arg(day.join(QStringLiteral(" AND ")));
    }
    whoseOrders(query, QStringLiteral("o"), f.conditions, f.params);
    if (query.from.isValid()) {
        f.conditions << QStringLiteral("o.order_date >= ?");
        f.params << query.from.toString(Qt::ISODate);
    }
    if (query.to.isValid()) {
        f.conditions << QStringLiteral("o.order_date <= ?");
        f.params << query.to.toString(Qt::ISODate);
    }
    const QStringList words = SearchWords::split(query.search);
    QStringList phrases;
    static const QRegularExpression wholeOrderNumber(QStringLiteral("^[A-Za-z0-9]{1,8}-\\d{4}-\\d{6,}$"));
    for (const QString& word : words) {
        if (wholeOrderNumber.match(word).hasMatch()) {
            // A whole order number is looked up in its unique index: the trigram index would have
            // to intersect "SO-", "202…" and the like, which nearly every order contains.
            f.conditions << QStringLiteral("o.order_no IN (?, ?)");
            f.params << word << word.toUpper();
        } else if (SearchWords::fitsTrigramIndex(word)) {
            // The trigram index answers any part of a text three characters or longer.
            phrases << ftsPhrase(word);
        } else {
            // Shorter words (two Chinese characters are a common name) go to the small tables.
            f.conditions << QStringLiteral(
                "(instr(o.customer_name, ?) > 0 OR instr(o.order_no, ?) > 0 OR o.id IN (SELECT l.order_id "
                "FROM order_lines l WHERE l.product_id IN (SELECT p.id FROM products p WHERE instr(p.name, "
                "?) > 0 "
                "OR instr(p.sku, ?) > 0)))");
            for (int i = 0; i < 4; ++i)
                f.params << word;
        }
    }
    f.match = phrases.join(QStringLiteral(" AND "));
    return f;
}

QAtomicInteger<quint64> g_hitFunctionCounter;

} // namespace

// The hits of this repository's current search and the SQL function that tests them; the
// function is removed from the connection with the last copy of the repository.
class OrderListRepository::Hits
{
public:
    Hits(Database& database, QByteArray functionName) : db(database), function(std::move(functionName)) {}
    ~Hits()
    {
        if (installed)
            SearchHitSet::uninstall(db.handle(), function);
    }
    Database& db;
    const QByteArray function;
    SearchHitSet set;
    bool installed = false;
};

OrderListRepository::OrderListRepository(Database& db)
    : m_db(db),
      m_hits(std::make_shared<Hits>(db, QByteArrayLiteral("od_search_hit_") +
                                            QByteArray::number(g_hitFunctionCounter.fetchAndAddRelaxed(1))))
{
}

QByteArray OrderListRepository::hitFunctionName() const
{
    return m_hits->function;
}

// WHERE clause for the orders table. With few search hits, SQLite looks up each hit and sorts
// them; with many, it walks the sort index and asks the hit function about each order, stopping
// when the page is full.
QString OrderListRepository::whereClause(const OrderListQuery& query, bool manyHits,
                                         QVariantList* params) const
{
    const Filters f = filtersOf(query);
    QStringList conditions = f.conditions;
    *params = f.params;
    if (!f.match.isEmpty()) {
        if (manyHits) {
            conditions << QString::fromLatin1(m_hits->function) + QStringLiteral("(o.id)");
        } else {
            conditions << QStringLiteral("o.id IN (SELECT value FROM json_each(?))");
            *params << m_hits->set.idsJson();
        }
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

OrderListRepository::Sql OrderListRepository::pageSql(const OrderListQuery& query, qint64 offset,
                                                      int limit) const
{
    PagePlan plan;
    plan.offset = offset;
    plan.limit = limit;
    return pageSql(query, plan);
}

OrderListRepository::Sql OrderListRepository::pageSql(const OrderListQuery& query, const PagePlan& plan) const
{
    QVariantList params;
    const QString where = whereClause(query, plan.manySearchHits, &params);
    const QString dir = query.descending != plan.fromEnd ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QStringList order;
    for (const QString& column : sortExpressions(query.sortColumn))
        order << column + dir;
    order << QStringLiteral("o.id") + dir;
    const QString columns =
        QStringLiteral("SELECT o.id, o.order_no, o.customer_name, o.salesperson_name, o.status, "
                       "o.order_date, o.requested_date, o.promised_date, o.total, o.currency, "
                       "o.revision FROM orders o");
    if (!query.riskLevels.isEmpty()) {
        // The orders at risk are looked up one by one and sorted: the page is chosen on the sort
        // columns alone, and only its rows are read whole.
        const QString sql =
            QStringLiteral("%1 WHERE o.id IN (SELECT o.id FROM orders o%2 ORDER BY %3 LIMIT %4 "
                           "OFFSET %5) ORDER BY %3")
                .arg(columns, where, order.join(QStringLiteral(", ")))
                .arg(plan.limit)
                .arg(plan.offset);
        return {sql, params};
    }
    const QString sql = QStringLiteral("%1%2 ORDER BY %3 LIMIT %4 OFFSET %5")
                            .arg(columns, where, order.join(QStringLiteral(", ")))
                            .arg(plan.limit)
                            .arg(plan.offset);
    return {sql, params};
}

namespace {

// Only a delivery period, with at most a customer and a salesperson (the on-time report's drill-down):
// the orders are counted in order_deliveries alone, which holds every order delivered or completed
// with its customer and salesperson as the order has them (migration 030's triggers) and has an index
// for each (migration 033).
std::optional<OrderListRepository::Sql> deliveredCountSql(const OrderListQuery& query, qint64 cap)
{
    if (!query.deliveredFrom.isValid() && !query.deliveredTo.isValid())
        return std::nullopt;
    OrderListQuery rest = query;
    rest.deliveredFrom = rest.deliveredTo = QDate();
    rest.customerId = 0;
    rest.salespersonId = 0;
    rest.visibleToSalespersonId = 0;
    rest.sortColumn = OrderListQuery().sortColumn;
    rest.descending = OrderListQuery().descending;
    if (!(rest == OrderListQuery()))
        return std::nullopt;
    QStringList conditions;
    QVariantList params;
    deliveredDays(query, conditions, params);
    whoseOrders(query, QStringLiteral("d"), conditions, params);
    const QString from =
        QStringLiteral("FROM order_deliveries d WHERE %1").arg(conditions.join(QStringLiteral(" AND ")));
    if (cap > 0)
        return OrderListRepository::Sql{
            QStringLiteral("SELECT count(*) FROM (SELECT 1 %1 LIMIT %2)").arg(from).arg(cap + 1), params};
    return OrderListRepository::Sql{QStringLiteral("SELECT count(*) %1").arg(from), params};
}

} // namespace

OrderListRepository::Sql OrderListRepository::countSql(const OrderListQuery& query, qint64 cap) const
{
    const Filters f = filtersOf(query);
    // Only a search: every order has exactly one search-index row (OrderRepository keeps them in
    // step, the database check verifies it), so the hits are the orders and no statement runs.
    if (!f.match.isEmpty() && f.conditions.isEmpty())
        return {};
    if (f.match.isEmpty() && f.conditions.size() == 1 && !f.riskLevels.isEmpty()) {
        // Only the early warning's levels: their orders are counted in its index alone.
        const QString from = QStringLiteral("FROM order_risks r WHERE %1").arg(f.riskLevels);
        if (cap > 0)
            return {QStringLiteral("SELECT count(*) FROM (SELECT 1 %1 LIMIT %2)").arg(from).arg(cap + 1),
                    f.riskParams};
        return {QStringLiteral("SELECT count(*) %1").arg(from), f.riskParams};
    }
    if (auto delivered = deliveredCountSql(query, cap))
        return *delivered;
    QVariantList params;
    const bool manyHits = !f.match.isEmpty() && m_hits->set.size() >= PagePlan::ManySearchHits;
    const QString where = whereClause(query, manyHits, &params);
    if (cap > 0)
        return {QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM orders o%1 LIMIT %2)")
                    .arg(where)
                    .arg(cap + 1),
                params};
    return {QStringLiteral("SELECT count(*) FROM orders o%1").arg(where), params};
}

std::optional<OrderListRepository::Sql> OrderListRepository::searchSql(const OrderListQuery& query) const
{
    const Filters f = filtersOf(query);
    if (f.match.isEmpty())
        return std::nullopt;
    return Sql{QString::fromLatin1(SearchHitSet::GatherSql), {f.match}};
}

qint64 OrderListRepository::dataVersion()
{
    // Changes by this connection (total_changes) or by any other (data_version).
    sqlite3* handle = m_db.handle();
    if (!handle)
        return -1;
    qint64 version = -1;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(handle, "PRAGMA data_version", -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
        version = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return version < 0 ? -1 : (version << 32) ^ sqlite3_total_changes64(handle);
}

OrderListRepository::Memo& OrderListRepository::memoFor(const OrderListQuery& query)
{
    const qint64 version = dataVersion();
    if (version < 0 || version != m_memo.dataVersion || !(m_memo.query == query)) {
        m_memo = Memo();
        m_memo.query = query;
        m_memo.dataVersion = version;
    }
    return m_memo;
}

Status OrderListRepository::gatherSearchHits(const OrderListQuery& query)
{
    Memo& memo = memoFor(query);
    if (memo.hitsGathered)
        return {};
    const auto search = searchSql(query);
    if (!search)
        return {};
    if (auto ok = m_hits->set.gather(m_db.handle(), search->params.value(0).toString()); !ok)
        return ok;
    if (!m_hits->installed) {
        if (!m_hits->set.install(m_db.handle(), m_hits->function))
            return std::unexpected(
                Database::storageError(QStringLiteral("search orders"),
                                       QString::fromUtf8(SqliteStatement::errorText(m_db.handle()))));
        m_hits->installed = true;
    }
    memo.hitsGathered = true;
    memo.searchHits = m_hits->set.size();
    return {};
}

Result<qint64> OrderListRepository::count(const OrderListQuery& query, qint64 cap)
{
    if (auto ok = gatherSearchHits(query); !ok)
        return std::unexpected(ok.error());
    const Sql s = countSql(query, cap);
    if (s.text.isEmpty()) {
        // A search alone: its hits are the count.
        const qint64 hits = memoFor(query).searchHits;
        if (cap == 0)
            memoFor(query).rows = hits;
        return cap > 0 ? std::min(hits, cap + 1) : hits;
    }
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(s.text);
    for (const QVariant& p : s.params)
        q.addBindValue(p);
    if (auto ok = sqlv::exec(q, QStringLiteral("count orders")); !ok)
        return std::unexpected(ok.error());
    q.next();
    const qint64 n = q.value(0).toLongLong();
    if (cap == 0)
        memoFor(query).rows = n;
    return n;
}

Result<OrderListRepository::PagePlan> OrderListRepository::planPage(const OrderListQuery& query,
                                                                    qint64 offset, int limit)
{
    PagePlan plan;
    plan.offset = offset;
    plan.limit = limit;
    if (!filtersOf(query).match.isEmpty()) {
        plan.searched = !memoFor(query).hitsGathered;
        if (auto ok = gatherSearchHits(query); !ok)
            return std::unexpected(ok.error());
        plan.manySearchHits = memoFor(query).searchHits >= PagePlan::ManySearchHits;
    }
    if (offset >= PagePlan::DeepOffset) {
        qint64 total = memoFor(query).rows;
        if (total < 0) {
            auto counted = count(query, 0);
            if (!counted)
                return std::unexpected(counted.error());
            total = *counted;
            plan.countedRows = true;
        }
        const qint64 end = std::min(offset + limit, total);
        if (end <= offset) {
            plan.limit = 0; // past the end
        } else if (total - end < offset) {
            plan.fromEnd = true;
            plan.offset = total - end;
            plan.limit = int(end - offset);
        }
    }
    return plan;
}

Result<QList<OrderListRow>> OrderListRepository::page(const OrderListQuery& query, qint64 offset, int limit)
{
    auto plan = planPage(query, offset, limit);
    if (!plan)
        return std::unexpected(plan.error());
    QList<OrderListRow> rows;
    if (plan->limit <= 0)
        return rows;
    const Sql s = pageSql(query, *plan);
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(s.text);
    for (const QVariant& p : s.params)
        q.addBindValue(p);
    if (auto ok = sqlv::exec(q, QStringLiteral("list orders")); !ok)
        return std::unexpected(ok.error());
    rows.reserve(plan->limit);
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
    if (plan->fromEnd)
        std::reverse(rows.begin(), rows.end());
    if (auto ok = addRisks(rows); !ok)
        return std::unexpected(ok.error());
    return rows;
}

Status OrderListRepository::addRisks(QList<OrderListRow>& rows)
{
    // The early warning of the page's rows, each a primary-key look-up: the page's own statement
    // (and its plan) stays as it is.
    if (rows.isEmpty())
        return {};
    QStringList ids;
    QHash<qint64, qsizetype> at;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        // Only open orders not yet shipped are assessed: a page of closed ones asks nothing.
        if (rows[i].status != OrderStatus::OnHold && !RiskRules::applies(rows[i].status, std::nullopt))
            continue;
        ids << QString::number(rows[i].id);
        at.insert(rows[i].id, i);
    }
    if (ids.isEmpty())
        return {};
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.order_id, r.level, r.reasons FROM order_risks r "
                             "WHERE r.order_id IN (SELECT value FROM json_each(?))"));
    q.addBindValue(QString(QLatin1Char('[') + ids.join(u',') + QLatin1Char(']')));
    if (auto ok = sqlv::exec(q, QStringLiteral("read the orders' risk")); !ok)
        return ok;
    while (q.next()) {
        const auto i = at.constFind(q.value(0).toLongLong());
        if (i == at.cend())
            continue;
        OrderListRow& r = rows[*i];
        r.risk = RiskLevelInfo::fromKey(q.value(1).toString());
        const QList<RiskReason> reasons = RiskReason::listFromText(q.value(2).toString());
        if (!reasons.isEmpty()) {
            r.riskReason = reasons.first().text();
            r.riskAction = reasons.first().actionText();
        }
    }
    return {};
}

} // namespace od
