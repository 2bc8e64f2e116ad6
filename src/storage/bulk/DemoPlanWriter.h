#pragma once

#include "Database.h"
#include "DateAcceptance.h"
#include "OrderPlan.h"
#include "OrderStatus.h"
#include "Quantity.h"

#include <QDate>
#include <QList>
#include <QSqlQuery>

#include <optional>

namespace od {

// An order of a demo company that is planned or in production, with what planning it needs.
struct DemoOpenOrder
{
    struct Line
    {
        int lineNo = 0;
        qint64 productId = 0;
        Quantity quantity;
        QDate requestedDate;
    };
    qint64 id = 0;
    QString orderNo;
    OrderStatus status = OrderStatus::Planned;
    int revision = 1;
    qint64 salespersonId = 0;
    QDate orderDate;
    QDate requestedDate;
    QDate promisedDate;
    QDate productionStart; // in production: the day it went into production
    QList<Line> lines;
};

// Writes the committed plans of a freshly generated demo company in its caller's transaction:
// the newest planned and in-production orders read in a few statements, then every plan, step,
// day of hours and accepted date through statements prepared once and reused, and the work
// centres' load summed from the plans in one statement at the end.
class DemoPlanWriter
{
public:
    explicit DemoPlanWriter(Database& db) : m_db(db) {}

    // The `limit` newest orders (by order date) that are planned or in production, with lines.
    Result<QList<DemoOpenOrder>> newestOpenOrders(int limit);
    // Inserts a committed plan with its steps and their hours per day; the load is not touched
    // (see finish()).
    Result<qint64> insertPlan(const OrderPlan& plan);
    Status setPromisedDate(qint64 orderId, const QDate& promised);
    Result<qint64> insertAcceptance(const DateAcceptance& acceptance);
    // The work centres' load recomputed from the committed plans.
    Status finish();

private:
    Database& m_db;
    std::optional<QSqlQuery> m_plan;
    std::optional<QSqlQuery> m_step;
    std::optional<QSqlQuery> m_day;
    std::optional<QSqlQuery> m_promise;
};

} // namespace od
