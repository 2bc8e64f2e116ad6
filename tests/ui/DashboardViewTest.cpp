#include "UiOrderFactory.h"

#include "DashboardService.h"
#include "dashboard/DashboardView.h"
#include "main/MainWindow.h"
#include "models/OrderListModel.h"
#include "orders/OrdersView.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTest>

#include <gtest/gtest.h>

namespace od::test {

// The dashboard for a manager: the month's figures, narrowed to one salesperson from the
// keyboard, and the orders behind a tile (keyboard) or a bar (mouse) in the Orders list.
class DashboardViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OrderDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("DashboardViewTest"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // wang takes two orders this month, the manager li one; li's second is still a draft.
        for (int seed : {1, 2}) {
            const qint64 id = m_orders.addDraft(m_orders.customerEast, seed);
            m_orders.submit(id);
            m_orders.confirm(id);
        }
        m_db.actAs(m_db.managerId);
        const qint64 own = m_orders.addDraft(m_orders.customerShanghai, 3);
        m_orders.submit(own);
        m_orders.confirm(own);
        m_orders.addDraft(m_orders.customerAcme, 4);

        m_window = std::make_unique<MainWindow>(m_db.session());
        m_window->resize(1280, 800);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
        m_window->showPage(QString::fromLatin1(PageIds::Dashboard));
        m_view = qobject_cast<DashboardView*>(m_window->createdPage(QString::fromLatin1(PageIds::Dashboard)));
        ASSERT_NE(m_view, nullptr);
        ASSERT_TRUE(loaded());
    }

    bool loaded()
    {
        return waitUntil([&] { return !m_view->isLoading() && m_view->figures().has_value(); }, 5000);
    }

    QPushButton* tile(const char* name) { return m_view->findChild<QPushButton*>(QLatin1String(name)); }

    OrdersView* orders() { return m_window->ordersView(); }

    TestDatabase m_db;
    UiOrderFactory m_orders{m_db};
    std::unique_ptr<MainWindow> m_window;
    DashboardView* m_view = nullptr;
};

TEST_F(DashboardViewTest, FilterBySalespersonAndOpenTheOrdersBehindATileByKeyboard)
{
    EXPECT_EQ(m_view->figures()->thisMonth.orders, 3);
    EXPECT_TRUE(tile("tileIntake")->text().contains(QStringLiteral("3 orders")))
        << tile("tileIntake")->text().toStdString();

    // Alt+Down opens the salesperson box; wang is chosen with the arrows and Enter.
    QComboBox* salesperson = m_view->salespersonFilter();
    const int wang = salesperson->findData(m_db.salespersonId);
    ASSERT_GT(wang, 0);
    salesperson->setFocus();
    QTest::keyClick(salesperson, Qt::Key_Down, Qt::AltModifier);
    ASSERT_TRUE(waitUntil([&] { return salesperson->view()->isVisible(); }));
    for (int i = 0; i < wang; ++i)
        QTest::keyClick(salesperson->view(), Qt::Key_Down);
    QTest::keyClick(salesperson->view(), Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] {
        return !m_view->isLoading() && m_view->figures() &&
               m_view->figures()->salespersonId == m_db.salespersonId;
    }));
    EXPECT_EQ(m_view->figures()->thisMonth.orders, 2);
    EXPECT_TRUE(tile("tileIntake")->text().contains(QStringLiteral("2 orders")));
    EXPECT_FALSE(tile("tileReceivables")->isEnabled()); // the whole company's, not wang's

    // Tab to the intake tile and Space: the Orders list shows wang's two orders of the month.
    tile("tileIntake")->setFocus(Qt::TabFocusReason);
    QTest::keyClick(tile("tileIntake"), Qt::Key_Space);
    EXPECT_EQ(m_window->currentPage(), QString::fromLatin1(PageIds::Orders));
    ASSERT_NE(orders(), nullptr);
    ASSERT_TRUE(waitForOrders(*orders()->model(), 2));
    EXPECT_EQ(orders()->model()->orderCount(), 2);
    const OrderListQuery query = orders()->currentQuery();
    EXPECT_EQ(query.salespersonId, m_db.salespersonId);
    EXPECT_EQ(query.statuses, DashboardService::intakeStatuses());
    EXPECT_EQ(query.from, QDate(2026, 6, 1));
    auto* behind = orders()->findChild<QLabel*>(QStringLiteral("ordersBehindFigure"));
    ASSERT_NE(behind, nullptr);
    EXPECT_TRUE(behind->isVisible());

    // Clearing the filters lists every order again, the draft too.
    QTest::mouseClick(orders()->findChild<QPushButton*>(QStringLiteral("clearFilters")), Qt::LeftButton);
    ASSERT_TRUE(
        waitUntil([&] { return orders()->model()->orderCount() == 4 && !orders()->model()->isLoading(); }));
    EXPECT_FALSE(behind->isVisible());
}

