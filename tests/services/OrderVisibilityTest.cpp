#include "CsvExportService.h"
#include "OrderAccess.h"
#include "OrderIntakeService.h"
#include "OrderQueryService.h"
#include "SettingsRepository.h"
#include "TestDatabase.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace od;

// Who sees which orders, through every door a front end reads them by: list, count, search,
// detail, timeline, revisions, confirmations, history, the confirmation queue and the export.
// Wang (salesperson) sent one order; Li (manager) entered and sent another.

namespace {

class Visibility : public ::testing::Test
{
protected:
    test::TestDatabase t;
    qint64 customer = t.addCustomer(QStringLiteral("C001"), QStringLiteral("宁波港信阀门有限公司"));
    qint64 valve = t.addProduct(QStringLiteral("D71X-16-DN150"), QStringLiteral("蝶阀"), 9'800'000, 0);
    Order mine;
    Order theirs;

    void SetUp() override
    {
        mine = send(t.salespersonId);
        theirs = send(t.managerId);
        t.actAs(t.salespersonId);
    }

    Order send(qint64 userId)
    {
        t.actAs(userId);
        return t.enterOrder(customer, valve, 2, true);
    }

    QStringList listed(const QString& search = {})
    {
        OrderListQuery query;
        query.search = search;
        auto rows = OrderQueryService(t.session()).page(query, 0, 100);
        EXPECT_TRUE(rows.has_value());
        QStringList numbers;
        for (const OrderListRow& r : rows.value_or(QList<OrderListRow>()))
            numbers << r.orderNo;
        numbers.sort();
        return numbers;
    }

    qint64 counted(const QString& search = {})
    {
        OrderListQuery query;
        query.search = search;
        return OrderQueryService(t.session()).count(query).value_or(-1);
    }

    QStringList awaiting()
    {
        QStringList numbers;
        for (const AwaitingConfirmation& a :
             OrderQueryService(t.session()).awaitingConfirmation().value_or(QList<AwaitingConfirmation>()))
            numbers << a.orderNo;
        numbers.sort();
        return numbers;
    }

    QString exported()
    {
        const QString path = t.dir() + QStringLiteral("/orders.csv");
        QFile::remove(path);
        auto report = CsvExportService(t.session()).exportOrders(path);
        EXPECT_TRUE(report.has_value()) << (report ? "" : report.error().message.toStdString());
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    // Every detail read of the colleague's order: all refused as "not found", or all answered.
    void expectDetail(const Order& order, bool visible)
    {
        OrderQueryService q(t.session());
        const auto seen = [&](auto result) {
            if (!result) {
                EXPECT_EQ(result.error().kind, Error::Kind::NotFound);
            }
            return result.has_value();
        };
        EXPECT_EQ(seen(q.order(order.id)), visible);
        EXPECT_EQ(seen(q.orderByNumber(order.orderNo)), visible);
        EXPECT_EQ(seen(q.timeline(order.id)), visible);
        EXPECT_EQ(seen(q.revisions(order.id)), visible);
        EXPECT_EQ(seen(q.confirmations(order.id)), visible);
        EXPECT_EQ(seen(q.history(order.id)), visible);
    }

    void expectSeesBoth()
    {
        const QStringList both = QStringList{mine.orderNo, theirs.orderNo};
        EXPECT_EQ(listed(), both);
        EXPECT_EQ(counted(), 2);
        EXPECT_EQ(listed(theirs.orderNo), QStringList{theirs.orderNo});
        EXPECT_EQ(counted(theirs.orderNo), 1);
        EXPECT_EQ(awaiting(), both);
        expectDetail(theirs, true);
        const QString csv = exported();
        EXPECT_TRUE(csv.contains(mine.orderNo));
        EXPECT_TRUE(csv.contains(theirs.orderNo));
    }
};

} // namespace

TEST_F(Visibility, ASalespersonSeesOnlyTheirOwnOrdersThroughEveryDoor)
{
    ASSERT_FALSE(mine.orderNo.isEmpty());
    ASSERT_NE(mine.orderNo, theirs.orderNo);
    EXPECT_EQ(listed(), QStringList{mine.orderNo});
    EXPECT_EQ(counted(), 1);
    // Searching for the colleague's number finds nothing, and says as much in the count.
    EXPECT_EQ(listed(theirs.orderNo), QStringList());
    EXPECT_EQ(counted(theirs.orderNo), 0);
    EXPECT_EQ(awaiting(), QStringList{mine.orderNo});
    expectDetail(mine, true);
    expectDetail(theirs, false);
    const QString csv = exported();
    EXPECT_TRUE(csv.contains(mine.orderNo));
    EXPECT_FALSE(csv.contains(theirs.orderNo));
}

TEST_F(Visibility, ASalespersonSeesEveryOrderWhenTheCompanyAllowsIt)
{
    ASSERT_TRUE(SettingsRepository(t.db()).setValue(QString::fromLatin1(OrderAccess::SettingKey),
                                                    QStringLiteral("1")));
    expectSeesBoth();
}

TEST_F(Visibility, AManagerSeesEveryOrder)
{
    t.actAs(t.managerId);
    expectSeesBoth();
}

TEST_F(Visibility, FinanceSeesEveryOrder)
{
    t.actAs(t.financeId);
    expectSeesBoth();
}

TEST_F(Visibility, AnAdministratorSeesEveryOrder)
{
    t.actAs(t.adminId);
    expectSeesBoth();
}

TEST_F(Visibility, NobodySignedInSeesNoOrder)
{
    Session nobody(t.db(), User{});
    OrderQueryService q(nobody);
    EXPECT_EQ(q.count(OrderListQuery()).value_or(-1), 0);
    EXPECT_TRUE(q.page(OrderListQuery(), 0, 10).value_or(QList<OrderListRow>{OrderListRow()}).isEmpty());
    EXPECT_FALSE(q.order(mine.id).has_value());
    EXPECT_TRUE(
        q.awaitingConfirmation().value_or(QList<AwaitingConfirmation>{AwaitingConfirmation()}).isEmpty());
    EXPECT_FALSE(CsvExportService(nobody).exportOrders(t.dir() + QStringLiteral("/nobody.csv")).has_value());
}
