// The demo company: what the generator writes must be what the app itself would have written.
#include "DemoDataGenerator.h"
#include "CalendarRepository.h"
#include "CapacityGrid.h"
#include "CapacityLoad.h"
#include "Database.h"
#include "DatabaseCheckService.h"
#include "DemoBulkWriter.h"
#include "DemoExceptions.h"
#include "DemoPlans.h"
#include "DemoRevisions.h"
#include "OrderEventText.h"
#include "OrderRepository.h"
#include "PlanningService.h"
#include "PlanningSettingsRepository.h"
#include "Platform.h"
#include "ProductRepository.h"
#include "ReviewRepository.h"
#include "RoutingRepository.h"
#include "Scheduler.h"
#include "SummaryService.h"
#include "WorkCentreRepository.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace od;

namespace {

const QDate kToday(2026, 6, 1);

struct DemoDatabase
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<Session> session; // the software itself, as when the app fills a new database

    // `physicalMemory` 0 writes the load's scratch tables to files.
    explicit DemoDatabase(qint64 orders = 0, quint64 seed = 1, qint64 physicalMemory = -1)
    {
        auto opened = Database::open(dir.filePath(QStringLiteral("demo.orderdesk")));
        EXPECT_TRUE(opened.has_value());
        db = std::move(*opened);
        session = std::make_unique<Session>(*db, User::system());
        if (orders > 0) {
            auto outcome =
                DemoDataGenerator(*session).generate(DemoOptions{orders, seed, kToday, 60, physicalMemory});
            EXPECT_TRUE(outcome.has_value()) << (outcome ? "" : outcome.error().message.toStdString());
        }
    }

    qint64 number(const QString& sql)
    {
        QSqlQuery q(db->sql());
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
        return q.next() ? q.value(0).toLongLong() : -1;
    }
    QString text(const QString& sql)
    {
        QSqlQuery q(db->sql());
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
        return q.next() ? q.value(0).toString() : QString();
    }
};

} // namespace

TEST(DemoDataGenerator, SearchRowsAreWhatTheRepositoryWouldWrite)
{
    DemoDatabase demo(120, 11);
    const qint64 orders = demo.number(QStringLiteral("SELECT count(*) FROM orders"));
    ASSERT_EQ(orders, 120);
    for (qint64 id = 1; id <= orders; ++id) {
        const QString generated =
            demo.text(QStringLiteral("SELECT text FROM order_search WHERE rowid = %1").arg(id));
        Transaction tx(*demo.db);
        ASSERT_TRUE(OrderRepository(*demo.db).reindex(id).has_value());
        ASSERT_TRUE(tx.commit().has_value());
        EXPECT_EQ(generated,
                  demo.text(QStringLiteral("SELECT text FROM order_search WHERE rowid = %1").arg(id)))
            << "order " << id;
    }
    // The index FTS5 built on the side and copied in is one FTS5 accepts as its own.
    QSqlQuery q(demo.db->sql());
    EXPECT_TRUE(q.exec(QStringLiteral("INSERT INTO order_search (order_search) VALUES ('integrity-check')")));
}

