#include "ReviewService.h"
#include "DatabaseCheckService.h"
#include "LessonService.h"
#include "OnTimeReportService.h"
#include "OrderQueryService.h"
#include "OrderRepository.h"
#include "OrderValidator.h"
#include "TestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace od;

// 事后分析: which orders ask for a review, a review written once with its timeline event and
// audit entry, and the lesson it may add to the lessons learnt.

namespace {

class Reviews : public ::testing::Test
{
protected:
    test::TestDatabase t;
    qint64 customer = t.addCustomer(QStringLiteral("C001"), QStringLiteral("宁波港信阀门有限公司"));
    qint64 valve = t.addProduct(QStringLiteral("D71X-16-DN300"), QStringLiteral("蝶阀 DN300"), 19'800'000);

    // An order promised on `promised`, in `status`, stored as it stands.
    QString addOrder(OrderStatus status, QDate promised, qint64 salesperson = 0, qint64 customerId = 0)
    {
        static int next = 0;
        Order o;
        o.orderNo = QStringLiteral("SO-2026-%1").arg(++next, 6, 10, QLatin1Char('0'));
        o.customerId = customerId ? customerId : customer;
        o.salespersonId = salesperson ? salesperson : t.salespersonId;
        o.status = status;
        o.orderDate = QDate(2026, 3, 1);
        o.promisedDate = promised;
        OrderLine l;
        l.productId = valve;
        l.quantity = Quantity::fromUnits(2);
        l.unit = QStringLiteral("台");
        l.unitPrice = UnitPrice::fromRaw(19'800'000);
        o.lines << l;
        OrderValidator::recalculate(o);
        Transaction tx(t.db());
        EXPECT_TRUE(OrderRepository(t.db()).insert(o).has_value());
        EXPECT_TRUE(tx.commit().has_value());
        return o.orderNo;
    }
    qint64 idOf(const QString& orderNo) { return **OrderRepository(t.db()).idByNumber(orderNo); }
    void exec(const QString& sql, const QVariantList& params)
    {
        QSqlQuery q(t.db().sql());
        ASSERT_TRUE(q.prepare(sql));
        for (const QVariant& p : params)
            q.addBindValue(p);
        ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
    }
    // A shipment of the order that left on `shipped` and was signed for on `delivered` (or never).
    void ship(const QString& orderNo, QDate shipped, QDate delivered = {})
    {
        static int next = 0;
        exec(QStringLiteral("INSERT INTO shipments (shipment_no, order_id, ship_date, carrier, delivered_on, "
                            "created_at) VALUES (?, ?, ?, '顺丰速运', ?, '2026-05-01T00:00:00Z')"),
             {QStringLiteral("SH-%1").arg(++next), idOf(orderNo), shipped.toString(Qt::ISODate),
              delivered.isValid() ? QVariant(delivered.toString(Qt::ISODate)) : QVariant()});
    }
    void raiseException(const QString& orderNo)
    {
        static int next = 0;
        exec(QStringLiteral(
                 "INSERT INTO order_exceptions (exception_no, order_id, kind, severity, description, "
                 "owner_id, raised_by, raised_at) VALUES (?, ?, 'quality', 'high', '试压渗漏', ?, ?, "
                 "'2026-05-01T00:00:00Z')"),
             {QStringLiteral("EX-%1").arg(++next), idOf(orderNo), t.salespersonId, t.salespersonId});
    }
    int count(const QString& sql)
    {
        QSqlQuery q(t.db().sql());
        EXPECT_TRUE(q.exec(sql));
        EXPECT_TRUE(q.next());
        return q.value(0).toInt();
    }
    // What `orderdesk-cli check` says of the on-time report's summaries.
    QStringList onTimeProblems()
    {
        QStringList out;
        auto problems = DatabaseCheckService(t.session()).run();
        EXPECT_TRUE(problems.has_value());
        for (const DatabaseProblem& p : problems.value_or(QList<DatabaseProblem>()))
            if (p.check == QLatin1String("on_time_summary"))
                out << p.message;
        return out;
    }
    // The report of May 2026 grouped by `grouping`, as manager.
    OnTimeReport may(OnTimeGrouping grouping)
    {
        t.actAs(t.managerId);
        auto report =
            OnTimeReportService(t.session()).report(QDate(2026, 5, 1), QDate(2026, 5, 31), grouping);
        EXPECT_TRUE(report.has_value());
        return report.value_or(OnTimeReport());
    }
    ReviewInput input(bool addLesson = false)
    {
        return ReviewInput{ReviewCause::Material, QStringLiteral("阀体铸件晚到五天"),
                           QStringLiteral("DN300 阀体需提前两周备料"), addLesson};
    }
};

} // namespace

