#pragma once

#include "Database.h"
#include "Money.h"
#include "OrderListQuery.h"

#include <QList>

namespace od {

struct OrderListRow
{
    qint64 id = 0;
    QString orderNo;
    QString customerName;
    QString salespersonName;
    OrderStatus status = OrderStatus::Draft;
    QDate orderDate;
    QDate requestedDate;
    QDate promisedDate;
    Money total;
    QString currency;
    int revision = 1;
};

// The SQL behind the Orders list: a page of rows for any filter and sort, and counts. Every
// sortable column has an index, so a page costs the same at row 0 and far down the list.
class OrderListRepository
{
public:
    explicit OrderListRepository(Database& db) : m_db(db) {}

    // Exact count when cap is 0; otherwise counts at most `cap` + 1 rows, so a caller can say
    // "100,000+" without walking a million rows.
    Result<qint64> count(const OrderListQuery& query, qint64 cap = 0);
    Result<QList<OrderListRow>> page(const OrderListQuery& query, qint64 offset, int limit);

    // The SELECT page() runs, with its parameters, for the benchmark's bare-SQLite side.
    struct Sql
    {
        QString text;
        QVariantList params;
    };
    static Sql pageSql(const OrderListQuery& query, qint64 offset, int limit);
    static Sql countSql(const OrderListQuery& query, qint64 cap);

private:
    Database& m_db;
};

} // namespace od
