#include "UiOrderFactory.h"

#include "OrderIntakeService.h"
#include "models/OrderListModel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <limits>

namespace od::test {

namespace {

QStringList g_modelWarnings;

void collectModelWarnings(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type != QtDebugMsg && QByteArray(context.category ? context.category : "").contains("modeltest"))
        g_modelWarnings << message;
}

} // namespace

// About 300 orders entered through the intake service, shared by the read-only tests below.
class OrderListModelTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        s_db = new TestDatabase;
        s_factory = new UiOrderFactory(*s_db);
        s_ids = s_factory->addMany(300);
    }
    static void TearDownTestSuite()
    {
        delete s_factory;
        delete s_db;
    }

    // Rows arrive from the loader thread: wait for the count, then for the row's page.
    static void load(OrderListModel& model, const OrderListQuery& query)
    {
        model.setQuery(query);
        settle(model);
    }
    static void settle(OrderListModel& model)
    {
        ASSERT_TRUE(waitUntil([&model] { return !model.isLoading(); }));
    }
    static QString cell(OrderListModel& model, int row, int column, int role = Qt::DisplayRole)
    {
        EXPECT_TRUE(waitUntil([&] { return model.rowAt(row) != nullptr; })) << "row " << row;
        return model.data(model.index(row, column), role).toString();
    }
    static qint64 idAt(OrderListModel& model, int row)
    {
        EXPECT_TRUE(waitUntil([&] { return model.rowAt(row) != nullptr; })) << "row " << row;
        return model.orderIdAt(row);
    }

    static inline TestDatabase* s_db = nullptr;
    static inline UiOrderFactory* s_factory = nullptr;
    static inline QList<qint64> s_ids;
};

TEST_F(OrderListModelTest, PassesTheItemModelTesterWhileFilteringAndSorting)
{
    g_modelWarnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectModelWarnings);
    {
        OrderListModel model(s_db->session().factory());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
        load(model, OrderListQuery{});
        EXPECT_EQ(model.rowCount(), 300);
        OrderListQuery awaiting;
        awaiting.status = OrderStatus::AwaitingConfirmation;
        load(model, awaiting);
        model.sort(OrderListModel::TotalColumn, Qt::AscendingOrder);
        settle(model);
        model.sort(OrderListModel::CustomerColumn, Qt::DescendingOrder);
        // A second query before the first is answered: only the last one counts.
        model.setQuery(OrderListQuery{});
        settle(model);
        EXPECT_EQ(model.rowCount(), 300); // not the 60 of the query it replaced
        for (int row = 0; row < model.rowCount(); row += 37)
            for (int column = 0; column < model.columnCount(); ++column)
                cell(model, row, column);
    }
    qInstallMessageHandler(previous);
    EXPECT_TRUE(g_modelWarnings.isEmpty()) << g_modelWarnings.join(QLatin1Char('\n')).toStdString();
}

TEST_F(OrderListModelTest, ListsEveryOrderNewestFirstWithItsColumns)
{
    OrderListModel model(s_db->session().factory());
    load(model, OrderListQuery{});
    ASSERT_EQ(model.rowCount(), 300);
    EXPECT_TRUE(model.countIsExact());
    // Default sort: order date, newest first. Orders dated today come first.
    EXPECT_EQ(cell(model, 0, OrderListModel::OrderDateColumn), QStringLiteral("Jun 1, 2026"));
    const Order first = s_factory->load(idAt(model, 0));
    EXPECT_EQ(cell(model, 0, OrderListModel::OrderNoColumn), first.orderNo);
    EXPECT_EQ(cell(model, 0, OrderListModel::CustomerColumn), first.customerName);
    EXPECT_EQ(cell(model, 0, OrderListModel::SalespersonColumn), QStringLiteral("王芳"));
    EXPECT_EQ(cell(model, 0, OrderListModel::StatusColumn), OrderStatusInfo::displayName(first.status));
    EXPECT_FALSE(model.data(model.index(0, OrderListModel::StatusColumn), Qt::DecorationRole).isNull());
    // A row whose page is not loaded yet shows a placeholder, then the order once it arrives.
    EXPECT_EQ(model.data(model.index(250, OrderListModel::CustomerColumn)).toString(), QString());
    EXPECT_FALSE(cell(model, 250, OrderListModel::CustomerColumn).isEmpty());
    EXPECT_TRUE(cell(model, 0, OrderListModel::TotalColumn).startsWith(QStringLiteral("¥")));
    EXPECT_EQ(model.data(model.index(0, OrderListModel::TotalColumn), Qt::TextAlignmentRole).toInt(),
              int(Qt::AlignRight | Qt::AlignVCenter));
}

TEST_F(OrderListModelTest, SortingByTotalPutsTheSmallestOrLargestOrderFirst)
{
    qint64 smallest = std::numeric_limits<qint64>::max();
    qint64 largest = 0;
    for (qint64 id : s_ids) {
        const qint64 total = s_factory->load(id).total.minor();
        smallest = qMin(smallest, total);
        largest = qMax(largest, total);
    }
    OrderListModel model(s_db->session().factory());
    load(model, OrderListQuery{});
    model.sort(OrderListModel::TotalColumn, Qt::AscendingOrder);
    settle(model);
    EXPECT_EQ(s_factory->load(idAt(model, 0)).total.minor(), smallest);
    model.sort(OrderListModel::TotalColumn, Qt::DescendingOrder);
    settle(model);
    EXPECT_EQ(s_factory->load(idAt(model, 0)).total.minor(), largest);
    EXPECT_EQ(model.rowCount(), 300);
}