TEST_F(Reviews, OnlyOrdersDeliveredLateOrWithAnExceptionAskForAReview)
{
    const QString late = addOrder(OrderStatus::Delivered, QDate(2026, 5, 10));
    ship(late, QDate(2026, 5, 8), QDate(2026, 5, 12)); // signed two days after the promise
    const QString onTime = addOrder(OrderStatus::Delivered, QDate(2026, 5, 10));
    ship(onTime, QDate(2026, 5, 8), QDate(2026, 5, 10));
    const QString troubled = addOrder(OrderStatus::Completed, QDate(2026, 5, 10));
    ship(troubled, QDate(2026, 5, 8), QDate(2026, 5, 9));
    raiseException(troubled);
    const QString stillShipped = addOrder(OrderStatus::Shipped, QDate(2026, 5, 10));
    ship(stillShipped, QDate(2026, 5, 11)); // late but not delivered yet
    // Shipped in full, completed, without any delivery recorded: counted from the shipping day.
    const QString noDelivery = addOrder(OrderStatus::Completed, QDate(2026, 5, 10));
    exec(QStringLiteral("INSERT INTO order_shipments (order_id, shipped_on, promised_date, salesperson_id) "
                        "VALUES (?, '2026-05-15', '2026-05-10', ?)"),
         {idOf(noDelivery), t.salespersonId});

    ReviewService reviews(t.session());
    auto due = reviews.due(late);
    ASSERT_TRUE(due.has_value());
    ASSERT_TRUE(due->has_value());
    EXPECT_EQ((*due)->deliveredOn, QDate(2026, 5, 12));
    EXPECT_EQ((*due)->daysLate(), 2);
    EXPECT_FALSE(reviews.due(onTime)->has_value());
    ASSERT_TRUE(reviews.due(troubled)->has_value());
    EXPECT_EQ((*reviews.due(troubled))->exceptions, 1);
    EXPECT_FALSE((*reviews.due(troubled))->isLate());
    EXPECT_FALSE(reviews.due(stillShipped)->has_value());
    ASSERT_TRUE(reviews.due(noDelivery)->has_value());
    EXPECT_EQ((*reviews.due(noDelivery))->daysLate(), 5);

    auto outstanding = reviews.outstanding();
    ASSERT_TRUE(outstanding.has_value());
    QStringList numbers;
    for (const ReviewDue& d : *outstanding)
        numbers << d.orderNo;
    EXPECT_EQ(numbers, (QStringList{troubled, late, noDelivery})); // longest delivered first
}

TEST_F(Reviews, AReviewIsRecordedOnceWithItsEventAndAuditAndLeavesTheList)
{
    const QString late = addOrder(OrderStatus::Delivered, QDate(2026, 5, 10));
    ship(late, QDate(2026, 5, 8), QDate(2026, 5, 12));
    ReviewService reviews(t.session());
    auto recorded = reviews.record(late, input());
    ASSERT_TRUE(recorded.has_value()) << recorded.error().message.toStdString();
    EXPECT_EQ(recorded->lessonId, 0);

    auto stored = reviews.review(late);
    ASSERT_TRUE(stored.has_value());
    ASSERT_TRUE(stored->has_value());
    EXPECT_EQ((*stored)->cause, ReviewCause::Material);
    EXPECT_EQ((*stored)->happened, QStringLiteral("阀体铸件晚到五天"));
    EXPECT_EQ((*stored)->reviewerId, t.salespersonId);
    EXPECT_TRUE(reviews.outstanding()->isEmpty());
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM order_events WHERE kind = 'reviewed'")), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'order.review'")), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM lessons")), 0);

    auto again = reviews.record(late, input());
    ASSERT_FALSE(again.has_value());
    EXPECT_EQ(again.error().kind, Error::Kind::Conflict);
    QSqlQuery edit(t.db().sql());
    EXPECT_FALSE(edit.exec(QStringLiteral("UPDATE order_reviews SET cause = 'other'")));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM order_reviews WHERE cause = 'material'")), 1);
}

