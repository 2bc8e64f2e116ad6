#include "DashboardService.h"
#include "DatabaseCheckService.h"
#include "OrderQueryService.h"
#include "PlanningFixture.h"
#include "RiskService.h"

#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace od;

// The dashboard's figures on a history made by hand, whose counts, sums and on-time share are
// known; and who sees which figures.

namespace {

class Dashboard : public test::PlanningFixture
{
protected:
    // An order row as any writer stores it (the import, the demo loader): the triggers keep the
    // dashboard's summaries whoever writes.
    qint64 order(const QString& no, const QString& status, QDate orderDate, qint64 totalMinor,
                 qint64 salesperson, QDate promised = {}, const QString& currency = QStringLiteral("CNY"),
                 qint64 customerId = 0)
    {
        QSqlQuery q(t.db().sql());
        q.prepare(QStringLiteral(
            "INSERT INTO orders (order_no, customer_id, salesperson_id, customer_name, salesperson_name, "
            "status, "
            "order_date, promised_date, currency, subtotal, total, created_at, updated_at) "
            "VALUES (?, ?, ?, '宁波港信阀门有限公司', '', ?, ?, ?, ?, ?, ?, '2026-01-01T00:00:00Z', "
            "'2026-01-01T00:00:00Z')"));
        q.addBindValue(no);
        q.addBindValue(customerId > 0 ? customerId : customer);
        q.addBindValue(salesperson);
        q.addBindValue(status);
        q.addBindValue(orderDate.toString(Qt::ISODate));
        q.addBindValue(promised.isValid() ? QVariant(promised.toString(Qt::ISODate)) : QVariant());
        q.addBindValue(currency);
        q.addBindValue(totalMinor);
        q.addBindValue(totalMinor);
        EXPECT_TRUE(q.exec()) << q.lastError().text().toStdString();
        return q.lastInsertId().toLongLong();
    }

    // The timeline event of the order's status changing to shipped at `at` (UTC).
    void shipped(qint64 orderId, const QDateTime& at)
    {
        QSqlQuery q(t.db().sql());
        q.prepare(
            QStringLiteral("INSERT INTO order_events (order_id, at, kind, revision, data) VALUES (?, ?, "
                           "'status_changed', 1, '{\"from\":\"ready_to_ship\",\"to\":\"shipped\"}')"));
        q.addBindValue(orderId);
        q.addBindValue(at.toString(Qt::ISODate));
        EXPECT_TRUE(q.exec()) << q.lastError().text().toStdString();
    }

    void exec(const QString& sql)
    {
        QSqlQuery q(t.db().sql());
        EXPECT_TRUE(q.exec(sql)) << q.lastError().text().toStdString();
    }

    DashboardFigures figures(qint64 salesperson = 0, QDate month = {})
    {
        auto f = DashboardService(t.session()).figures(DashboardFilter{month, salesperson});
        EXPECT_TRUE(f.has_value()) << (f ? "" : f.error().message.toStdString());
        return f.value_or(DashboardFigures{});
    }

    qint64 listed(const OrderListQuery& query)
    {
        return OrderQueryService(t.session()).count(query).value_or(-1);
    }

    QStringList dashboardProblems()
    {
        QStringList out;
        auto problems = DatabaseCheckService(t.session()).run();
        EXPECT_TRUE(problems.has_value());
        for (const DatabaseProblem& p : problems.value_or(QList<DatabaseProblem>()))
            if (p.check == QLatin1String("dashboard_summary"))
                out << p.message;
        return out;
    }

