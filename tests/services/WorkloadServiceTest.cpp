#include "WorkloadService.h"
#include "PlanningFixture.h"

#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace od;

// Each salesperson's workload on orders made by hand, whose counts and values are known.

namespace {

class Workload : public test::PlanningFixture
{
protected:
    qint64 order(const QString& no, const QString& status, qint64 totalMinor, qint64 salesperson,
                 const QString& currency = QStringLiteral("CNY"))
    {
        QSqlQuery q(t.db().sql());
        q.prepare(QStringLiteral(
            "INSERT INTO orders (order_no, customer_id, salesperson_id, customer_name, salesperson_name, "
            "status, order_date, currency, subtotal, total, created_at, updated_at) "
            "VALUES (?, ?, ?, '宁波港信阀门有限公司', '', ?, '2026-03-02', ?, ?, ?, '2026-01-01T00:00:00Z', "
            "'2026-01-01T00:00:00Z')"));
        q.addBindValue(no);
        q.addBindValue(customer);
        q.addBindValue(salesperson);
        q.addBindValue(status);
        q.addBindValue(currency);
        q.addBindValue(totalMinor);
        q.addBindValue(totalMinor);
        EXPECT_TRUE(q.exec()) << q.lastError().text().toStdString();
        return q.lastInsertId().toLongLong();
    }

    void risk(qint64 orderId, const QString& level)
    {
        QSqlQuery q(t.db().sql());
        q.prepare(QStringLiteral("INSERT INTO order_risks (order_id, level, computed_at, level_since) "
                                 "VALUES (?, ?, '2026-03-02T00:00:00Z', '2026-03-02T00:00:00Z')"));
        q.addBindValue(orderId);
        q.addBindValue(level);
        EXPECT_TRUE(q.exec()) << q.lastError().text().toStdString();
    }
};

TEST_F(Workload, CountsEachSalespersonsOpenOrdersValueAndLateOrders)
{
    const qint64 wang = t.salespersonId, li = t.managerId;
    const qint64 a = order(QStringLiteral("SO-1"), QStringLiteral("confirmed"), 100'00, wang);
    order(QStringLiteral("SO-2"), QStringLiteral("in_production"), 250'50, wang);
    order(QStringLiteral("SO-3"), QStringLiteral("ready_to_ship"), 9'00, wang, QStringLiteral("USD"));
    order(QStringLiteral("SO-4"), QStringLiteral("completed"), 7777'00, wang); // not open
    order(QStringLiteral("SO-5"), QStringLiteral("draft"), 1'00, wang);        // not yet confirmed
    const qint64 b = order(QStringLiteral("SO-6"), QStringLiteral("planned"), 40'00, li);
    risk(a, QStringLiteral("late"));
    risk(b, QStringLiteral("at_risk"));

    t.actAs(t.managerId);
    auto report = WorkloadService(t.session()).report();
    ASSERT_TRUE(report.has_value()) << report.error().message.toStdString();
    EXPECT_EQ(report->currency, QStringLiteral("CNY"));
    const SalespersonWorkload* w = nullptr;
    const SalespersonWorkload* m = nullptr;
    for (const SalespersonWorkload& s : report->salespeople) {
        if (s.salespersonId == wang)
            w = &s;
        if (s.salespersonId == li)
            m = &s;
    }
    ASSERT_NE(w, nullptr);
    EXPECT_EQ(w->openOrders, 3);
    EXPECT_EQ(w->openValue, Money::fromMinor(350'50)); // the USD order counted, not valued
    EXPECT_EQ(w->lateOrders, 1);
    EXPECT_EQ(w->atRiskOrders, 0);
    // The manager carries an order, so is listed beside the salespeople.
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->openOrders, 1);
    EXPECT_EQ(m->atRiskOrders, 1);
    // Least loaded first: the manager's one order before wang's three.
    EXPECT_EQ(report->salespeople.front().salespersonId, li);
}

TEST_F(Workload, OnlyManagementMaySeeIt)
{
    t.actAs(t.financeId);
    auto refused = WorkloadService(t.session()).report();
    ASSERT_FALSE(refused.has_value());
    EXPECT_FALSE(refused.error().message.isEmpty());
    t.actAs(t.adminId);
    EXPECT_TRUE(WorkloadService(t.session()).report().has_value());
}

} // namespace