TEST_F(Reviews, TheLessonGoesToTheLessonsLearntTaggedWithTheCustomerAndProducts)
{
    const QString late = addOrder(OrderStatus::Delivered, QDate(2026, 5, 10));
    ship(late, QDate(2026, 5, 8), QDate(2026, 5, 12));
    auto recorded = ReviewService(t.session()).record(late, input(true));
    ASSERT_TRUE(recorded.has_value()) << recorded.error().message.toStdString();
    EXPECT_GT(recorded->lessonId, 0);
    auto shown = LessonService(t.session()).about(customer, {valve});
    ASSERT_TRUE(shown.has_value());
    ASSERT_EQ(shown->size(), 1);
    EXPECT_EQ(shown->first().body, QStringLiteral("DN300 阀体需提前两周备料"));
    EXPECT_EQ(shown->first().orderNo, late);
    ASSERT_EQ(shown->first().customers.size(), 1);
    EXPECT_EQ(shown->first().customers.first().code, QStringLiteral("C001"));
    ASSERT_EQ(shown->first().products.size(), 1);
    EXPECT_EQ(shown->first().products.first().code, QStringLiteral("D71X-16-DN300"));
}

TEST_F(Reviews, BadInputNamesItsFieldAndNothingIsSaved)
{
    const QString late = addOrder(OrderStatus::Delivered, QDate(2026, 5, 10));
    ship(late, QDate(2026, 5, 8), QDate(2026, 5, 12));
    const QString onTime = addOrder(OrderStatus::Delivered, QDate(2026, 5, 10));
    ship(onTime, QDate(2026, 5, 8), QDate(2026, 5, 9));
    ReviewService reviews(t.session());
    ReviewInput noCause = input(true);
    noCause.cause.reset();
    EXPECT_EQ(reviews.record(late, noCause).error().field, QStringLiteral("cause"));
    ReviewInput blank = input(true);
    blank.happened = QStringLiteral("   ");
    EXPECT_EQ(reviews.record(late, blank).error().field, QStringLiteral("happened"));
    blank = input(true);
    blank.lesson.clear();
    EXPECT_EQ(reviews.record(late, blank).error().field, QStringLiteral("lesson"));
    ReviewInput huge = input();
    huge.lesson = QString(ReviewService::MaxLength + 1, u'长');
    EXPECT_EQ(reviews.record(late, huge).error().field, QStringLiteral("lesson"));
    EXPECT_EQ(reviews.record(onTime, input()).error().kind, Error::Kind::Conflict);
    EXPECT_EQ(reviews.record(QStringLiteral("SO-NOPE"), input()).error().kind, Error::Kind::NotFound);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM order_reviews")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM lessons")), 0);
}

TEST_F(Reviews, ASalespersonReviewsOwnOrdersAndAManagerSeesEveryonesOutstanding)
{
    const qint64 other =
        t.addUser({0, QStringLiteral("sun"), QStringLiteral("孙丽"), Role::Salesperson, true});
    const QString theirs = addOrder(OrderStatus::Delivered, QDate(2026, 5, 10), other);
    ship(theirs, QDate(2026, 5, 8), QDate(2026, 5, 12));
    const QString mine = addOrder(OrderStatus::Delivered, QDate(2026, 5, 10));
    ship(mine, QDate(2026, 5, 8), QDate(2026, 5, 13));
    ReviewService reviews(t.session());
    ASSERT_EQ(reviews.outstanding()->size(), 1);
    EXPECT_EQ(reviews.outstanding()->first().orderNo, mine);
    EXPECT_EQ(reviews.record(theirs, input()).error().kind, Error::Kind::Forbidden);
    t.actAs(t.managerId);
    EXPECT_EQ(ReviewService(t.session()).outstanding()->size(), 2);
    EXPECT_TRUE(ReviewService(t.session()).record(theirs, input()).has_value());
}

