#include "Database.h"
#include "Migration.h"
#include "OnTimeRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace od;

// The on-time report's summaries (migration 030): a company's database gets them counted from the
// orders it already has, and the triggers keep them what a recount gives as shipments, reviews,
// lines and plans change.

namespace {

int onTimeMigration()
{
    for (const Migration& m : Migrations::all())
        if (m.name == QLatin1String("on_time_summary"))
            return m.number;
    return 0;
}

void exec(Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    ASSERT_TRUE(q.exec(sql)) << sql.toStdString() << " " << q.lastError().text().toStdString();
}

QString rows(Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    EXPECT_TRUE(q.exec(sql)) << sql.toStdString() << q.lastError().text().toStdString();
    QStringList out;
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < q.record().count(); ++i)
            row << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
        out << row.join(u' ');
    }
    return out.join(QStringLiteral(" | "));
}

void expectSummariesAsRecounted(Database& db)
{
    OnTimeRepository repo(db);
    auto deliveries = repo.deliveryMismatches(10);
    ASSERT_TRUE(deliveries.has_value()) << deliveries.error().message.toStdString();
    EXPECT_TRUE(deliveries->isEmpty()) << deliveries->join(u',').toStdString();
    auto counts = repo.countMismatches(10);
    ASSERT_TRUE(counts.has_value()) << counts.error().message.toStdString();
    for (const OnTimeCountMismatch& m : *counts)
        ADD_FAILURE() << m.table.toStdString() << " " << m.day.toStdString() << " " << m.key.toStdString()
                      << ": " << m.stored << " kept, " << m.counted << " counted";
}

} // namespace