TEST(DemoDataGenerator, ALargerLoadCopiesWholeIndexesAndLinesInOrder)
{
    // Enough orders for the search index to be written in several batches, and for the lines to
    // come from the scratch database in several batches.
    DemoDatabase demo(6000, 3);
    QSqlQuery q(demo.db->sql());
    EXPECT_TRUE(q.exec(QStringLiteral("INSERT INTO order_search (order_search) VALUES ('integrity-check')")))
        << q.lastError().text().toStdString();
    // The index finds what the stored texts hold.
    const QString product =
        demo.text(QStringLiteral("SELECT name FROM products ORDER BY id LIMIT 1 OFFSET 7"));
    ASSERT_GE(product.size(), 3);
    const qint64 found = demo.number(
        QStringLiteral("SELECT count(*) FROM order_search WHERE order_search MATCH '\"%1\"'").arg(product));
    EXPECT_GT(found, 0);
    EXPECT_EQ(
        found,
        demo.number(
            QStringLiteral("SELECT count(*) FROM order_search WHERE instr(text, '%1') > 0").arg(product)));
    // The app goes on writing the index the load built (with its own leaf size): a changed
    // document is found by its new text only.
    EXPECT_TRUE(q.exec(QStringLiteral("DELETE FROM order_search WHERE rowid = 77")));
    EXPECT_TRUE(
        q.exec(QStringLiteral("INSERT INTO order_search (rowid, text) VALUES (77, '改过的订单 XQZ-917')")));
    EXPECT_EQ(
        demo.number(QStringLiteral("SELECT group_concat(rowid) FROM order_search WHERE order_search MATCH "
                                   "'\"XQZ-917\"'")),
        77);
    EXPECT_TRUE(q.exec(QStringLiteral("INSERT INTO order_search (order_search) VALUES ('integrity-check')")))
        << q.lastError().text().toStdString();
    // Lines are numbered in the order they were written, order by order, as SQLite numbers rows.
    EXPECT_EQ(demo.number(QStringLiteral("SELECT count(*) FROM order_lines")),
              demo.number(QStringLiteral("SELECT max(id) FROM order_lines")));
    EXPECT_EQ(
        demo.number(QStringLiteral("SELECT count(*) FROM order_lines a JOIN order_lines b ON b.id = a.id + 1 "
                                   "WHERE b.order_id < a.order_id OR (b.order_id = a.order_id AND "
                                   "b.line_no <> a.line_no + 1)")),
        0);
    EXPECT_EQ(demo.number(QStringLiteral("SELECT count(*) FROM orders o WHERE line_count <> "
                                         "(SELECT count(*) FROM order_lines l WHERE l.order_id = o.id)")),
              0);
    EXPECT_EQ(demo.text(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
}

TEST(DemoDataGenerator, FiveHundredOrdersCoverTheWholeLifecycleAndPassTheCheck)
{
    DemoDatabase demo(500, 1);
    auto summary = SummaryService(*demo.session).summary();
    ASSERT_TRUE(summary.has_value());
    EXPECT_EQ(summary->orders, 500);
    EXPECT_EQ(summary->customers, 60);
    EXPECT_EQ(summary->products, 80);
    // About three lines an order.
    EXPECT_GT(summary->orderLines, 1300);
    EXPECT_LT(summary->orderLines, 1900);
    for (const StatusSummary& s : summary->byStatus)
        EXPECT_GT(s.orders, 0) << OrderStatusInfo::key(s.status).toStdString();

    auto problems = DatabaseCheckService(*demo.session).run();
    ASSERT_TRUE(problems.has_value());
    for (const DatabaseProblem& p : *problems)
        ADD_FAILURE() << p.check.toStdString() << ": " << p.message.toStdString();

    // Orders on hold know where they return to; confirmed ones have their confirmation.
    EXPECT_EQ(demo.number(QStringLiteral(
                  "SELECT count(*) FROM orders WHERE status = 'on_hold' AND held_from_status IS NULL")),
              0);
    EXPECT_EQ(demo.number(QStringLiteral(
                  "SELECT count(*) FROM orders o WHERE status IN ('confirmed', 'planned', 'in_production', "
                  "'ready_to_ship', 'shipped', 'delivered', 'completed') AND NOT EXISTS "
                  "(SELECT 1 FROM confirmations c WHERE c.order_id = o.id)")),
              0);
    // The cases the intake rules warn about are there to be seen.
    EXPECT_GT(
        demo.number(QStringLiteral("SELECT count(*) FROM orders o JOIN customers c ON c.id = o.customer_id "
                                   "WHERE c.credit_limit > 0 AND o.total > c.credit_limit")),
        0);
    EXPECT_GT(
        demo.number(QStringLiteral(
            "SELECT count(*) FROM orders o WHERE julianday(o.requested_date) - julianday(o.order_date) < "
            "(SELECT max(p.lead_time_days) FROM order_lines l JOIN products p ON p.id = l.product_id "
            "WHERE l.order_id = o.id)")),
        0);
    // Inserted in chronological order, all before "today".
    EXPECT_EQ(demo.number(QStringLiteral("SELECT count(*) FROM orders a JOIN orders b ON b.id = a.id + 1 "
                                         "WHERE b.created_at < a.created_at")),
              0);
    EXPECT_EQ(demo.text(QStringLiteral("SELECT max(order_date) < '2026-06-01' FROM orders")),
              QStringLiteral("1"));
}

TEST(DemoDataGenerator, TheShopFloorHasWorkCentresAndEveryProductARoutingThatCanBePlanned)
{
    DemoDatabase demo(30, 1);
    const QList<WorkCentre> centres = *WorkCentreRepository(*demo.db).all();
    ASSERT_EQ(centres.size(), 8);
    for (const WorkCentre& c : centres)
        EXPECT_TRUE(c.check().has_value()) << c.code.toStdString();
    EXPECT_EQ((*WorkCentreRepository(*demo.db).byCode(QStringLiteral("MCH")))->name,
              QStringLiteral("机加工"));

    const QList<Product> products = *ProductRepository(*demo.db).all();
    QList<qint64> ids;
    for (const Product& p : products)
        ids << p.id;
    const QHash<qint64, Routing> routings = *RoutingRepository(*demo.db).forProducts(ids);
    EXPECT_EQ(routings.size(), products.size()); // every product has one
    for (const Routing& r : routings) {
        EXPECT_TRUE(r.check().has_value()) << r.sku.toStdString();
        EXPECT_GE(r.steps.size(), 2) << r.sku.toStdString();
    }
    const Routing& gateValve =
        routings.value((*ProductRepository(*demo.db).bySku(QStringLiteral("Z41H-16C-DN100")))->id);
    QStringList names;
    for (const RoutingStep& step : gateValve.steps)
        names << step.name;
    EXPECT_EQ(names, (QStringList{QStringLiteral("铸件采购"), QStringLiteral("密封面堆焊"),
                                  QStringLiteral("机加工"), QStringLiteral("装配"), QStringLiteral("试压"),
                                  QStringLiteral("喷漆"), QStringLiteral("包装")}));
    // Its machining can also be done on the CNC machining centre, and only that step.
    EXPECT_EQ(gateValve.steps[2].alternatives, QStringList{QStringLiteral("CNC")});
    EXPECT_TRUE(gateValve.steps[3].alternatives.isEmpty());

    // An order of five of every product (80 lines) can be planned on the empty shop floor within
    // a month (2026-06-30 when this was written: the 20-day actuator purchase and the queues on
    // machining and assembly).
    const WorkCalendar calendar = *CalendarRepository(*demo.db).calendar(
        PlanningSettingsRepository(*demo.db).settings()->workingWeekdays);
    const CapacityGrid grid(calendar, centres, kToday, Scheduler::WindowDays);
    OrderDemand order;
    order.orderNo = QStringLiteral("SO-TEST");
    for (const Product& p : products) {
        LineDemand line;
        line.lineNo = int(order.lines.size() + 1);
        line.quantity = Quantity::fromUnits(5);
        line.steps = *routings.value(p.id).demand(line.quantity, p.leadTimeDays);
        order.lines << line;
    }
    const auto plan = Scheduler(grid).propose(CapacityLoad(grid), order);
    ASSERT_TRUE(plan.has_value()) << plan.error().message.toStdString();
    EXPECT_LT(kToday.daysTo(plan->completion), 45) << plan->completion.toString(Qt::ISODate).toStdString();
}

TEST(DemoDataGenerator, NumbersAreGapFreePerYearAndTheCountersContinueThem)
{
    DemoDatabase demo(300, 5);
    QSqlQuery years(demo.db->sql());
    ASSERT_TRUE(
        years.exec(QStringLiteral("SELECT year, last_value FROM order_number_counters WHERE prefix = 'SO'")));
    int checked = 0;
    while (years.next()) {
        const int year = years.value(0).toInt();
        const qint64 last = years.value(1).toLongLong();
        const QString like = QStringLiteral("'SO-%1-%'").arg(year);
        EXPECT_EQ(demo.number(QStringLiteral("SELECT count(*) FROM orders WHERE order_no LIKE %1").arg(like)),
                  last);
        EXPECT_EQ(
            demo.text(QStringLiteral("SELECT max(order_no) FROM orders WHERE order_no LIKE %1").arg(like)),
            QStringLiteral("SO-%1-%2").arg(year).arg(last, 6, 10, QLatin1Char('0')));
        ++checked;
    }
    EXPECT_EQ(checked, 2); // the year before today spans two calendar years
}

TEST(DemoDataGenerator, AFewOrdersAreRevisedAfterSendingThroughTheServices)
{
    DemoDatabase demo(500, 7);
    ASSERT_EQ(demo.number(QStringLiteral("SELECT count(*) FROM orders WHERE revision > 1")), 0);
    auto revised = DemoRevisions::reviseSome(*demo.session, DemoRevisions::DefaultCount, kToday);
    ASSERT_TRUE(revised.has_value()) << revised.error().message.toStdString();
    EXPECT_EQ(*revised, DemoRevisions::DefaultCount);
    EXPECT_EQ(demo.number(
                  QStringLiteral("SELECT count(*) FROM orders WHERE revision = 2 AND last_sent_revision = 2 "
                                 "AND status = 'awaiting_confirmation'")),
              DemoRevisions::DefaultCount);
    // The first revision of each is kept, and the change is in the audit trail.
    EXPECT_EQ(demo.number(QStringLiteral("SELECT count(*) FROM order_revisions WHERE revision = 1")),
              DemoRevisions::DefaultCount);
    EXPECT_EQ(demo.number(QStringLiteral(
                  "SELECT count(DISTINCT entity_id) FROM audit_log WHERE action = 'order.revise'")),
              DemoRevisions::DefaultCount);
    auto problems = DatabaseCheckService(*demo.session).run();
    ASSERT_TRUE(problems.has_value());
    for (const DatabaseProblem& p : *problems)
        ADD_FAILURE() << p.check.toStdString() << ": " << p.message.toStdString();
}

TEST(DemoDataGenerator, OrdersOfACustomerOnCreditHoldAreNotRevised)
{
    // On this day the 600-order demo has an invoice 108 days overdue whose customer has orders
    // awaiting confirmation among the newest: nobody may send those, so they wait unrevised.
    const QDate today(2026, 12, 6);
    DemoDatabase demo;
    auto outcome = DemoDataGenerator(*demo.session).generate(DemoOptions{600, 1, today});
    ASSERT_TRUE(outcome.has_value()) << outcome.error().message.toStdString();
    const QString held = QStringLiteral(
        "SELECT count(*) FROM orders o WHERE o.status = 'awaiting_confirmation' AND EXISTS (SELECT 1 FROM "
        "invoices i WHERE i.customer_id = o.customer_id AND i.total > i.applied AND i.due_date < '%1') %2");
    const QString overdue = QDate(today.addDays(-30)).toString(Qt::ISODate);
    ASSERT_GT(demo.number(held.arg(overdue, QString())), 0);
    auto history = DemoDataGenerator::addWorkflowHistory(*demo.session, today);
    ASSERT_TRUE(history.has_value()) << history.error().message.toStdString();
    // The revisions went to other customers' orders (change requests revise some more).
    EXPECT_GE(demo.number(QStringLiteral("SELECT count(*) FROM orders WHERE revision = 2")),
              DemoRevisions::DefaultCount);
    EXPECT_EQ(demo.number(held.arg(overdue, QStringLiteral("AND o.revision > 1"))), 0);
}

TEST(DemoDataGenerator, ExceptionsInEveryStateAreMadeThroughTheService)
{
    DemoDatabase demo(500, 7);
    ASSERT_TRUE(DemoDataGenerator::addWorkflowHistory(*demo.session, kToday).has_value());
    EXPECT_EQ(demo.number(QStringLiteral("SELECT count(*) FROM order_exceptions")),
              DemoExceptions::DefaultCount);
    const auto count = [&](const char* where) {
        return demo.number(
            QStringLiteral("SELECT count(*) FROM order_exceptions WHERE %1").arg(QLatin1String(where)));
    };
    EXPECT_GT(count("resolved_at IS NULL AND response_plan = ''"), 0);      // just raised
    EXPECT_GT(count("resolved_at IS NULL AND response_plan <> ''"), 0);     // being handled
    EXPECT_GT(count("resolved_at IS NOT NULL"), 0);                         // closed
    EXPECT_GT(count("resolved_at IS NULL AND due_date < '2026-06-01'"), 0); // overdue on the demo's day
    EXPECT_GT(demo.number(QStringLiteral("SELECT count(*) FROM order_exception_contacts")), 0);
    EXPECT_EQ(
        demo.number(QStringLiteral("SELECT count(*) FROM order_events WHERE kind = 'exception_raised'")),
        DemoExceptions::DefaultCount);
    auto problems = DatabaseCheckService(*demo.session).run();
    ASSERT_TRUE(problems.has_value());
    for (const DatabaseProblem& p : *problems)
        ADD_FAILURE() << p.check.toStdString() << ": " << p.message.toStdString();
}

TEST(DemoDataGenerator, LessonsAndConversationsWithMentionsAnsweredAndWaiting)
{
    DemoDatabase demo(500, 7);
    ASSERT_TRUE(DemoDataGenerator::addWorkflowHistory(*demo.session, kToday).has_value());
    EXPECT_GT(demo.number(QStringLiteral("SELECT count(*) FROM lessons")), 0);
    EXPECT_GT(demo.number(QStringLiteral("SELECT count(*) FROM lesson_customers")), 0);
    EXPECT_GT(demo.number(QStringLiteral("SELECT count(*) FROM lesson_products")), 0);
    EXPECT_GT(demo.number(QStringLiteral("SELECT count(*) FROM comment_mentions")), 0);
    // Some questions are answered (a later comment on the same order), some still wait.
    EXPECT_GT(demo.number(QStringLiteral("SELECT count(DISTINCT order_id) FROM order_comments")), 0);
    EXPECT_GT(demo.number(QStringLiteral("SELECT count(*) FROM order_comments")),
              demo.number(QStringLiteral("SELECT count(DISTINCT order_id) FROM order_comments")));
    EXPECT_EQ(demo.number(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'order.comment'")),
              demo.number(QStringLiteral("SELECT count(*) FROM order_comments")));
}

TEST(DemoDataGenerator, PlannedAndInProductionOrdersGetCommittedPlansWithOverloadedWeeks)
{
    DemoDatabase demo(3000, 5);
    auto outcome = DemoPlans::commitSome(*demo.session, 200, kToday);
    ASSERT_TRUE(outcome.has_value()) << outcome.error().message.toStdString();
    EXPECT_EQ(outcome->plans, 200);
    EXPECT_EQ(outcome->unplannable, 0);
    EXPECT_EQ(demo.number(QStringLiteral("SELECT count(*) FROM order_plans WHERE status = 'committed'")),
              200);
    // Only planned and in-production orders, each with owners on every step.
    EXPECT_EQ(
        demo.number(QStringLiteral("SELECT count(*) FROM order_plans p JOIN orders o ON o.id = p.order_id "
                                   "WHERE o.status NOT IN ('planned', 'in_production')")),
        0);
    EXPECT_EQ(
        demo.number(QStringLiteral("SELECT count(*) FROM order_plan_steps WHERE owner_user_id IS NULL")), 0);
    // Every order in production has a step started, with its actual start; none is all done.
    EXPECT_EQ(
        demo.number(QStringLiteral(
            "SELECT count(*) FROM order_plans p JOIN orders o ON o.id = p.order_id WHERE o.status = "
            "'in_production' AND NOT EXISTS (SELECT 1 FROM order_plan_steps s WHERE s.plan_id = p.id AND "
            "s.status IN ('started', 'finished') AND s.actual_start IS NOT NULL)")),
        0);
    EXPECT_GT(demo.number(QStringLiteral(
                  "SELECT count(*) FROM order_plan_steps WHERE status = 'finished' AND actual_finish < "
                  "'2026-06-01' AND quantity_done = quantity")),
              0);
    EXPECT_EQ(demo.number(QStringLiteral("SELECT count(*) FROM order_plan_steps WHERE status = 'pending' AND "
                                         "(actual_start IS NOT NULL OR quantity_done <> 0)")),
              0);
    // Nothing of a planned order has started.
    EXPECT_EQ(
        demo.number(QStringLiteral(
            "SELECT count(*) FROM order_plan_steps s JOIN order_plans p ON p.id = s.plan_id JOIN orders o "
            "ON o.id = p.order_id WHERE o.status = 'planned' AND s.status <> 'pending'")),
        0);
    // The order's promise is the plan's, never before what capacity allows.
    EXPECT_EQ(
        demo.number(QStringLiteral("SELECT count(*) FROM order_plans p JOIN orders o ON o.id = p.order_id "
                                   "WHERE o.promised_date IS NOT p.promised_date OR p.promised_date < "
                                   "p.earliest_completion")),
        0);
    // Every order in production promised later than asked had the customer's acceptance.
    EXPECT_EQ(demo.number(QStringLiteral(
                  "SELECT count(*) FROM orders o JOIN order_plans p ON p.order_id = o.id WHERE o.status = "
                  "'in_production' AND o.promised_date > o.requested_date AND NOT EXISTS (SELECT 1 FROM "
                  "date_acceptances a WHERE a.order_id = o.id AND a.promised_date >= o.promised_date)")),
              0);
    EXPECT_EQ(demo.number(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'order.plan'")), 200);

    // The maintenance weeks are overloaded on the Capacity view.
    User manager{0, QStringLiteral("li"), QStringLiteral("li"), Role::Manager, true};
    manager.id = demo.number(QStringLiteral("SELECT id FROM users WHERE name = 'li'"));
    Session session(*demo.db, manager);
    session.setToday(kToday);
    auto load = PlanningService(session).load(kToday, kToday.addDays(27));
    ASSERT_TRUE(load.has_value()) << load.error().message.toStdString();
    int overloaded = 0;
    for (const CentreDayLoad& day : *load)
        if (day.planned > day.available)
            ++overloaded;
    EXPECT_GE(overloaded, 5);
    auto report = PlanningService(session).replanAll();
    ASSERT_TRUE(report.has_value());
    EXPECT_EQ(report->ordersPlanned, 200);
    EXPECT_FALSE(report->late.isEmpty());

    auto problems = DatabaseCheckService(*demo.session).run();
    ASSERT_TRUE(problems.has_value());
    for (const DatabaseProblem& p : *problems)
        ADD_FAILURE() << p.check.toStdString() << ": " << p.message.toStdString();

    // The same seed and day give the same plans.
    DemoDatabase again(3000, 5);
    ASSERT_TRUE(DemoPlans::commitSome(*again.session, 200, kToday).has_value());
    const QString digest =
        QStringLiteral("SELECT group_concat(p.order_id || s.planned_start || s.planned_finish || "
                       "s.status || s.quantity_done, '|') FROM order_plan_steps s JOIN "
                       "order_plans p ON p.id = s.plan_id");
    EXPECT_FALSE(demo.text(digest).isEmpty());
    EXPECT_EQ(demo.text(digest), again.text(digest));
}

TEST(DemoDataGenerator, ShippedOrdersAreInvoicedMostlyPaidSomeOverdueAndLatePayersOnHold)
{
    DemoDatabase demo(3000, 7);
    ASSERT_TRUE(DemoDataGenerator::addWorkflowHistory(*demo.session, kToday).has_value());
    // Every shipped or delivered order is invoiced, and none is left unbilled.
    EXPECT_EQ(demo.number(QStringLiteral("SELECT count(*) FROM orders WHERE status IN ('shipped', "
                                         "'delivered') AND settlement_status = 'unbilled'")),
              0);
    const qint64 invoices = demo.number(QStringLiteral("SELECT count(*) FROM invoices"));
    EXPECT_GT(invoices, 100);
    const auto orders = [&](const char* status) {
        return demo.number(QStringLiteral("SELECT count(*) FROM orders WHERE settlement_status = '%1'")
                               .arg(QLatin1String(status)));
    };
    EXPECT_GT(orders("paid"), invoices / 4);
    EXPECT_GT(orders("partially_paid"), 0);
    EXPECT_GT(orders("invoiced"), 0);
    // Open invoices in every ageing bucket on the demo's day, and a few advances.
    const auto openDue = [&](const char* range) {
        return demo.number(QStringLiteral("SELECT count(*) FROM invoices WHERE open_amount > 0 AND %1")
                               .arg(QLatin1String(range)));
    };
    EXPECT_GT(openDue("due_date >= '2026-06-01'"), 0);
    EXPECT_GT(openDue("due_date BETWEEN '2026-05-02' AND '2026-05-31'"), 0);
    EXPECT_GT(openDue("due_date BETWEEN '2026-04-02' AND '2026-05-01'"), 0);
    EXPECT_GT(openDue("due_date BETWEEN '2026-03-03' AND '2026-04-01'"), 0);
    EXPECT_GT(openDue("due_date < '2026-03-03'"), 0);
    EXPECT_GT(demo.number(QStringLiteral("SELECT count(*) FROM payments WHERE applied < amount")), 0);
    // The late payers are on hold for their overdue invoices.
    EXPECT_GT(demo.number(QStringLiteral(
                  "SELECT count(*) FROM credit_holds WHERE lifted_on IS NULL AND reasons LIKE '%overdue%'")),
              0);
    // Each invoiced order's timeline says so.
    EXPECT_EQ(demo.number(QStringLiteral("SELECT count(DISTINCT order_id) FROM order_events WHERE kind = "
                                         "'settlement_changed'")),
              demo.number(QStringLiteral("SELECT count(DISTINCT order_id) FROM invoice_lines")));
    auto problems = DatabaseCheckService(*demo.session).run();
    ASSERT_TRUE(problems.has_value());
    for (const DatabaseProblem& p : *problems)
        ADD_FAILURE() << p.check.toStdString() << ": " << p.message.toStdString();
}

TEST(DemoDataGenerator, TheBookGoesInWithTheOrdersWithTheSumsTheTriggersWouldKeep)
{
    // Written by the bulk load itself, before any later step of the demo's history.
    DemoDatabase demo(3000, 7);
    ASSERT_GT(demo.number(QStringLiteral("SELECT count(*) FROM invoices")), 100);
    ASSERT_GT(demo.number(QStringLiteral("SELECT count(*) FROM payment_applications")), 50);
    EXPECT_EQ(demo.number(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'demo.settlement'")),
              1);
    // Each customer's balance, each invoice's and each payment's applied amount: the sums of
    // what was written.
    EXPECT_EQ(
        demo.number(QStringLiteral(
            "SELECT count(*) FROM customers c LEFT JOIN customer_balances b ON b.customer_id = c.id "
            "WHERE coalesce(b.invoiced, 0) <> (SELECT coalesce(sum(total), 0) FROM invoices i "
            "  WHERE i.customer_id = c.id) "
            "OR coalesce(b.paid, 0) <> (SELECT coalesce(sum(amount), 0) FROM payments p "
            "  WHERE p.customer_id = c.id) "
            "OR coalesce(b.applied, 0) <> (SELECT coalesce(sum(a.amount), 0) FROM payment_applications a "
            "  JOIN payments p ON p.id = a.payment_id WHERE p.customer_id = c.id)")),
        0);
    EXPECT_EQ(
        demo.number(QStringLiteral(
            "SELECT count(*) FROM invoices i WHERE applied <> (SELECT coalesce(sum(amount), 0) "
            "FROM payment_applications a WHERE a.invoice_id = i.id) OR open_amount <> total - applied")),
        0);
    EXPECT_EQ(demo.number(QStringLiteral(
                  "SELECT count(*) FROM payments p WHERE applied <> (SELECT coalesce(sum(amount), 0) "
                  "FROM payment_applications a WHERE a.payment_id = p.id)")),
              0);
    EXPECT_EQ(demo.number(QStringLiteral(
                  "SELECT count(*) FROM payment_applications a JOIN payments p ON p.id = a.payment_id "
                  "JOIN invoices i ON i.id = a.invoice_id "
                  "WHERE a.applied_on < p.payment_date OR a.applied_on < i.invoice_date")),
              0);
    // The payment stage of each paid order, as migration 024's trigger measures it: from the
    // invoice to the payment that made the order paid.
    const QString measured = QStringLiteral(
        "WITH invoiced AS (SELECT order_id, at FROM order_events WHERE kind = 'settlement_changed' "
        "  AND json_extract(data, '$.from') = 'unbilled'), "
        "paid AS (SELECT order_id, at FROM order_events WHERE kind = 'settlement_changed' "
        "  AND json_extract(data, '$.to') = 'paid'), "
        "expected AS (SELECT p.order_id, substr(p.at, 1, 10) AS day, max(0, (CAST(strftime('%s', p.at) "
        "  AS INTEGER) - CAST(strftime('%s', i.at) AS INTEGER) + 1800) / 3600) AS hours "
        "  FROM paid p JOIN invoiced i USING (order_id)) ");
    const qint64 paid = demo.number(measured + QStringLiteral("SELECT count(*) FROM expected"));
    EXPECT_GT(paid, 0);
    EXPECT_EQ(demo.number(QStringLiteral("SELECT count(*) FROM order_stage_spans WHERE stage = 'payment'")),
              paid);
    EXPECT_EQ(
        demo.number(measured + QStringLiteral("SELECT count(*) FROM expected e JOIN order_stage_spans s ON "
                                              "s.order_id = e.order_id AND s.stage = 'payment' AND "
                                              "s.ended_on = e.day AND s.hours = e.hours")),
        paid);
    EXPECT_EQ(demo.number(QStringLiteral("SELECT sum(spans) FROM stage_span_counts WHERE stage = 'payment'")),
              paid);
    // Every stage's counts, the orders' spans (written first) and the payments' (written after the
    // book) together, are those of the spans themselves.
    EXPECT_EQ(demo.number(QStringLiteral(
                  "SELECT count(*) FROM (SELECT stage, ended_on, hours, count(*) AS spans FROM "
                  "order_stage_spans GROUP BY stage, ended_on, hours) s FULL JOIN stage_span_counts c "
                  "USING (stage, ended_on, hours) WHERE s.spans IS NOT c.spans")),
              0);
    // The indexes dropped for the load are all back, the invoices' and payments' too.
    const QString indexes = QStringLiteral("SELECT group_concat(name, ' ') FROM (SELECT name FROM "
                                           "sqlite_schema WHERE type = 'index' ORDER BY name)");
    DemoDatabase fresh;
    EXPECT_EQ(demo.text(indexes), fresh.text(indexes));
    EXPECT_TRUE(demo.text(indexes).contains(QStringLiteral("invoices_open_due")));
    // The triggers left out during the load are back for the clerk's own work.
    EXPECT_EQ(
        demo.number(QStringLiteral(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name IN ('invoices_balance', "
            "'payments_balance', 'payment_applications_apply', 'payment_applications_check', "
            "'invoices_period', 'payments_period', 'payment_applications_period', "
            "'billing_remainders_on_invoice_line', 'billing_remainders_on_settlement')")),
        9);
    auto problems = DatabaseCheckService(*demo.session).run();
    ASSERT_TRUE(problems.has_value());
    for (const DatabaseProblem& p : *problems)
        ADD_FAILURE() << p.check.toStdString() << ": " << p.message.toStdString();
}

TEST(DemoDataGenerator, RecentOrdersToReviewAreTheOnesTheirShipmentsGive)
{
    // The delivery rows the repository reads give the same orders, in the same order, as working
    // each order's delivery day out from its shipments.
    DemoDatabase demo(3000, 7);
    const QDate since = kToday.addDays(-90);
    auto due = ReviewRepository(*demo.db).recentlyOutstanding(since, 5000);
    ASSERT_TRUE(due.has_value()) << due.error().message.toStdString();
    ASSERT_GT(due->size(), 10);
    QStringList ids;
    for (const ReviewDue& d : std::as_const(*due))
        ids << QString::number(d.orderId) + u'@' + d.deliveredOn.toString(Qt::ISODate);
    const QString expected = demo.text(
        QStringLiteral(
            "SELECT group_concat(id || '@' || delivered_on, ',') FROM (SELECT * FROM (SELECT o.id, "
            "o.promised_date, coalesce((SELECT max(s.delivered_on) FROM shipments s WHERE s.order_id = "
            "o.id), "
            "(SELECT os.shipped_on FROM order_shipments os WHERE os.order_id = o.id)) AS delivered_on, "
            "(SELECT count(*) FROM order_exceptions x WHERE x.order_id = o.id) AS exceptions FROM orders o "
            "WHERE o.status IN ('delivered', 'completed') AND o.promised_date >= '%1' "
            "AND NOT EXISTS (SELECT 1 FROM order_reviews r WHERE r.order_id = o.id)) "
            "WHERE delivered_on IS NOT NULL AND (exceptions > 0 OR delivered_on > promised_date) "
            "ORDER BY delivered_on DESC, id DESC LIMIT 5000)")
            .arg(since.toString(Qt::ISODate)));
    EXPECT_EQ(ids.join(u','), expected);
}

TEST(DemoDataGenerator, TheSameSeedGivesTheSameOrders)
{
    const QString digest = QStringLiteral(
        "SELECT group_concat(order_no || customer_id || status || total || updated_at, '|') FROM orders");
    DemoDatabase a(150, 42);
    DemoDatabase b(150, 42);
    DemoDatabase c(150, 43);
    EXPECT_EQ(a.text(digest), b.text(digest));
    EXPECT_NE(a.text(digest), c.text(digest));
}

TEST(DemoDataGenerator, ScratchTablesInFilesOrInMemoryGiveTheSameDatabase)
{
    const QStringList digests = {
        QStringLiteral("SELECT group_concat(order_no || customer_id || status || total || updated_at, '|') "
                       "FROM orders"),
        QStringLiteral("SELECT group_concat(id || order_id || line_no || amount, '|') FROM order_lines"),
        QStringLiteral("SELECT group_concat(rowid || text, '|') FROM order_search"),
        QStringLiteral("SELECT group_concat(order_id || shipped_on, '|') FROM order_shipments"),
        QStringLiteral("SELECT group_concat(order_id || delivered_on || days_late || customer_id, '|') "
                       "FROM order_deliveries"),
        QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index'")};
    DemoDatabase inMemory(400, 7);
    DemoDatabase inFiles(400, 7, 0);
    for (const QString& digest : digests)
        EXPECT_EQ(inMemory.text(digest), inFiles.text(digest)) << digest.toStdString();
    EXPECT_EQ(inFiles.number(QStringLiteral("SELECT count(*) FROM orders")), 400);
    for (const char* suffix : {".demo-orders", ".demo-milestones", ".demo-lines", ".demo-search"})
        EXPECT_FALSE(QFile::exists(inFiles.db->path() + QString::fromLatin1(suffix))) << suffix;
    EXPECT_EQ(inFiles.text(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
}

TEST(DemoDataGenerator, ScratchTablesStayInMemoryWhenTheyTakeAQuarterOfItAtMost)
{
    constexpr qint64 GiB = qint64(1) << 30;
    EXPECT_TRUE(DemoBulkWriter::scratchInMemory(1'000'000, 24 * GiB));
    EXPECT_TRUE(DemoBulkWriter::scratchInMemory(1'000'000, 8 * GiB));
    EXPECT_FALSE(DemoBulkWriter::scratchInMemory(1'000'000, 4 * GiB));
    EXPECT_TRUE(DemoBulkWriter::scratchInMemory(200'000, 4 * GiB));
    EXPECT_FALSE(DemoBulkWriter::scratchInMemory(DemoDataGenerator::MaxOrders, 24 * GiB));
    EXPECT_FALSE(DemoBulkWriter::scratchInMemory(500, 0)); // memory unknown: files
    EXPECT_GT(Platform::physicalMemory(), 0);
}

TEST(DemoDataGenerator, ACancelledRunLeavesTheDatabaseEmpty)
{
    DemoDatabase demo;
    int calls = 0;
    auto outcome =
        DemoDataGenerator(*demo.session).generate(DemoOptions{20'000, 1, kToday, 60, 0}, [&](qint64, qint64) {
            return ++calls < 3;
        });
    ASSERT_TRUE(outcome.has_value());
    EXPECT_TRUE(outcome->cancelled);
    EXPECT_EQ(demo.number(QStringLiteral("SELECT count(*) FROM orders")), 0);
    EXPECT_EQ(demo.number(QStringLiteral("SELECT count(*) FROM customers")), 0);
    EXPECT_EQ(demo.number(QStringLiteral("SELECT count(*) FROM order_search")), 0);
    EXPECT_EQ(demo.text(QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
    // Nothing is left behind next to the database either, and a full run works afterwards.
    for (const char* suffix : {".demo-orders", ".demo-milestones", ".demo-lines", ".demo-search"})
        EXPECT_FALSE(QFile::exists(demo.db->path() + QString::fromLatin1(suffix))) << suffix;
    auto again = DemoDataGenerator(*demo.session).generate(DemoOptions{30, 1, kToday});
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(again->orders, 30);
}

TEST(DemoDataGenerator, RefusesADatabaseWithCustomers)
{
    DemoDatabase demo(10, 1);
    auto outcome = DemoDataGenerator(*demo.session).generate(DemoOptions{10, 2, kToday});
    ASSERT_FALSE(outcome.has_value());
    EXPECT_EQ(outcome.error().kind, Error::Kind::Invalid);
    EXPECT_EQ(demo.number(QStringLiteral("SELECT count(*) FROM orders")), 10);
}

TEST(DemoDataGenerator, TimelineEventsCarryTheirFactsSoTheyAreWordedWhenShown)
{
    DemoDatabase demo(200, 5);
    // Every event of a kind whose sentence needs facts has them.
    EXPECT_EQ(demo.number(QStringLiteral("SELECT count(*) FROM order_events WHERE data = '' AND kind IN "
                                         "('created', 'confirmed', 'status_changed')")),
              0);
    // And nothing but the facts is stored: no sentence beside them, as the services record them.
    EXPECT_EQ(demo.number(QStringLiteral("SELECT count(*) FROM order_events WHERE detail <> ''")), 0);
    EXPECT_GT(demo.number(QStringLiteral("SELECT count(*) FROM order_events WHERE kind = 'submitted'")), 0);
    OrderRepository orders(*demo.db);
    bool sawConfirmation = false;
    bool sawNote = false;
    for (qint64 id = 1; id <= 200; ++id) {
        auto events = orders.events(id);
        ASSERT_TRUE(events.has_value());
        for (const OrderEvent& e : *events) {
            const QString words = OrderEventText::describe(e);
            EXPECT_FALSE(words.isEmpty()) << e.kind.toStdString();
            if (e.kind == QLatin1String("created")) {
                EXPECT_GT(e.data.value(QStringLiteral("lines")).toInt(), 0);
                EXPECT_TRUE(Money::parse(e.data.value(QStringLiteral("total")).toString()).has_value());
            } else if (e.kind == QLatin1String("confirmed")) {
                sawConfirmation = true;
                EXPECT_TRUE(
                    ConfirmationChannelInfo::fromKey(e.data.value(QStringLiteral("channel")).toString()));
                EXPECT_TRUE(QDateTime::fromString(e.data.value(QStringLiteral("confirmed_at")).toString(),
                                                  Qt::ISODate)
                                .isValid());
                EXPECT_FALSE(e.data.value(QStringLiteral("contact")).toString().isEmpty());
            } else if (e.kind == QLatin1String("status_changed")) {
                EXPECT_TRUE(OrderStatusInfo::fromKey(e.data.value(QStringLiteral("from")).toString()));
                EXPECT_TRUE(OrderStatusInfo::fromKey(e.data.value(QStringLiteral("to")).toString()));
                if (e.data.contains(QStringLiteral("note"))) {
                    sawNote = true;
                    EXPECT_TRUE(words.endsWith(e.data.value(QStringLiteral("note")).toString()))
                        << words.toStdString();
                }
            }
        }
    }
    EXPECT_TRUE(sawConfirmation);
    EXPECT_TRUE(sawNote);
}

TEST(DemoDataGenerator, ADemoDatabaseKnowsItsDemoAccounts)
{
    DemoDatabase empty;
    auto none = DemoDataGenerator::demoAccounts(*empty.session);
    ASSERT_TRUE(none.has_value());
    EXPECT_TRUE(none->isEmpty());

    DemoDatabase demo(10);
    auto accounts = DemoDataGenerator::demoAccounts(*demo.session);
    ASSERT_TRUE(accounts.has_value());
    ASSERT_FALSE(accounts->isEmpty());
    bool admin = false;
    for (const DemoAccount& account : *accounts) {
        EXPECT_FALSE(account.displayName.isEmpty());
        EXPECT_FALSE(account.password.isEmpty());
        admin = admin ||
                (account.name == QLatin1String("admin") && account.password == QLatin1String("admin-demo"));
    }
    EXPECT_TRUE(admin);
}