TEST_F(Reviews, TheOnTimeReportCountsTheOrdersDeliveredInThePeriodPerGroup)
{
    const qint64 second = t.addCustomer(QStringLiteral("C002"), QStringLiteral("华东机械"));
    const QString late = addOrder(OrderStatus::Delivered, QDate(2026, 5, 10));
    ship(late, QDate(2026, 5, 8), QDate(2026, 5, 12)); // 2 days late, reviewed: material
    const QString onTime = addOrder(OrderStatus::Completed, QDate(2026, 5, 10));
    ship(onTime, QDate(2026, 5, 8), QDate(2026, 5, 10));
    const QString veryLate = addOrder(OrderStatus::Delivered, QDate(2026, 5, 10), 0, second);
    ship(veryLate, QDate(2026, 5, 14), QDate(2026, 5, 15)); // 5 days late, not reviewed
    const QString before = addOrder(OrderStatus::Delivered, QDate(2026, 3, 10), 0, second);
    ship(before, QDate(2026, 4, 1), QDate(2026, 4, 2)); // delivered before the period
    const QString underway = addOrder(OrderStatus::Shipped, QDate(2026, 5, 10));
    ship(underway, QDate(2026, 5, 11)); // not delivered
    ASSERT_TRUE(ReviewService(t.session()).record(late, input()).has_value());

    t.actAs(t.managerId);
    OnTimeReportService service(t.session());
    auto byCustomer = service.report(QDate(2026, 5, 1), QDate(2026, 5, 31), OnTimeGrouping::Customer);
    ASSERT_TRUE(byCustomer.has_value()) << byCustomer.error().message.toStdString();
    ASSERT_EQ(byCustomer->rows.size(), 2);
    const OnTimeRow& c1 = byCustomer->rows.at(0);
    EXPECT_EQ(c1.key, QStringLiteral("C001"));
    EXPECT_EQ(c1.delivered, 2);
    EXPECT_EQ(c1.onTime, 1);
    EXPECT_EQ(c1.late, 1);
    EXPECT_EQ(c1.onTimeBasisPoints(), 5000);
    EXPECT_EQ(c1.averageDaysLateTenths(), 20);
    const OnTimeRow& c2 = byCustomer->rows.at(1);
    EXPECT_EQ(c2.key, QStringLiteral("C002"));
    EXPECT_EQ(c2.delivered, 1);
    EXPECT_EQ(c2.onTimeBasisPoints(), 0);
    EXPECT_EQ(c2.averageDaysLateTenths(), 50);
    EXPECT_EQ(byCustomer->total.delivered, 3);
    EXPECT_EQ(byCustomer->total.onTime, 1);
    EXPECT_EQ(byCustomer->total.late, 2);
    EXPECT_EQ(byCustomer->total.onTimeBasisPoints(), 3333);
    EXPECT_EQ(byCustomer->total.averageDaysLateTenths(), 35);

    auto byCause = service.report(QDate(2026, 5, 1), QDate(2026, 5, 31), OnTimeGrouping::Cause);
    ASSERT_TRUE(byCause.has_value());
    ASSERT_EQ(byCause->rows.size(), 2);
    EXPECT_EQ(byCause->rows.at(0).key, QString()); // not reviewed: on time, and the one still to review
    EXPECT_EQ(byCause->rows.at(0).delivered, 2);
    EXPECT_EQ(byCause->rows.at(1).key, QStringLiteral("material"));
    EXPECT_EQ(byCause->rows.at(1).late, 1);

    auto byProduct = service.report(QDate(2026, 5, 1), QDate(2026, 5, 31), OnTimeGrouping::Product);
    ASSERT_TRUE(byProduct.has_value());
    ASSERT_EQ(byProduct->rows.size(), 1);
    EXPECT_EQ(byProduct->rows.at(0).key, QStringLiteral("D71X-16-DN300"));
    EXPECT_EQ(byProduct->rows.at(0).delivered, 3);

    auto backwards = service.report(QDate(2026, 5, 31), QDate(2026, 5, 1), OnTimeGrouping::Customer);
    ASSERT_FALSE(backwards.has_value());
    EXPECT_EQ(backwards.error().field, QStringLiteral("to"));
    t.actAs(t.salespersonId);
    EXPECT_EQ(OnTimeReportService(t.session()).report({}, {}, OnTimeGrouping::Customer).error().kind,
              Error::Kind::Forbidden);
}

