#include "DashboardBenchmarks.h"

#include "BenchBook.h"

#include "DashboardService.h"
#include "Database.h"
#include "Timing.h"

#include <QSqlQuery>

namespace od::bench {

QList<BenchResult> DashboardBenchmarks::run(QString* error)
{
    auto book = BenchBook::open(m_path, error);
    if (!book)
        return {};
    std::unique_ptr<Database>* db = &book->db;
    const QList<User>* users = &book->users;
    QSqlQuery q((*db)->sql());
    const QDate today = book->dayAfterLastOrder();
    qint64 busiest = 0;
    if (q.exec(QStringLiteral("SELECT salesperson_id FROM orders INDEXED BY orders_salesperson "
                              "GROUP BY salesperson_id ORDER BY count(*) DESC LIMIT 1")) &&
        q.next())
        busiest = q.value(0).toLongLong();
    std::optional<User> manager, salesperson;
    for (const User& u : *users) {
        if (u.active && u.role == Role::Manager && !manager)
            manager = u;
        if (u.id == busiest && u.role == Role::Salesperson)
            salesperson = u;
    }
    if (!manager || !salesperson || !today.isValid()) {
        *error = QStringLiteral("the database needs orders, a manager and a salesperson with orders");
        return {};
    }

    const QDate month = today.addDays(-1); // the month of the last order
    QList<BenchResult> out;
    // The customer with the most orders: the heaviest of the customer filters.
    qint64 biggestCustomer = 0;
    if (q.exec(QStringLiteral("SELECT customer_id FROM orders INDEXED BY orders_customer "
                              "GROUP BY customer_id ORDER BY count(*) DESC LIMIT 1")) &&
        q.next())
        biggestCustomer = q.value(0).toLongLong();
    auto measure = [&](const User& user, qint64 narrowedTo, const QString& name, qint64 customerId = 0) {
        Session session(**db, user);
        session.setToday(today);
        DashboardFigures shown;
        BenchResult r;
        r.name = name;
        r.budgetMs = DashboardBudgetMs;
        r.medianMs = medianMs(m_runs, [&] {
            auto f = DashboardService(session).figures(DashboardFilter{month, narrowedTo, customerId});
            if (f)
                shown = *f;
            return f.has_value();
        });
        r.note =
            QStringLiteral(
                "DashboardService::figures as %1 on %2 for the last order's month: %3 orders, backlog %4, %5 "
                "shipped in 90 days, %6 late, %7 load rows")
                .arg(user.name, today.toString(Qt::ISODate))
                .arg(shown.thisMonth.orders)
                .arg(shown.backlogOrders)
                .arg(shown.shipped)
                .arg(shown.lateOrders)
                .arg(shown.load.size());
        out << r;
    };
    measure(*manager, 0, QStringLiteral("Dashboard, every figure and chart (manager)"));
    measure(*manager, salesperson->id, QStringLiteral("Dashboard narrowed to one salesperson (manager)"));
    measure(*salesperson, 0, QStringLiteral("Dashboard of a salesperson's own orders"));
    measure(*manager, 0, QStringLiteral("Dashboard narrowed to the biggest customer (manager)"),
            biggestCustomer);
    return out;
}

} // namespace od::bench