TEST_F(OrderListModelTest, SortingByCustomerFollowsTheDatabaseOrder)
{
    OrderListModel model(s_db->session().factory());
    load(model, OrderListQuery{});
    model.sort(OrderListModel::CustomerColumn, Qt::AscendingOrder);
    settle(model);
    // SQLite compares UTF-8 bytes: Latin letters come before Chinese characters.
    EXPECT_EQ(cell(model, 0, OrderListModel::CustomerColumn), QStringLiteral("Acme Pumps Ltd"));
    model.sort(OrderListModel::CustomerColumn, Qt::DescendingOrder);
    settle(model);
    const QString last = QString::fromUtf8(
        std::max(QStringLiteral("华东机械有限公司").toUtf8(), QStringLiteral("上海阀门厂").toUtf8()));
    EXPECT_EQ(cell(model, 0, OrderListModel::CustomerColumn), last);
    EXPECT_EQ(model.query().sortColumn, OrderListQuery::Column::Customer);
    EXPECT_TRUE(model.query().descending);
}

TEST_F(OrderListModelTest, FilteringByStatusShowsOnlyThatStatus)
{
    OrderListModel model(s_db->session().factory());
    OrderListQuery query;
    query.status = OrderStatus::AwaitingConfirmation;
    load(model, query);
    EXPECT_EQ(model.rowCount(), 60);
    for (int row = 0; row < model.rowCount(); ++row)
        ASSERT_EQ(cell(model, row, 0, OrderListModel::StatusKeyRole),
                  QStringLiteral("awaiting_confirmation"));
    query.status = OrderStatus::Confirmed;
    load(model, query);
    EXPECT_EQ(model.rowCount(), 30);
    EXPECT_EQ(cell(model, 0, OrderListModel::StatusColumn),
              OrderStatusInfo::displayName(OrderStatus::Confirmed));
}

TEST_F(OrderListModelTest, SearchFindsAnOrderByNumberAndByChineseCustomerName)
{
    const Order wanted = s_factory->load(s_ids.at(123));
    OrderListModel model(s_db->session().factory());
    OrderListQuery query;
    query.search = wanted.orderNo;
    load(model, query);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(cell(model, 0, OrderListModel::OrderNoColumn), wanted.orderNo);

    query.search = QStringLiteral("华东机械");
    load(model, query);
    EXPECT_EQ(model.rowCount(), 100);
    for (int row = 0; row < model.rowCount(); ++row)
        ASSERT_EQ(cell(model, row, OrderListModel::CustomerColumn), QStringLiteral("华东机械有限公司"));

    query.search = QStringLiteral("上海"); // two characters: shorter than a trigram
    load(model, query);
    EXPECT_EQ(model.rowCount(), 100);
    EXPECT_EQ(cell(model, 0, OrderListModel::CustomerColumn), QStringLiteral("上海阀门厂"));

    query.search = QStringLiteral("没有这个客户");
    load(model, query);
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(OrderListModelTest, FiltersByCustomerSalespersonAndDateRange)
{
    OrderListModel model(s_db->session().factory());
    OrderListQuery query;
    query.customerId = s_factory->customerAcme;
    load(model, query);
    EXPECT_EQ(model.rowCount(), 100);
    query.customerId = 0;
    query.salespersonId = s_db->managerId;
    load(model, query);
    EXPECT_EQ(model.rowCount(), 0);
    query.salespersonId = s_db->salespersonId;
    query.from = s_db->session().today().addDays(-9);
    query.to = s_db->session().today();
    load(model, query);
    // Orders are dated 0…89 days back in turn: ten days hold ten orders of every ninety.
    int expected = 0;
    for (int i = 0; i < 300; ++i)
        expected += (i % 90) <= 9 ? 1 : 0;
    EXPECT_EQ(model.rowCount(), expected);
}

TEST_F(OrderListModelTest, RefreshShowsAnOrderSavedElsewhere)
{
    TestDatabase db;
    UiOrderFactory factory(db);
    factory.addDraft(factory.customerAcme, 1);
    OrderListModel model(db.session().factory());
    QSignalSpy counts(&model, &OrderListModel::countChanged);
    load(model, OrderListQuery{});
    EXPECT_EQ(model.rowCount(), 1);
    factory.addDraft(factory.customerEast, 2);
    model.refresh();
    // The old row stays on screen until the new count is in.
    EXPECT_EQ(model.rowCount(), 1);
    settle(model);
    EXPECT_EQ(model.rowCount(), 2);
    ASSERT_GE(counts.size(), 2);
    EXPECT_EQ(counts.last().at(0).toLongLong(), 2);
    EXPECT_TRUE(counts.last().at(1).toBool());
}

} // namespace od::test