TEST_F(Reviews, AnOrderCountsOnTheDayItsLastShipmentWasSignedForOrItsFirstShipmentWithoutOne)
{
    // Two shipments: the first signed for in April, the last in May (3 days late) — May's.
    const QString split = addOrder(OrderStatus::Delivered, QDate(2026, 5, 2));
    ship(split, QDate(2026, 4, 20), QDate(2026, 4, 25));
    ship(split, QDate(2026, 5, 1), QDate(2026, 5, 5));
    // Signed for in May and again in June: June's, not May's.
    const QString june = addOrder(OrderStatus::Completed, QDate(2026, 6, 30));
    ship(june, QDate(2026, 5, 20), QDate(2026, 5, 22));
    ship(june, QDate(2026, 6, 1), QDate(2026, 6, 2));
    // Delivered without a signed-for day: it counts on the day it first shipped (May 7, on time).
    const QString unsigned_ = addOrder(OrderStatus::Delivered, QDate(2026, 5, 10));
    exec(QStringLiteral("INSERT INTO order_shipments (order_id, shipped_on, promised_date, salesperson_id) "
                        "VALUES (?, '2026-05-07', '2026-05-10', ?)"),
         {idOf(unsigned_), t.salespersonId});

    t.actAs(t.managerId);
    auto may = OnTimeReportService(t.session())
                   .report(QDate(2026, 5, 1), QDate(2026, 5, 31), OnTimeGrouping::Salesperson);
    ASSERT_TRUE(may.has_value()) << may.error().message.toStdString();
    EXPECT_EQ(may->total.delivered, 2);
    EXPECT_EQ(may->total.onTime, 1);
    EXPECT_EQ(may->total.late, 1);
    EXPECT_EQ(may->total.averageDaysLateTenths(), 30);
    auto june_ = OnTimeReportService(t.session())
                     .report(QDate(2026, 6, 1), QDate(2026, 6, 30), OnTimeGrouping::Customer);
    ASSERT_TRUE(june_.has_value());
    EXPECT_EQ(june_->total.delivered, 1);
    EXPECT_EQ(june_->total.onTime, 1);
    auto april = OnTimeReportService(t.session())
                     .report(QDate(2026, 4, 1), QDate(2026, 4, 30), OnTimeGrouping::Customer);
    ASSERT_TRUE(april.has_value());
    EXPECT_EQ(april->total.delivered, 0);
}

