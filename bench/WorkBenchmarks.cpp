#include "WorkBenchmarks.h"

#include "BenchBook.h"

#include "Database.h"
#include "ExceptionService.h"
#include "MyWorkService.h"
#include "ShipmentService.h"
#include "Timing.h"

#include <QSqlQuery>

namespace od::bench {

namespace {

// The active user of `role` with the most orders (the busiest salesperson), else the first.
std::optional<User> busiest(Database& db, const QList<User>& users, Role role)
{
    QSqlQuery q(db.sql());
    q.exec(
        QStringLiteral("SELECT salesperson_id FROM orders GROUP BY salesperson_id ORDER BY count(*) DESC"));
    while (q.next())
        for (const User& u : users)
            if (u.active && u.role == role && u.id == q.value(0).toLongLong())
                return u;
    for (const User& u : users)
        if (u.active && u.role == role)
            return u;
    return std::nullopt;
}

} // namespace

QList<BenchResult> WorkBenchmarks::run(QString* error)
{
    auto book = BenchBook::open(m_path, error);
    if (!book)
        return {};
    std::unique_ptr<Database>* db = &book->db;
    const QList<User>* users = &book->users;
    QList<BenchResult> out;
    const QList<std::pair<Role, QString>> roles{
        {Role::Salesperson, QStringLiteral("a salesperson")},
        {Role::Manager, QStringLiteral("a manager")},
        {Role::FinanceClerk, QStringLiteral("the finance clerk")},
        {Role::LogisticsClerk, QStringLiteral("the logistics clerk")}};
    for (const auto& [role, who] : roles) {
        const std::optional<User> user = busiest(**db, *users, role);
        if (!user) {
            *error =
                QStringLiteral("the database has no active user with the role %1").arg(RoleInfo::key(role));
            return {};
        }
        Session session(**db, *user);
        qsizetype items = 0;
        BenchResult r;
        r.name = QStringLiteral("My work for %1").arg(who);
        r.budgetMs = MyWorkBudgetMs;
        r.medianMs = medianMs(m_runs, [&] {
            auto listed = MyWorkService(session).items();
            items = listed ? listed->size() : 0;
            return listed.has_value();
        });
        r.note = QStringLiteral("MyWorkService::items as %1: %2 items").arg(user->name).arg(items);
        out << r;
    }

    const std::optional<User> manager = busiest(**db, *users, Role::Manager);
    Session session(**db, *manager);
    qsizetype rows = 0;
    BenchResult exceptions;
    exceptions.name = QStringLiteral("Exceptions page, open exceptions");
    exceptions.budgetMs = ExceptionsBudgetMs;
    exceptions.medianMs = medianMs(m_runs, [&] {
        auto listed = ExceptionService(session).list(ExceptionFilter{});
        rows = listed ? listed->size() : 0;
        return listed.has_value();
    });
    exceptions.note = QStringLiteral("ExceptionService::list as the page opens it: %1 rows").arg(rows);
    out << exceptions;

    // The Shipments page as the logistics clerk opens it (a manager where a company has none).
    std::optional<User> shipper = busiest(**db, *users, Role::LogisticsClerk);
    if (!shipper)
        shipper = manager;
    Session logistics(**db, *shipper);
    qsizetype ready = 0, transit = 0;
    BenchResult shipments;
    shipments.name = QStringLiteral("Shipments page, ready to ship and in transit");
    shipments.budgetMs = ShipmentsBudgetMs;
    shipments.medianMs = medianMs(m_runs, [&] {
        ShipmentService service(logistics);
        auto readyList = service.readyToShip(500);
        auto transitList = service.inTransit(500);
        ready = readyList ? readyList->size() : 0;
        transit = transitList ? transitList->size() : 0;
        return readyList.has_value() && transitList.has_value();
    });
    shipments.note =
        QStringLiteral("ShipmentService::readyToShip and inTransit (500 each) as %1: %2 ready, %3 "
                       "in transit")
            .arg(shipper->name)
            .arg(ready)
            .arg(transit);
    out << shipments;
    return out;
}

} // namespace od::bench