TEST(OnTimeSummaryMigration, CountsTheDeliveredOrdersAlreadyThereAndKeepsThemCounted)
{
    const int version = onTimeMigration();
    ASSERT_GT(version, 1);
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("ontime.orderdesk")), Database::Migrate::No);
    ASSERT_TRUE(db.has_value());
    Database& d = **db;
    ASSERT_TRUE(d.migrateTo(version - 1).has_value());
    const QString t = QStringLiteral("'2026-01-01T00:00:00Z'");
    exec(d, QStringLiteral("INSERT INTO users (id, name, display_name, role, created_at) VALUES "
                           "(2, 'wang', '王', 'salesperson', %1), (3, 'li', '李', 'manager', %1)")
                .arg(t));
    exec(d, QStringLiteral("INSERT INTO customers (id, code, name, created_at, updated_at) VALUES "
                           "(1, 'C1', '宁波港信', %1, %1), (2, 'C2', '华东机械', %1, %1)")
                .arg(t));
    exec(d, QStringLiteral("INSERT INTO products (id, sku, name, created_at, updated_at) VALUES "
                           "(1, 'V1', '蝶阀', %1, %1), (2, 'V2', '闸阀', %1, %1)")
                .arg(t));
    // 1: delivered, signed for on May 12 and May 14, promised May 10 (4 days late), two products.
    // 2: completed, no signed-for shipment, first shipped May 9 (on time), one product twice.
    // 3: shipped, not delivered. 4: delivered with a review, signed for May 20, no promise.
    exec(d,
         QStringLiteral("INSERT INTO orders (id, order_no, customer_id, salesperson_id, customer_name, "
                        "salesperson_name, status, order_date, promised_date, created_at, updated_at) VALUES "
                        "(1, 'SO-1', 1, 2, '', '', 'delivered', '2026-04-01', '2026-05-10', %1, %1), "
                        "(2, 'SO-2', 2, 2, '', '', 'completed', '2026-04-01', '2026-05-10', %1, %1), "
                        "(3, 'SO-3', 1, 2, '', '', 'shipped', '2026-04-01', '2026-05-10', %1, %1), "
                        "(4, 'SO-4', 2, 3, '', '', 'delivered', '2026-04-01', NULL, %1, %1)")
             .arg(t));
    exec(d, QStringLiteral(
                "INSERT INTO order_lines (order_id, line_no, product_id, quantity, unit_price, amount) "
                "VALUES (1, 1, 1, 1, 1, 1), (1, 2, 2, 1, 1, 1), (2, 1, 2, 1, 1, 1), (2, 2, 2, 1, 1, 1), "
                "(3, 1, 1, 1, 1, 1), (4, 1, 1, 1, 1, 1)"));
    exec(d, QStringLiteral(
                "INSERT INTO shipments (shipment_no, order_id, ship_date, carrier, delivered_on, "
                "created_at) VALUES ('SH-1', 1, '2026-05-08', 'SF', '2026-05-12', %1), "
                "('SH-2', 1, '2026-05-09', 'SF', '2026-05-14', %1), "
                "('SH-3', 2, '2026-05-09', 'SF', NULL, %1), ('SH-4', 3, '2026-05-09', 'SF', NULL, %1), "
                "('SH-5', 4, '2026-05-18', 'SF', '2026-05-20', %1)")
                .arg(t));
    exec(d,
         QStringLiteral("INSERT INTO order_shipments (order_id, shipped_on, promised_date, salesperson_id) "
                        "VALUES (1, '2026-05-08', '2026-05-10', 2), (2, '2026-05-09', '2026-05-10', 2)"));
    exec(d, QStringLiteral(
                "INSERT INTO order_reviews (order_id, cause, happened, reviewer_id, reviewed_at) VALUES "
                "(4, 'logistics', '承运商延误', 3, %1)")
                .arg(t));
    exec(d,
         QStringLiteral("INSERT INTO work_centres (id, code, name, hours_per_shift, created_at, updated_at) "
                        "VALUES (1, 'WC-M', '机加工', 8, %1, %1)")
             .arg(t));
    exec(d, QStringLiteral("INSERT INTO order_plans (id, order_id, revision, status, planned_from, "
                           "earliest_completion, committed_at) VALUES (1, 1, 1, 'released', '2026-04-01', "
                           "'2026-05-01', %1)")
                .arg(t));
    exec(d, QStringLiteral(
                "INSERT INTO order_plan_steps (plan_id, line_no, step_no, name, kind, work_centre_id, "
                "planned_start, planned_finish) VALUES (1, 1, 1, '加工', 'work', 1, '2026-04-01', "
                "'2026-04-02'), (1, 2, 1, '加工', 'work', 1, '2026-04-03', '2026-04-04')"));

    ASSERT_TRUE(d.migrateTo(version).has_value());
    EXPECT_EQ(rows(d, QStringLiteral("SELECT * FROM order_deliveries ORDER BY order_id")),
              QStringLiteral("1 2026-05-14 2026-05-10 4 1 2  | 2 2026-05-09 2026-05-10 0 2 2  | "
                             "4 2026-05-20 NULL 0 2 3 logistics"));
    EXPECT_EQ(rows(d, QStringLiteral("SELECT * FROM on_time_day_counts ORDER BY 1, 2")),
              QStringLiteral("2026-05-09 2 2  1 1 0 0 | 2026-05-14 1 2  1 0 1 4 | "
                             "2026-05-20 2 3 logistics 1 1 0 0"));
    EXPECT_EQ(rows(d, QStringLiteral("SELECT * FROM on_time_product_days ORDER BY 1, 2")),
              QStringLiteral("2026-05-09 2 1 1 0 0 | 2026-05-14 1 1 0 1 4 | 2026-05-14 2 1 0 1 4 | "
                             "2026-05-20 1 1 1 0 0"));
    EXPECT_EQ(rows(d, QStringLiteral("SELECT * FROM on_time_work_centre_days")),
              QStringLiteral("2026-05-14 1 1 0 1 4"));
    expectSummariesAsRecounted(d);

    // Order 3 signed for on May 11 and delivered: one more late order that day.
    exec(d, QStringLiteral("UPDATE shipments SET delivered_on = '2026-05-11' WHERE shipment_no = 'SH-4'"));
    EXPECT_EQ(rows(d, QStringLiteral("SELECT count(*) FROM order_deliveries")), QStringLiteral("3"));
    exec(d, QStringLiteral("UPDATE orders SET status = 'delivered' WHERE id = 3"));
    EXPECT_EQ(rows(d, QStringLiteral("SELECT * FROM on_time_day_counts WHERE delivered_on = '2026-05-11'")),
              QStringLiteral("2026-05-11 1 2  1 0 1 1"));
    expectSummariesAsRecounted(d);
    // Order 1's last shipment taken back: May 12, 2 days late; its plan removed.
    exec(d, QStringLiteral("DELETE FROM shipments WHERE shipment_no = 'SH-2'"));
    exec(d, QStringLiteral("DELETE FROM order_plans WHERE id = 1"));
    EXPECT_EQ(rows(d, QStringLiteral("SELECT * FROM on_time_product_days WHERE product_id = 2 ORDER BY 1")),
              QStringLiteral("2026-05-09 2 1 1 0 0 | 2026-05-12 2 1 0 1 2"));
    EXPECT_EQ(rows(d, QStringLiteral("SELECT count(*) FROM on_time_work_centre_days")), QStringLiteral("0"));
    expectSummariesAsRecounted(d);
    // Order 4's review removed, order 2 moved to the manager.
    exec(d, QStringLiteral("DELETE FROM order_reviews WHERE order_id = 4"));
    exec(d, QStringLiteral("UPDATE orders SET salesperson_id = 3 WHERE id = 2"));
    EXPECT_EQ(rows(d, QStringLiteral("SELECT * FROM on_time_day_counts WHERE customer_id = 2 ORDER BY 1")),
              QStringLiteral("2026-05-09 2 3  1 1 0 0 | 2026-05-20 2 3  1 1 0 0"));
    expectSummariesAsRecounted(d);
}