TEST_F(Reviews, TheOnTimeSummariesFollowShipmentsStatusesReviewsLinesAndPlans)
{
    const qint64 gate =
        t.addProduct(QStringLiteral("Z41H-16C-DN200"), QStringLiteral("闸阀 DN200"), 8'600'000);
    const QString order = addOrder(OrderStatus::Delivered, QDate(2026, 5, 10));
    const qint64 id = idOf(order);
    ship(order, QDate(2026, 5, 8), QDate(2026, 5, 12)); // 2 days late
    EXPECT_TRUE(onTimeProblems().isEmpty());
    OnTimeReport r = may(OnTimeGrouping::Customer);
    EXPECT_EQ(r.total.delivered, 1);
    EXPECT_EQ(r.total.late, 1);
    EXPECT_EQ(r.total.daysLate, 2);

    // A later shipment signed for on May 20: the order now counts then, 10 days late.
    ship(order, QDate(2026, 5, 18), QDate(2026, 5, 20));
    EXPECT_EQ(may(OnTimeGrouping::Salesperson).total.daysLate, 10);
    EXPECT_TRUE(onTimeProblems().isEmpty());
    // Taken back: May 12 again.
    exec(QStringLiteral("DELETE FROM shipments WHERE order_id = ? AND delivered_on = '2026-05-20'"), {id});
    EXPECT_EQ(may(OnTimeGrouping::Customer).total.daysLate, 2);
    // The promise moved to May 12: on time.
    exec(QStringLiteral("UPDATE orders SET promised_date = '2026-05-12' WHERE id = ?"), {id});
    r = may(OnTimeGrouping::Customer);
    EXPECT_EQ(r.total.onTime, 1);
    EXPECT_EQ(r.total.daysLate, 0);
    exec(QStringLiteral("UPDATE orders SET promised_date = '2026-05-10' WHERE id = ?"), {id});
    EXPECT_TRUE(onTimeProblems().isEmpty());

    // Back to shipped: no longer delivered; delivered again: counted again.
    exec(QStringLiteral("UPDATE orders SET status = 'shipped' WHERE id = ?"), {id});
    EXPECT_EQ(may(OnTimeGrouping::Customer).total.delivered, 0);
    EXPECT_TRUE(may(OnTimeGrouping::Product).rows.isEmpty());
    exec(QStringLiteral("UPDATE orders SET status = 'completed' WHERE id = ?"), {id});
    EXPECT_EQ(may(OnTimeGrouping::Customer).total.delivered, 1);
    EXPECT_TRUE(onTimeProblems().isEmpty());

    // Reviewed: material; the review gone: not reviewed again.
    ASSERT_TRUE(ReviewService(t.session()).record(order, input()).has_value());
    r = may(OnTimeGrouping::Cause);
    ASSERT_EQ(r.rows.size(), 1);
    EXPECT_EQ(r.rows.at(0).key, QStringLiteral("material"));
    EXPECT_EQ(r.rows.at(0).daysLate, 2);
    EXPECT_TRUE(onTimeProblems().isEmpty());
    exec(QStringLiteral("DELETE FROM order_reviews WHERE order_id = ?"), {id});
    r = may(OnTimeGrouping::Cause);
    ASSERT_EQ(r.rows.size(), 1);
    EXPECT_EQ(r.rows.at(0).key, QString());

    // Another customer.
    const qint64 second = t.addCustomer(QStringLiteral("C002"), QStringLiteral("华东机械"));
    exec(QStringLiteral("UPDATE orders SET customer_id = ? WHERE id = ?"), {second, id});
    r = may(OnTimeGrouping::Customer);
    ASSERT_EQ(r.rows.size(), 1);
    EXPECT_EQ(r.rows.at(0).key, QStringLiteral("C002"));
    EXPECT_TRUE(onTimeProblems().isEmpty());

    // A second line of another product, and a third of the same one: two products, each once.
    exec(QStringLiteral(
             "INSERT INTO order_lines (order_id, line_no, product_id, quantity, unit_price, amount) "
             "VALUES (?, 2, ?, 1, 8600000, 8600000), (?, 3, ?, 1, 8600000, 8600000)"),
         {id, gate, id, gate});
    r = may(OnTimeGrouping::Product);
    ASSERT_EQ(r.rows.size(), 2);
    EXPECT_EQ(r.rows.at(0).delivered, 1);
    EXPECT_EQ(r.rows.at(1).delivered, 1);
    exec(QStringLiteral("DELETE FROM order_lines WHERE order_id = ? AND line_no = 2"), {id});
    EXPECT_EQ(may(OnTimeGrouping::Product).rows.size(), 2);
    exec(QStringLiteral("DELETE FROM order_lines WHERE order_id = ? AND line_no = 3"), {id});
    r = may(OnTimeGrouping::Product);
    ASSERT_EQ(r.rows.size(), 1);
    EXPECT_EQ(r.rows.at(0).key, QStringLiteral("D71X-16-DN300"));
    EXPECT_TRUE(onTimeProblems().isEmpty());

    // A plan through two work centres; removed again with its steps.
    exec(QStringLiteral(
             "INSERT INTO work_centres (id, code, name, hours_per_shift, created_at, updated_at) VALUES "
             "(1, 'WC-M', '机加工', 8, '2026-01-01', '2026-01-01'), "
             "(2, 'WC-T', '试压', 8, '2026-01-01', '2026-01-01')"),
         {});
    exec(QStringLiteral("INSERT INTO order_plans (id, order_id, revision, status, planned_from, "
                        "earliest_completion, committed_at) VALUES (1, ?, 1, 'committed', '2026-04-01', "
                        "'2026-05-01', '2026-04-01T00:00:00Z')"),
         {id});
    exec(
        QStringLiteral("INSERT INTO order_plan_steps (plan_id, line_no, step_no, name, kind, work_centre_id, "
                       "planned_start, planned_finish) VALUES (1, 1, 1, '粗加工', 'work', 1, '2026-04-01', "
                       "'2026-04-02'), (1, 1, 2, '精加工', 'work', 1, '2026-04-03', '2026-04-04'), "
                       "(1, 1, 3, '试压', 'work', 2, '2026-04-05', '2026-04-05'), "
                       "(1, 0, 1, '发货', 'shipping', NULL, '2026-05-08', '2026-05-08')"),
        {});
    r = may(OnTimeGrouping::WorkCentre);
    ASSERT_EQ(r.rows.size(), 2);
    EXPECT_EQ(r.rows.at(0).key, QStringLiteral("WC-M"));
    EXPECT_EQ(r.rows.at(0).delivered, 1);
    EXPECT_EQ(r.rows.at(1).key, QStringLiteral("WC-T"));
    EXPECT_TRUE(onTimeProblems().isEmpty());
    exec(QStringLiteral("DELETE FROM order_plan_steps WHERE plan_id = 1 AND step_no = 3"), {});
    EXPECT_EQ(may(OnTimeGrouping::WorkCentre).rows.size(), 1);
    exec(QStringLiteral("DELETE FROM order_plans WHERE id = 1"), {});
    EXPECT_TRUE(may(OnTimeGrouping::WorkCentre).rows.isEmpty());
    EXPECT_TRUE(onTimeProblems().isEmpty());
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM on_time_work_centre_days")), 0);

    // The signed-for day taken off: it counts on the day it first shipped, if the timeline has one.
    exec(QStringLiteral("UPDATE shipments SET delivered_on = NULL WHERE order_id = ?"), {id});
    EXPECT_EQ(may(OnTimeGrouping::Customer).total.delivered, 0);
    exec(QStringLiteral("INSERT INTO order_shipments (order_id, shipped_on, promised_date, salesperson_id) "
                        "VALUES (?, '2026-05-08', '2026-05-10', ?)"),
         {id, t.salespersonId});
    r = may(OnTimeGrouping::Product);
    EXPECT_EQ(r.total.delivered, 1);
    EXPECT_EQ(r.total.onTime, 1);
    ASSERT_EQ(r.rows.size(), 1);
    EXPECT_EQ(r.rows.at(0).onTime, 1);
    EXPECT_TRUE(onTimeProblems().isEmpty());
}