TEST_F(DashboardViewTest, ABarOfTheBacklogOpensItsOrdersWithTheMouse)
{
    QChartView* chartView = m_view->backlogChart();
    ASSERT_TRUE(chartView->isVisible());
    QChart* chart = chartView->chart();
    ASSERT_EQ(chart->series().size(), 1);
    auto* series = qobject_cast<QBarSeries*>(chart->series().first());
    ASSERT_NE(series, nullptr);
    QBarSet* set = series->barSets().first();
    ASSERT_GT(set->at(0), 0.0); // confirmed: all three orders
    // The middle of the first bar ("Confirmed"), in the view's coordinates.
    const QPointF inChart = chart->mapToPosition(QPointF(0, set->at(0) / 2), series);
    const QPoint inView = chartView->mapFromScene(chart->mapToScene(inChart));
    QTest::mouseClick(chartView->viewport(), Qt::LeftButton, {}, inView);
    EXPECT_EQ(m_window->currentPage(), QString::fromLatin1(PageIds::Orders));
    ASSERT_TRUE(waitForOrders(*orders()->model(), 3));
    EXPECT_EQ(orders()->model()->orderCount(), 3);
    EXPECT_EQ(orders()->currentQuery().statuses, QList<OrderStatus>{OrderStatus::Confirmed});
}

TEST_F(DashboardViewTest, ACustomerChosenNarrowsTheFiguresAndTheOrdersBehindThem)
{
    // Alt+U reaches the customer box; 华东机械 is chosen by typing its code's first letters.
    QComboBox* customer = m_view->customerFilter();
    const int east = customer->findData(m_orders.customerEast);
    ASSERT_GT(east, 0);
    QTest::keyClick(m_window.get(), Qt::Key_U, Qt::AltModifier);
    ASSERT_TRUE(customer->hasFocus());
    customer->setCurrentIndex(east);
    ASSERT_TRUE(waitUntil([&] {
        return !m_view->isLoading() && m_view->figures() &&
               m_view->figures()->customerId == m_orders.customerEast;
    }));
    EXPECT_EQ(m_view->figures()->thisMonth.orders, 2); // wang's two; li's order is another customer's
    EXPECT_TRUE(tile("tileIntake")->text().contains(QStringLiteral("2 orders")));

    QTest::mouseClick(tile("tileBacklog"), Qt::LeftButton);
    EXPECT_EQ(m_window->currentPage(), QString::fromLatin1(PageIds::Orders));
    ASSERT_TRUE(waitForOrders(*orders()->model(), 2));
    EXPECT_EQ(orders()->model()->orderCount(), 2);
    EXPECT_EQ(orders()->currentQuery().customerId, m_orders.customerEast);
}

TEST_F(DashboardViewTest, TheOnTimeTileOpensTheOrdersShippedLate)
{
    // Nothing has shipped: the tile says there is no data yet, and its list is empty.
    EXPECT_TRUE(tile("tileOnTime")->text().contains(QStringLiteral("no data yet")));
    tile("tileOnTime")->setFocus(Qt::TabFocusReason);
    QTest::keyClick(tile("tileOnTime"), Qt::Key_Space);
    EXPECT_EQ(m_window->currentPage(), QString::fromLatin1(PageIds::Orders));
    ASSERT_TRUE(
        waitUntil([&] { return !orders()->model()->isLoading() && orders()->model()->orderCount() == 0; }));
    EXPECT_TRUE(orders()->currentQuery().shippedLate);
    // The month-by-month chart says the same instead of drawing empty bars.
    auto* hint = m_view->findChild<QLabel*>(QStringLiteral("chartOnTimeEmpty"));
    ASSERT_NE(hint, nullptr);
    EXPECT_TRUE(hint->text().contains(QStringLiteral("No order with a promised date shipped")))
        << hint->text().toStdString();
}

TEST_F(DashboardViewTest, ABarOfTheTopCustomersOpensTheirOrdersWithTheMouse)
{
    const QList<CustomerFigure> top = m_view->figures()->topByValue;
    ASSERT_EQ(top.size(), 2); // 华东机械 (wang's two orders) and 上海 (li's)
    QChartView* chartView = m_view->topValueChart();
    // The chart is in the lower part of the dashboard: scrolled into view first.
    auto* scroll = m_view->findChild<QScrollArea*>(QStringLiteral("dashboardCharts"));
    ASSERT_NE(scroll, nullptr);
    scroll->ensureWidgetVisible(chartView);
    ASSERT_TRUE(waitUntil([&] { return chartView->isVisible(); }));
    QChart* chart = chartView->chart();
    ASSERT_EQ(chart->series().size(), 1);
    auto* series = qobject_cast<QHorizontalBarSeries*>(chart->series().first());
    ASSERT_NE(series, nullptr);
    QBarSet* set = series->barSets().first();
    ASSERT_EQ(set->count(), 2);
    // The top bar is the first customer; the middle of it, in the view's coordinates.
    const int last = set->count() - 1;
    const QPointF inChart = chart->mapToPosition(QPointF(set->at(last) / 2, last), series);
    const QPoint inView = chartView->mapFromScene(chart->mapToScene(inChart));
    QTest::mouseClick(chartView->viewport(), Qt::LeftButton, {}, inView);
    EXPECT_EQ(m_window->currentPage(), QString::fromLatin1(PageIds::Orders));
    ASSERT_TRUE(waitForOrders(*orders()->model(), int(top.first().orders)));
    EXPECT_EQ(orders()->model()->orderCount(), top.first().orders);
    EXPECT_EQ(orders()->currentQuery().customerId, top.first().customerId);
    EXPECT_EQ(orders()->currentQuery().from, QDate(2025, 7, 1));
}

TEST_F(DashboardViewTest, ASalespersonHasNoDashboardPage)
{
    m_db.actAs(m_db.salespersonId);
    MainWindow window(m_db.session());
    EXPECT_FALSE(window.hasPage(QString::fromLatin1(PageIds::Dashboard)));
}

} // namespace od::test