// Migration 034's plan-step triggers: a delivered order counts once per work centre of its plans,
// however many of its steps use it, and steps of orders not delivered count nothing.
TEST(OnTimeSummaryMigration, PlanStepsCountADeliveredOrderOncePerWorkCentre)
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("steps.orderdesk")));
    ASSERT_TRUE(db.has_value());
    Database& d = **db;
    const QString t = QStringLiteral("'2026-01-01T00:00:00Z'");
    exec(d, QStringLiteral("INSERT INTO users (id, name, display_name, role, created_at) VALUES "
                           "(2, 'wang', '王', 'salesperson', %1)")
                .arg(t));
    exec(d, QStringLiteral("INSERT INTO customers (id, code, name, created_at, updated_at) VALUES "
                           "(1, 'C1', '宁波港信', %1, %1)")
                .arg(t));
    exec(d,
         QStringLiteral("INSERT INTO work_centres (id, code, name, hours_per_shift, created_at, updated_at) "
                        "VALUES (1, 'WC-M', '机加工', 8, %1, %1), (2, 'WC-W', '焊接', 8, %1, %1)")
             .arg(t));
    // 1: delivered May 14, promised May 10 (4 days late). 2: in production.
    exec(d,
         QStringLiteral("INSERT INTO orders (id, order_no, customer_id, salesperson_id, customer_name, "
                        "salesperson_name, status, order_date, promised_date, created_at, updated_at) VALUES "
                        "(1, 'SO-1', 1, 2, '', '', 'shipped', '2026-04-01', '2026-05-10', %1, %1), "
                        "(2, 'SO-2', 1, 2, '', '', 'in_production', '2026-04-01', '2026-05-10', %1, %1)")
             .arg(t));
    exec(d, QStringLiteral("INSERT INTO shipments (shipment_no, order_id, ship_date, carrier, delivered_on, "
                           "created_at) VALUES ('SH-1', 1, '2026-05-08', 'SF', '2026-05-14', %1)")
                .arg(t));
    exec(d, QStringLiteral("UPDATE orders SET status = 'delivered' WHERE id = 1"));
    exec(d, QStringLiteral("INSERT INTO order_plans (id, order_id, revision, status, planned_from, "
                           "earliest_completion, committed_at) VALUES "
                           "(1, 1, 1, 'released', '2026-04-01', '2026-05-01', %1), "
                           "(2, 2, 1, 'committed', '2026-04-01', '2026-05-01', %1)")
                .arg(t));
    const QString step = QStringLiteral(
        "INSERT INTO order_plan_steps (id, plan_id, line_no, step_no, name, kind, work_centre_id, "
        "planned_start, planned_finish) VALUES (%1, %2, %3, %4, '加工', 'work', %5, '2026-04-01', "
        "'2026-04-02')");
    exec(d, step.arg(1).arg(1).arg(1).arg(1).arg(1));
    exec(d, step.arg(2).arg(1).arg(2).arg(1).arg(1)); // the same centre again
    exec(d, step.arg(3).arg(1).arg(2).arg(2).arg(2));
    exec(d, step.arg(4).arg(2).arg(1).arg(1).arg(1)); // an order not delivered
    const QString centres =
        QStringLiteral("SELECT work_centre_id, delivered, late, days_late FROM on_time_work_centre_days "
                       "ORDER BY work_centre_id");
    EXPECT_EQ(rows(d, centres), QStringLiteral("1 1 1 4 | 2 1 1 4"));
    expectSummariesAsRecounted(d);
    // One of the two machining steps goes: the order still passed through machining.
    exec(d, QStringLiteral("DELETE FROM order_plan_steps WHERE id = 1"));
    EXPECT_EQ(rows(d, centres), QStringLiteral("1 1 1 4 | 2 1 1 4"));
    // The welding step moves to machining: welding no longer counts the order, machining still once.
    exec(d, QStringLiteral("UPDATE order_plan_steps SET work_centre_id = 1 WHERE id = 3"));
    EXPECT_EQ(rows(d, centres), QStringLiteral("1 1 1 4"));
    expectSummariesAsRecounted(d);
    // The last machining steps go.
    exec(d, QStringLiteral("DELETE FROM order_plan_steps WHERE plan_id = 1"));
    EXPECT_EQ(rows(d, QStringLiteral("SELECT count(*) FROM on_time_work_centre_days")), QStringLiteral("0"));
    expectSummariesAsRecounted(d);
}