TEST_F(Reviews, TheCheckFindsAnOnTimeSummaryThatIsNotWhatTheOrdersGive)
{
    const QString late = addOrder(OrderStatus::Delivered, QDate(2026, 5, 10));
    ship(late, QDate(2026, 5, 8), QDate(2026, 5, 12));
    const QString onTime = addOrder(OrderStatus::Completed, QDate(2026, 5, 10));
    ship(onTime, QDate(2026, 5, 8), QDate(2026, 5, 10));
    EXPECT_TRUE(onTimeProblems().isEmpty());

    exec(QStringLiteral("UPDATE on_time_day_counts SET late = late + 1 WHERE delivered_on = '2026-05-10'"),
         {});
    QStringList problems = onTimeProblems();
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.first().contains(QStringLiteral("2026-05-10"))) << problems.first().toStdString();
    exec(QStringLiteral("UPDATE on_time_day_counts SET late = late - 1 WHERE delivered_on = '2026-05-10'"),
         {});
    EXPECT_TRUE(onTimeProblems().isEmpty());

    exec(QStringLiteral("UPDATE on_time_product_days SET delivered = 5 WHERE delivered_on = '2026-05-12'"),
         {});
    problems = onTimeProblems();
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.first().contains(QStringLiteral("on_time_product_days")))
        << problems.first().toStdString();
    exec(QStringLiteral("UPDATE on_time_product_days SET delivered = 1 WHERE delivered_on = '2026-05-12'"),
         {});

    // An order's row lost (its counts go with it): the orders still say it was delivered.
    exec(QStringLiteral("DELETE FROM order_deliveries WHERE order_id = ?"), {idOf(late)});
    problems = onTimeProblems();
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.first().contains(late)) << problems.first().toStdString();
}

