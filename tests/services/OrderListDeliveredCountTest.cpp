// The Orders list narrowed to the orders delivered in a period (the on-time report's drill-down)
// counts them in the report's own delivery rows when nothing else narrows it but a customer or a
// salesperson: the same number as counting the orders, read from an index of order_deliveries.
#include "OrderListRepository.h"
#include "TestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace od;

namespace {

void exec(Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    ASSERT_TRUE(q.exec(sql)) << sql.toStdString() << " " << q.lastError().text().toStdString();
}

QString plan(Database& db, const OrderListRepository::Sql& sql)
{
    QSqlQuery q(db.sql());
    EXPECT_TRUE(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql.text)) << sql.text.toStdString();
    for (const QVariant& p : sql.params)
        q.addBindValue(p);
    EXPECT_TRUE(q.exec()) << q.lastError().text().toStdString();
    QStringList rows;
    while (q.next())
        rows << q.value(3).toString();
    return rows.join(QStringLiteral("; "));
}

class OrderListDeliveredCount : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_c1 = t.addCustomer(QStringLiteral("C1"), QStringLiteral("宁波港信"));
        m_c2 = t.addCustomer(QStringLiteral("C2"), QStringLiteral("华东机械"));
        const QString at = QStringLiteral("'2026-01-01T00:00:00Z'");
        // 1: C1, wang, signed for May 14. 2: C2, wang, completed, first shipped May 9 (no receipt).
        // 3: C1, wang, shipped only. 4: C2, the manager's, signed for May 20. 5: C1, wang, signed for
        // June 2 (after the period).
        exec(t.db(),
             QStringLiteral(
                 "INSERT INTO orders (id, order_no, customer_id, salesperson_id, customer_name, "
                 "salesperson_name, status, order_date, promised_date, created_at, updated_at) VALUES "
                 "(1, 'SO-1', %1, %3, '', '', 'delivered', '2026-04-01', '2026-05-10', %5, %5), "
                 "(2, 'SO-2', %2, %3, '', '', 'completed', '2026-04-02', '2026-05-10', %5, %5), "
                 "(3, 'SO-3', %1, %3, '', '', 'shipped', '2026-04-03', '2026-05-10', %5, %5), "
                 "(4, 'SO-4', %2, %4, '', '', 'delivered', '2026-04-04', NULL, %5, %5), "
                 "(5, 'SO-5', %1, %3, '', '', 'delivered', '2026-04-05', '2026-06-01', %5, %5)")
                 .arg(m_c1)
                 .arg(m_c2)
                 .arg(t.salespersonId)
                 .arg(t.managerId)
                 .arg(at));
        exec(t.db(), QStringLiteral("INSERT INTO shipments (shipment_no, order_id, ship_date, carrier, "
                                    "delivered_on, created_at) VALUES "
                                    "('SH-1', 1, '2026-05-08', 'SF', '2026-05-14', %1), "
                                    "('SH-2', 2, '2026-05-09', 'SF', NULL, %1), "
                                    "('SH-3', 3, '2026-05-09', 'SF', NULL, %1), "
                                    "('SH-4', 4, '2026-05-18', 'SF', '2026-05-20', %1), "
                                    "('SH-5', 5, '2026-05-30', 'SF', '2026-06-02', %1)")
                         .arg(at));
        exec(t.db(),
             QStringLiteral("INSERT INTO order_shipments (order_id, shipped_on, promised_date, "
                            "salesperson_id) VALUES (1, '2026-05-08', '2026-05-10', %1), "
                            "(2, '2026-05-09', '2026-05-10', %1), (3, '2026-05-09', '2026-05-10', %1), "
                            "(4, '2026-05-18', NULL, %2), (5, '2026-05-30', '2026-06-01', %1)")
                 .arg(t.salespersonId)
                 .arg(t.managerId));
    }

    OrderListQuery may(qint64 customerId = 0, qint64 salespersonId = 0) const
    {
        OrderListQuery q;
        q.deliveredFrom = QDate(2026, 5, 1);
        q.deliveredTo = QDate(2026, 5, 31);
        q.customerId = customerId;
        q.salespersonId = salespersonId;
        return q;
    }

    // The count and the order numbers the list shows, every page of them.
    std::pair<qint64, QStringList> listed(const OrderListQuery& query)
    {
        OrderListRepository repo(t.db());
        auto count = repo.count(query);
        EXPECT_TRUE(count.has_value()) << count.error().message.toStdString();
        auto rows = repo.page(query, 0, 100);
        EXPECT_TRUE(rows.has_value()) << rows.error().message.toStdString();
        QStringList numbers;
        for (const OrderListRow& r : rows.value_or(QList<OrderListRow>{}))
            numbers << r.orderNo;
        numbers.sort();
        return {count.value_or(-1), numbers};
    }

    test::TestDatabase t{Role::Manager};
    qint64 m_c1 = 0;
    qint64 m_c2 = 0;
};

} // namespace

TEST_F(OrderListDeliveredCount, ACustomerOrASalespersonIsCountedInTheDeliveryRowsAsTheListShowsThem)
{
    using List = std::pair<qint64, QStringList>;
    EXPECT_EQ(listed(may()),
              (List{3, {QStringLiteral("SO-1"), QStringLiteral("SO-2"), QStringLiteral("SO-4")}}));
    EXPECT_EQ(listed(may(m_c1)), (List{1, {QStringLiteral("SO-1")}}));
    EXPECT_EQ(listed(may(m_c2)), (List{2, {QStringLiteral("SO-2"), QStringLiteral("SO-4")}}));
    EXPECT_EQ(listed(may(0, t.salespersonId)), (List{2, {QStringLiteral("SO-1"), QStringLiteral("SO-2")}}));
    EXPECT_EQ(listed(may(m_c2, t.managerId)), (List{1, {QStringLiteral("SO-4")}}));

    OrderListRepository repo(t.db());
    EXPECT_TRUE(repo.countSql(may(m_c1), 0).text.contains(QStringLiteral("FROM order_deliveries")));
    EXPECT_TRUE(
        plan(t.db(), repo.countSql(may(m_c1), 0)).contains(QStringLiteral("order_deliveries_customer")));
    EXPECT_TRUE(plan(t.db(), repo.countSql(may(0, t.salespersonId), 0))
                    .contains(QStringLiteral("order_deliveries_salesperson")));

    // An order that changes hands takes its delivery row with it.
    exec(t.db(), QStringLiteral("UPDATE orders SET salesperson_id = %1 WHERE id = 1").arg(t.managerId));
    EXPECT_EQ(listed(may(0, t.managerId)), (List{2, {QStringLiteral("SO-1"), QStringLiteral("SO-4")}}));
}

TEST_F(OrderListDeliveredCount, AnyOtherFilterCountsTheOrdersThemselves)
{
    OrderListQuery query = may(m_c2);
    query.status = OrderStatus::Completed;
    OrderListRepository repo(t.db());
    EXPECT_TRUE(repo.countSql(query, 0).text.startsWith(QStringLiteral("SELECT count(*) FROM orders o")));
    EXPECT_EQ(listed(query), (std::pair<qint64, QStringList>{1, {QStringLiteral("SO-2")}}));
}
