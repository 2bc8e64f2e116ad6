#include "UiOrderFactory.h"

#include "BottleneckService.h"
#include "dashboard/BottlenecksView.h"
#include "dashboard/DashboardView.h"
#include "main/MainWindow.h"
#include "models/OrderListModel.h"
#include "orders/OrdersView.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCoreApplication>
#include <QDateEdit>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace od::test {

// 瓶颈分析 for a manager: the stages of a hand-made timeline, the period changed, and the orders
// behind a stage opened by keyboard and by mouse in the Orders list.
class BottlenecksViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OrderDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("BottlenecksViewTest"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // In May 2026 two orders waited 24 and 72 hours for the customer's confirmation; in
        // March 2025 a third waited 10 days; a fourth order has no timeline at all.
        m_first = m_orders.addDraft(m_orders.customerEast, 1);
        m_second = m_orders.addDraft(m_orders.customerShanghai, 2);
        const qint64 old = m_orders.addDraft(m_orders.customerAcme, 3);
        m_orders.addDraft(m_orders.customerEast, 4);
        waited(m_first, QStringLiteral("2026-05-04T08:00:00Z"), QStringLiteral("2026-05-05T08:00:00Z"));
        waited(m_second, QStringLiteral("2026-05-04T08:00:00Z"), QStringLiteral("2026-05-07T08:00:00Z"));
        waited(old, QStringLiteral("2025-03-01T08:00:00Z"), QStringLiteral("2025-03-11T08:00:00Z"));

        m_db.actAs(m_db.managerId);
        m_window = std::make_unique<MainWindow>(m_db.session());
        m_window->resize(1280, 800);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
        m_window->showPage(QString::fromLatin1(PageIds::Bottlenecks));
        m_view =
            qobject_cast<BottlenecksView*>(m_window->createdPage(QString::fromLatin1(PageIds::Bottlenecks)));
        ASSERT_NE(m_view, nullptr);
        ASSERT_TRUE(loaded(QDate(2025, 6, 2)));
    }

    void waited(qint64 orderId, const QString& submitted, const QString& confirmed)
    {
        for (const auto& [at, kind] : {std::pair{submitted, QStringLiteral("submitted")},
                                       std::pair{confirmed, QStringLiteral("confirmed")}}) {
            QSqlQuery q(m_db.db().sql());
            q.prepare(QStringLiteral("INSERT INTO order_events (order_id, at, kind, revision, data) "
                                     "VALUES (?, ?, ?, 1, '')"));
            q.addBindValue(orderId);
            q.addBindValue(at);
            q.addBindValue(kind);
            ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
        }
    }

    // Waits for the reading of the period starting `from`.
    bool loaded(const QDate& from)
    {
        return waitUntil(
            [&] {
                return !m_view->isLoading() && m_view->report().has_value() && m_view->report()->from == from;
            },
            5000);
    }

    int rowOf(StageKind kind) const
    {
        const QList<StageFigures>& stages = m_view->report()->stages;
        for (int row = 0; row < stages.size(); ++row)
            if (stages[row].stage.kind == kind)
                return row;
        return -1;
    }

    QString cell(int row, int column) const { return m_view->stagesTable()->item(row, column)->text(); }

    OrdersView* orders() { return m_window->ordersView(); }

    TestDatabase m_db;
    UiOrderFactory m_orders{m_db};
    std::unique_ptr<MainWindow> m_window;
    BottlenecksView* m_view = nullptr;
    qint64 m_first = 0;
    qint64 m_second = 0;
};

TEST_F(BottlenecksViewTest, TheYearShowsEachStageWithTheWorstHighlighted)
{
    const int confirm = rowOf(StageKind::Confirmation);
    ASSERT_EQ(confirm, 0);
    EXPECT_EQ(cell(confirm, BottlenecksView::OrdersColumn), QStringLiteral("2"));
    EXPECT_EQ(cell(confirm, BottlenecksView::MedianColumn), QStringLiteral("2.0"));
    EXPECT_EQ(cell(confirm, BottlenecksView::P90Column), QStringLiteral("3.0"));
    EXPECT_EQ(cell(confirm, BottlenecksView::ShareColumn), QStringLiteral("100.00 %"));
    EXPECT_TRUE(cell(confirm, BottlenecksView::StageColumn).contains(QStringLiteral("bottleneck")));
    EXPECT_TRUE(m_view->stagesTable()->item(confirm, BottlenecksView::StageColumn)->font().bold());
    // A stage nothing passed through says so.
    const int payment = rowOf(StageKind::Payment);
    EXPECT_EQ(cell(payment, BottlenecksView::MedianColumn), QStringLiteral("no data"));
    EXPECT_FALSE(m_view->stagesTable()->item(payment, BottlenecksView::StageColumn)->font().bold());
    EXPECT_TRUE(m_view->withoutWorkLabel()->text().contains(QStringLiteral("Change requests: 0")))
        << m_view->withoutWorkLabel()->text().toStdString();
}