TEST_F(Reviews, ACustomersOrSalespersonsRowOpensExactlyTheOrdersItCounts)
{
    const qint64 second = t.addCustomer(QStringLiteral("C002"), QStringLiteral("华东机械"));
    // May's: the last shipment signed for in May; the first shipped in May without a signature.
    const QString split = addOrder(OrderStatus::Delivered, QDate(2026, 5, 2));
    ship(split, QDate(2026, 4, 20), QDate(2026, 4, 25));
    ship(split, QDate(2026, 5, 1), QDate(2026, 5, 5));
    const QString unsigned_ = addOrder(OrderStatus::Completed, QDate(2026, 5, 10));
    exec(QStringLiteral("INSERT INTO order_shipments (order_id, shipped_on, promised_date, salesperson_id) "
                        "VALUES (?, '2026-05-07', '2026-05-10', ?)"),
         {idOf(unsigned_), t.salespersonId});
    // Not May's: signed for again in June, still on its way, another customer's.
    const QString june = addOrder(OrderStatus::Completed, QDate(2026, 6, 30));
    ship(june, QDate(2026, 5, 20), QDate(2026, 5, 22));
    ship(june, QDate(2026, 6, 1), QDate(2026, 6, 2));
    const QString underway = addOrder(OrderStatus::Shipped, QDate(2026, 5, 10));
    ship(underway, QDate(2026, 5, 11), QDate(2026, 5, 12)); // signed for, but not marked delivered
    const QString other = addOrder(OrderStatus::Delivered, QDate(2026, 5, 10), t.managerId, second);
    ship(other, QDate(2026, 5, 8), QDate(2026, 5, 9));

    t.actAs(t.managerId);
    auto report = OnTimeReportService(t.session())
                      .report(QDate(2026, 5, 1), QDate(2026, 5, 31), OnTimeGrouping::Customer);
    ASSERT_TRUE(report.has_value()) << report.error().message.toStdString();
    ASSERT_EQ(report->rows.size(), 2);
    const OnTimeRow& mine = report->rows.at(0);
    EXPECT_EQ(mine.id, customer);
    EXPECT_EQ(mine.delivered, 2);
    const auto query =
        OnTimeReportService::ordersBehind(OnTimeGrouping::Customer, mine, report->from, report->to);
    ASSERT_TRUE(query.has_value());
    EXPECT_EQ(query->customerId, customer);
    OrderQueryService orders(t.session());
    EXPECT_EQ(orders.count(*query).value_or(-1), 2);
    auto listed = orders.page(*query, 0, 10);
    ASSERT_TRUE(listed.has_value());
    QStringList numbers;
    for (const OrderListRow& row : *listed)
        numbers << row.orderNo;
    numbers.sort();
    EXPECT_EQ(numbers, (QStringList{split, unsigned_}));

    auto bySalesperson = OnTimeReportService(t.session())
                             .report(QDate(2026, 5, 1), QDate(2026, 5, 31), OnTimeGrouping::Salesperson);
    ASSERT_TRUE(bySalesperson.has_value());
    for (const OnTimeRow& row : bySalesperson->rows) {
        const auto behind =
            OnTimeReportService::ordersBehind(OnTimeGrouping::Salesperson, row, report->from, report->to);
        ASSERT_TRUE(behind.has_value()) << row.key.toStdString();
        EXPECT_EQ(behind->salespersonId, row.id);
        EXPECT_EQ(orders.count(*behind).value_or(-1), row.delivered) << row.key.toStdString();
    }

    // Orders cannot be filtered by product, work centre or cause: no query pretends to.
    auto byProduct = OnTimeReportService(t.session())
                         .report(QDate(2026, 5, 1), QDate(2026, 5, 31), OnTimeGrouping::Product);
    ASSERT_TRUE(byProduct.has_value());
    ASSERT_EQ(byProduct->rows.size(), 1);
    EXPECT_EQ(byProduct->rows.at(0).id, valve);
    EXPECT_FALSE(OnTimeReportService::ordersBehind(OnTimeGrouping::Product, byProduct->rows.at(0),
                                                   report->from, report->to));
    EXPECT_FALSE(OnTimeReportService::opensOrders(OnTimeGrouping::WorkCentre));
    EXPECT_FALSE(OnTimeReportService::opensOrders(OnTimeGrouping::Cause));
}