    // Today is 2026-06-01: June is this month, May the last, June 2025 the same month a year ago.
    void history()
    {
        const qint64 wang = t.salespersonId, li = t.managerId;
        // June 2026: A and B taken, F taken in dollars; a draft, one awaiting the customer and a
        // cancelled order are not intake.
        order(QStringLiteral("A"), QStringLiteral("confirmed"), QDate(2026, 6, 1), 100'000, wang);
        order(QStringLiteral("B"), QStringLiteral("completed"), QDate(2026, 6, 1), 200'000, li);
        order(QStringLiteral("F"), QStringLiteral("confirmed"), QDate(2026, 6, 1), 10'000, wang, {},
              QStringLiteral("USD"));
        order(QStringLiteral("C"), QStringLiteral("draft"), QDate(2026, 6, 1), 50'000, wang);
        order(QStringLiteral("D"), QStringLiteral("cancelled"), QDate(2026, 6, 1), 70'000, wang);
        order(QStringLiteral("E"), QStringLiteral("awaiting_confirmation"), QDate(2026, 6, 1), 30'000, wang);
        // May 2026: G shipped before its promise, K after it; H in production and past its promise.
        const qint64 g = order(QStringLiteral("G"), QStringLiteral("shipped"), QDate(2026, 5, 2), 40'000,
                               wang, {2026, 5, 30});
        const qint64 k = order(QStringLiteral("K"), QStringLiteral("completed"), QDate(2026, 5, 3), 25'000,
                               li, {2026, 5, 15});
        order(QStringLiteral("H"), QStringLiteral("in_production"), QDate(2026, 5, 4), 60'000, wang,
              {2026, 5, 25});
        shipped(g, QDateTime(QDate(2026, 5, 28), QTime(9, 0), Qt::UTC));
        shipped(k, QDateTime(QDate(2026, 5, 20), QTime(9, 0), Qt::UTC));
        shipped(k, QDateTime(QDate(2026, 5, 22), QTime(9, 0), Qt::UTC)); // again: the first one counts
        // April: J shipped with no promise (out of the rate); June 2025: I, shipped a year ago.
        const qint64 j =
            order(QStringLiteral("J"), QStringLiteral("delivered"), QDate(2026, 3, 20), 5'000, li);
        shipped(j, QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC));
        const qint64 i = order(QStringLiteral("I"), QStringLiteral("completed"), QDate(2025, 6, 10), 90'000,
                               li, {2025, 6, 30});
        shipped(i, QDateTime(QDate(2025, 6, 20), QTime(9, 0), Qt::UTC));
    }
};

} // namespace

TEST_F(Dashboard, FiguresOfAHandMadeHistory)
{
    history();
    // The rows were written behind the services' back: the early warning's morning run rates them.
    ASSERT_TRUE(RiskService(t.session()).recomputeAll().has_value());
    const DashboardFigures f = figures();
    EXPECT_EQ(f.month, QDate(2026, 6, 1));
    EXPECT_EQ(f.currency, QStringLiteral("CNY"));
    EXPECT_EQ(f.thisMonth.orders, 3); // A, B and the dollar order F
    EXPECT_EQ(f.thisMonth.value, Money::fromMinor(300'000));
    EXPECT_EQ(f.otherCurrencyOrders, 1);
    EXPECT_EQ(f.lastMonth.orders, 3); // G, K, H
    EXPECT_EQ(f.lastMonth.value, Money::fromMinor(125'000));
    EXPECT_EQ(f.sameMonthLastYear.orders, 1);
    EXPECT_EQ(f.sameMonthLastYear.value, Money::fromMinor(90'000));
    ASSERT_EQ(f.intakeByMonth.size(), 12);
    EXPECT_EQ(f.intakeByMonth.first().month, QDate(2025, 7, 1));
    EXPECT_EQ(f.intakeByMonth.last().orders, 3);
    EXPECT_EQ(f.intakeByMonth.at(8).orders, 1); // March: J

    // Backlog: A and F confirmed, H in production; F counted, valued in dollars elsewhere.
    EXPECT_EQ(f.backlogOrders, 3);
    EXPECT_EQ(f.backlogValue, Money::fromMinor(160'000));
    ASSERT_EQ(f.backlogByStatus.size(), 4);
    EXPECT_EQ(f.backlogByStatus.at(0).status, OrderStatus::Confirmed);
    EXPECT_EQ(f.backlogByStatus.at(0).orders, 2);
    EXPECT_EQ(f.backlogByStatus.at(0).value, Money::fromMinor(100'000));
    EXPECT_EQ(f.backlogByStatus.at(2).orders, 1);

    // On time over 2026-03-04 … 2026-06-01: G on time, K late, J without a promise.
    EXPECT_EQ(f.onTimeFrom, QDate(2026, 3, 4));
    EXPECT_EQ(f.onTimeTo, QDate(2026, 6, 1));
    EXPECT_EQ(f.shipped, 3);
    EXPECT_EQ(f.shippedOnTime, 1);
    EXPECT_EQ(f.shippedWithoutPromise, 1);
    EXPECT_EQ(f.onTimeBasisPoints(), 5000);

    // The early warning: H is past its promise; E was sent in January and never confirmed.
    EXPECT_EQ(f.lateOrders, 1);
    EXPECT_EQ(f.lateValue, Money::fromMinor(60'000));
    EXPECT_EQ(f.atRiskOrders, 1);
    EXPECT_EQ(f.atRiskValue, Money::fromMinor(30'000));
    EXPECT_TRUE(f.receivablesShown);
    EXPECT_TRUE(f.loadShown);

    // The lists behind the figures hold exactly their orders.
    EXPECT_EQ(listed(DashboardService::intakeQuery(f.month, 0)), 3);
    EXPECT_EQ(listed(DashboardService::backlogQuery(std::nullopt, 0)), 3);
    EXPECT_EQ(listed(DashboardService::backlogQuery(OrderStatus::Confirmed, 0)), 2);
    EXPECT_EQ(listed(DashboardService::riskQuery(RiskLevel::Late, 0)), 1);
    EXPECT_EQ(listed(DashboardService::riskQuery(RiskLevel::AtRisk, 0)), 1);
    EXPECT_EQ(listed(DashboardService::riskQuery(RiskLevel::AtRisk, t.managerId)), 0);
    // The on-time share's miss: K, shipped after its promise (J had none, G was on time).
    EXPECT_EQ(listed(DashboardService::shippedLateQuery(f.onTimeFrom, f.onTimeTo, 0)), 1);
    EXPECT_EQ(listed(DashboardService::shippedLateQuery(f.onTimeFrom, f.onTimeTo, t.salespersonId)), 0);

    // A month in the past: May against April and May 2025; on time over the 90 days to May 31.
    const DashboardFigures may = figures(0, QDate(2026, 5, 17));
    EXPECT_EQ(may.thisMonth.orders, 3);
    EXPECT_EQ(may.lastMonth.orders, 0);
    EXPECT_EQ(may.onTimeTo, QDate(2026, 5, 31));
    EXPECT_EQ(may.shipped, 3);
}

TEST_F(Dashboard, TheSummariesFollowEveryChangeAndTheCheckRecountsThem)
{
    history();
    EXPECT_EQ(dashboardProblems(), QStringList());
    // H ships: it leaves the backlog and the late orders; an order entered and confirmed through the
    // services joins May's intake and the backlog.
    exec(QStringLiteral("UPDATE orders SET status = 'ready_to_ship' WHERE order_no = 'H'"));
    exec(QStringLiteral("UPDATE orders SET status = 'shipped' WHERE order_no = 'H'"));
    confirmedOrder(2); // 2 × 1,280.00 + 13 % tax, dated 2026-05-20
    ASSERT_TRUE(RiskService(t.session()).recomputeAll().has_value());
    DashboardFigures f = figures();
    EXPECT_EQ(f.backlogOrders, 3);
    EXPECT_EQ(f.lateOrders, 0);
    EXPECT_EQ(f.lastMonth.orders, 4);
    EXPECT_EQ(f.backlogByStatus.at(0).orders, 3);
    EXPECT_EQ(f.backlogByStatus.at(2).orders, 0);
    // A deleted order and a changed total are taken out of the sums too.
    exec(QStringLiteral("DELETE FROM orders WHERE order_no = 'C'"));
    exec(QStringLiteral("UPDATE orders SET total = 150000 WHERE order_no = 'A'"));
    f = figures();
    EXPECT_EQ(f.thisMonth.value, Money::fromMinor(350'000));
    EXPECT_EQ(dashboardProblems(), QStringList());

    // A summary out of step with the orders is found and named.
    exec(QStringLiteral(
        "UPDATE order_month_totals SET orders = orders + 1 WHERE month = '2026-06' AND status = "
        "'completed'"));
    exec(QStringLiteral(
        "DELETE FROM order_shipments WHERE order_id = (SELECT id FROM orders WHERE order_no = 'G')"));
    const QStringList problems = dashboardProblems();
    ASSERT_EQ(problems.size(), 2);
    EXPECT_TRUE(problems.at(0).contains(QStringLiteral("2026-06"))) << problems.at(0).toStdString();
    EXPECT_TRUE(problems.at(1).contains(QStringLiteral("G"))) << problems.at(1).toStdString();
}

TEST_F(Dashboard, ASalespersonSeesOnlyTheirOwnFigures)
{
    history();
    t.actAs(t.salespersonId);
    // Asking for a colleague's figures gives one's own: A, F (June); G, H (May).
    const DashboardFigures f = figures(t.managerId);
    EXPECT_EQ(f.salespersonId, t.salespersonId);
    EXPECT_EQ(f.thisMonth.orders, 2);
    EXPECT_EQ(f.thisMonth.value, Money::fromMinor(100'000));
    EXPECT_EQ(f.lastMonth.orders, 2);
    EXPECT_EQ(f.sameMonthLastYear.orders, 0);
    EXPECT_EQ(f.backlogOrders, 3);
    EXPECT_EQ(f.shipped, 1); // G
    EXPECT_EQ(f.onTimeBasisPoints(), 10000);
    EXPECT_FALSE(f.receivablesShown);
    EXPECT_FALSE(f.loadShown);

    // A manager narrowing to li sees li's: B (June), K (May), I (June 2025).
    t.actAs(t.managerId);
    const DashboardFigures li = figures(t.managerId);
    EXPECT_EQ(li.thisMonth.orders, 1);
    EXPECT_EQ(li.thisMonth.value, Money::fromMinor(200'000));
    EXPECT_EQ(li.sameMonthLastYear.orders, 1);
    EXPECT_EQ(li.backlogOrders, 0);
    EXPECT_FALSE(li.receivablesShown); // receivables are the whole company's, not a salesperson's

    // Finance has no dashboard.
    t.actAs(t.financeId);
    auto refused = DashboardService(t.session()).figures({});
    ASSERT_FALSE(refused.has_value());
    EXPECT_FALSE(refused.error().message.isEmpty());
}

TEST_F(Dashboard, NarrowedToOneCustomerTheFiguresAreThatCustomersOrdersOnly)
{
    history(); // every order of the history is the first customer's
    const qint64 other = t.addCustomer(QStringLiteral("C900"), QStringLiteral("上海申达泵业有限公司"));
    const qint64 wang = t.salespersonId;
    order(QStringLiteral("X1"), QStringLiteral("confirmed"), QDate(2026, 6, 1), 7'000, wang, {},
          QStringLiteral("CNY"), other);
    const qint64 x2 = order(QStringLiteral("X2"), QStringLiteral("shipped"), QDate(2026, 5, 5), 3'000, wang,
                            {2026, 5, 20}, QStringLiteral("CNY"), other);
    shipped(x2, QDateTime(QDate(2026, 5, 25), QTime(9, 0), Qt::UTC)); // after its promise
    order(QStringLiteral("X3"), QStringLiteral("in_production"), QDate(2026, 4, 2), 11'000, wang,
          {2026, 5, 1}, QStringLiteral("CNY"), other);
    ASSERT_TRUE(RiskService(t.session()).recomputeAll().has_value());

    auto narrowed = DashboardService(t.session()).figures(DashboardFilter{{}, 0, other});
    ASSERT_TRUE(narrowed.has_value()) << narrowed.error().message.toStdString();
    const DashboardFigures& f = *narrowed;
    EXPECT_EQ(f.customerName, QStringLiteral("上海申达泵业有限公司"));
    EXPECT_EQ(f.thisMonth.orders, 1);
    EXPECT_EQ(f.thisMonth.value, Money::fromMinor(7'000));
    EXPECT_EQ(f.lastMonth.orders, 1);
    EXPECT_EQ(f.sameMonthLastYear.orders, 0);
    EXPECT_EQ(f.intakeByMonth.at(9).orders, 1); // April: X3
    EXPECT_EQ(f.backlogOrders, 2);              // X1 confirmed, X3 in production
    EXPECT_EQ(f.backlogValue, Money::fromMinor(18'000));
    EXPECT_EQ(f.shipped, 1);
    EXPECT_EQ(f.shippedOnTime, 0);
    EXPECT_EQ(f.onTimeBasisPoints(), 0);
    EXPECT_EQ(f.lateOrders, 1); // X3, past its promise
    EXPECT_EQ(f.lateValue, Money::fromMinor(11'000));
    EXPECT_EQ(f.atRiskOrders, 0);
    EXPECT_EQ(f.receivablesOutstanding, Money()); // nothing invoiced to it

    // Everyone's figures still count the customer's orders with the others'.
    const DashboardFigures all = figures();
    EXPECT_EQ(all.thisMonth.orders, 4);
    EXPECT_EQ(all.backlogOrders, 5);
    // And narrowed to a salesperson too: the manager has none of this customer's orders.
    auto none = DashboardService(t.session()).figures(DashboardFilter{{}, t.managerId, other});
    ASSERT_TRUE(none.has_value());
    EXPECT_EQ(none->thisMonth.orders, 0);
    EXPECT_EQ(none->backlogOrders, 0);
    EXPECT_FALSE(DashboardService(t.session()).figures(DashboardFilter{{}, 0, 999'999}).has_value());
}

TEST_F(Dashboard, OnTimeMonthByMonthAndTheCustomersWithTheMostIntake)
{
    history();
    const qint64 other = t.addCustomer(QStringLiteral("C900"), QStringLiteral("上海申达泵业有限公司"));
    const qint64 x = order(QStringLiteral("X1"), QStringLiteral("shipped"), QDate(2026, 5, 5), 3'000,
                           t.salespersonId, {2026, 5, 20}, QStringLiteral("CNY"), other);
    shipped(x, QDateTime(QDate(2026, 5, 25), QTime(9, 0), Qt::UTC)); // after its promise
    const DashboardFigures f = figures();
    // July 2025 … June 2026: May has G on time, K and X1 late; April J without a promise.
    ASSERT_EQ(f.onTimeByMonth.size(), 12);
    EXPECT_EQ(f.onTimeByMonth.first().month, QDate(2025, 7, 1));
    const MonthOnTime& may = f.onTimeByMonth.at(10);
    EXPECT_EQ(may.month, QDate(2026, 5, 1));
    EXPECT_EQ(may.shipped, 3);
    EXPECT_EQ(may.onTime, 1);
    EXPECT_EQ(may.withoutPromise, 0);
    EXPECT_EQ(may.basisPoints(), 3333);
    const MonthOnTime& april = f.onTimeByMonth.at(9);
    EXPECT_EQ(april.shipped, 1);
    EXPECT_EQ(april.withoutPromise, 1);
    EXPECT_EQ(april.basisPoints(), std::nullopt);
    EXPECT_EQ(f.onTimeByMonth.at(11).shipped, 0);
    // The bar's drill-down: May's late shipments, K and X1.
    EXPECT_EQ(listed(DashboardService::shippedLateQuery(QDate(2026, 5, 1), QDate(2026, 5, 31), 0)), 2);

    // Intake over those 12 months: the first customer's A, B, G, K, H, J (the dollar order F counted,
    // not valued; I is June 2025), then C900's X1.
    ASSERT_EQ(f.topByValue.size(), 2);
    EXPECT_EQ(f.topByValue.at(0).customerId, customer);
    EXPECT_EQ(f.topByValue.at(0).orders, 7);
    EXPECT_EQ(f.topByValue.at(0).amount, Money::fromMinor(430'000));
    EXPECT_EQ(f.topByValue.at(1).code, QStringLiteral("C900"));
    EXPECT_EQ(f.topByValue.at(1).amount, Money::fromMinor(3'000));
    EXPECT_EQ(listed(DashboardService::customerIntakeQuery(other, f.onTimeByMonth.first().month, f.month, 0)),
              1);
    EXPECT_EQ(listed(DashboardService::customerIntakeQuery(customer, QDate(2025, 7, 1), f.month, 0)), 7);

    // Narrowed to wang: May has G on time and X1 late; his customers' intake only.
    const DashboardFigures wang = figures(t.salespersonId);
    EXPECT_EQ(wang.onTimeByMonth.at(10).shipped, 2);
    EXPECT_EQ(wang.onTimeByMonth.at(10).onTime, 1);
    ASSERT_EQ(wang.topByValue.size(), 2);
    EXPECT_EQ(wang.topByValue.at(0).amount, Money::fromMinor(200'000)); // A and G and H
    EXPECT_TRUE(wang.topByOverdue.isEmpty());

    // Narrowed to C900: its own months, no ranking of one customer.
    auto narrowed = DashboardService(t.session()).figures(DashboardFilter{{}, 0, other});
    ASSERT_TRUE(narrowed.has_value());
    EXPECT_EQ(narrowed->onTimeByMonth.at(10).shipped, 1);
    EXPECT_EQ(narrowed->onTimeByMonth.at(10).onTime, 0);
    EXPECT_TRUE(narrowed->topByValue.isEmpty());
}

TEST_F(Dashboard, TheMonthSummariesFollowChangesAndTheCheckFindsThemOutOfStep)
{
    history();
    // A change of salesperson, of customer and of total, a deleted order: the summaries follow.
    const qint64 other = t.addCustomer(QStringLiteral("C900"), QStringLiteral("上海申达泵业有限公司"));
    exec(QStringLiteral("UPDATE orders SET salesperson_id = %1 WHERE order_no = 'G'").arg(t.managerId));
    exec(QStringLiteral("UPDATE orders SET customer_id = %1, total = 1 WHERE order_no = 'A'").arg(other));
    exec(QStringLiteral("DELETE FROM orders WHERE order_no = 'K'"));
    EXPECT_EQ(dashboardProblems(), QStringList());
    const DashboardFigures f = figures();
    EXPECT_EQ(f.onTimeByMonth.at(10).shipped, 1); // G alone is left in May
    EXPECT_EQ(figures(t.managerId).onTimeByMonth.at(10).onTime, 1);
    ASSERT_EQ(f.topByValue.size(), 2);
    EXPECT_EQ(f.topByValue.at(1).amount, Money::fromMinor(1));

    exec(QStringLiteral("UPDATE shipment_month_totals SET on_time = on_time + 1 WHERE month = '2026-05'"));
    exec(QStringLiteral("UPDATE customer_month_totals SET total = total + 1 WHERE month = '2026-06' "
                        "AND status = 'completed'"));
    const QStringList problems = dashboardProblems();
    ASSERT_EQ(problems.size(), 2);
    EXPECT_TRUE(problems.at(0).contains(QStringLiteral("2026-05"))) << problems.at(0).toStdString();
    EXPECT_TRUE(problems.at(1).contains(QStringLiteral("2026-06"))) << problems.at(1).toStdString();
}