TEST_F(BottlenecksViewTest, ChangingThePeriodReadsItAgainWithItsTrend)
{
    // March 2025 alone: the order that waited 10 days; nothing the month before.
    m_view->toEdit()->setDate(QDate(2025, 3, 31));
    m_view->fromEdit()->setDate(QDate(2025, 3, 1));
    ASSERT_TRUE(loaded(QDate(2025, 3, 1)));
    EXPECT_EQ(m_view->report()->to, QDate(2025, 3, 31));
    EXPECT_EQ(cell(0, BottlenecksView::OrdersColumn), QStringLiteral("1"));
    EXPECT_EQ(cell(0, BottlenecksView::MedianColumn), QStringLiteral("10.0"));
    EXPECT_EQ(cell(0, BottlenecksView::TrendColumn), QStringLiteral("no data before"));

    // From April 2025 on, March is the period before: the median fell from 10 days to 2.
    m_view->toEdit()->setDate(QDate(2026, 5, 31));
    m_view->fromEdit()->setDate(QDate(2025, 4, 1));
    ASSERT_TRUE(loaded(QDate(2025, 4, 1)));
    EXPECT_EQ(cell(0, BottlenecksView::OrdersColumn), QStringLiteral("2"));
    EXPECT_EQ(cell(0, BottlenecksView::TrendColumn), QStringLiteral("▼ 10.0"));

    // A period ending before it starts is explained; the figures shown stay.
    m_view->toEdit()->setDate(QDate(2025, 1, 1));
    ASSERT_TRUE(waitUntil([&] { return !m_view->isLoading(); }, 5000));
    auto* state = m_view->findChild<QLabel*>(QStringLiteral("bottlenecksState"));
    EXPECT_TRUE(state->text().contains(QStringLiteral("before it starts"))) << state->text().toStdString();
    EXPECT_EQ(cell(0, BottlenecksView::OrdersColumn), QStringLiteral("2"));
}

TEST_F(BottlenecksViewTest, EnterOnAStageOpensExactlyTheOrdersBehindIt)
{
    QTableWidget* table = m_view->stagesTable();
    table->setFocus(Qt::TabFocusReason);
    table->setCurrentCell(rowOf(StageKind::Confirmation), 0);
    QTest::keyClick(table, Qt::Key_Return);
    EXPECT_EQ(m_window->currentPage(), QString::fromLatin1(PageIds::Orders));
    ASSERT_NE(orders(), nullptr);
    ASSERT_TRUE(waitForOrders(*orders()->model(), 2));
    EXPECT_EQ(orders()->model()->orderCount(), 2);
    const OrderListQuery query = orders()->currentQuery();
    EXPECT_EQ(query.stageKey, QStringLiteral("confirmation"));
    EXPECT_EQ(query.stageFrom, QDate(2025, 6, 2));
    EXPECT_EQ(query.stageTo, QDate(2026, 6, 1));
    QList<qint64> ids;
    for (int row = 0; row < orders()->model()->rowCount(); ++row)
        if (const OrderListRow* r = orders()->model()->rowAt(row))
            ids << r->id;
    std::sort(ids.begin(), ids.end());
    EXPECT_EQ(ids, (QList<qint64>{m_first, m_second}));
}

TEST_F(BottlenecksViewTest, ADoubleClickOnAStageOpensItsOrders)
{
    // The year before: only the order of March 2025.
    m_view->fromEdit()->setDate(QDate(2024, 6, 2));
    m_view->toEdit()->setDate(QDate(2025, 6, 1));
    ASSERT_TRUE(loaded(QDate(2024, 6, 2)));
    QTableWidget* table = m_view->stagesTable();
    const QRect rect = table->visualItemRect(table->item(rowOf(StageKind::Confirmation), 0));
    // A double-click: the first click selects the row, the second opens it.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    EXPECT_EQ(m_window->currentPage(), QString::fromLatin1(PageIds::Bottlenecks));
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    EXPECT_EQ(m_window->currentPage(), QString::fromLatin1(PageIds::Orders));
    ASSERT_TRUE(waitForOrders(*orders()->model(), 1));
    EXPECT_EQ(orders()->model()->orderCount(), 1);
    EXPECT_EQ(orders()->currentQuery().stageFrom, QDate(2024, 6, 2));
}

TEST_F(BottlenecksViewTest, TheDashboardLinksHereAndASalespersonHasNoPage)
{
    m_window->showPage(QString::fromLatin1(PageIds::Dashboard));
    auto* dashboard =
        qobject_cast<DashboardView*>(m_window->createdPage(QString::fromLatin1(PageIds::Dashboard)));
    ASSERT_NE(dashboard, nullptr);
    QTest::mouseClick(dashboard->bottlenecksButton(), Qt::LeftButton);
    EXPECT_EQ(m_window->currentPage(), QString::fromLatin1(PageIds::Bottlenecks));

    m_db.actAs(m_db.salespersonId);
    MainWindow window(m_db.session());
    EXPECT_FALSE(window.hasPage(QString::fromLatin1(PageIds::Bottlenecks)));
}

} // namespace od::test
