// The Orders list by keyboard: from the search box to the hits in one key, a new search shows
// its first hits, and a filter box keeps its choice until it is opened on purpose.
#include "TypeText.h"
#include "UiOrderFactory.h"

#include "models/OrderListModel.h"
#include "orders/OrdersTableView.h"
#include "orders/OrdersView.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QLocale>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

namespace od::test {

class OrdersListKeyboardTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OrderDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("OrdersListKeyboardTest"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_ids = m_orders.addMany(90); // more than a screen, every customer, several statuses
        m_view = std::make_unique<OrdersView>(m_db.session());
        m_view->resize(1100, 400);
        m_view->show();
        QApplication::setActiveWindow(m_view.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_view.get()));
        ASSERT_TRUE(waitForOrders(*m_view->model(), 20));
        m_search = m_view->findChild<QLineEdit*>(QStringLiteral("searchBox"));
        m_table = m_view->table();
    }

    bool settled() { return waitForOrders(*m_view->model(), 1); }

    TestDatabase m_db;
    UiOrderFactory m_orders{m_db};
    QList<qint64> m_ids;
    std::unique_ptr<OrdersView> m_view;
    QLineEdit* m_search = nullptr;
    OrdersTableView* m_table = nullptr;
};

TEST_F(OrdersListKeyboardTest, ANewSearchShowsItsFirstHitsNotTheOldScrollPosition)
{
    m_table->setFocus();
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(m_table, Qt::Key_PageDown);
    ASSERT_GT(m_table->verticalScrollBar()->value(), 0);
    m_search->setFocus();
    typeText(m_search, QStringLiteral("华东"));
    QTest::keyClick(m_search, Qt::Key_Return);
    ASSERT_TRUE(settled());
    ASSERT_LT(m_view->model()->rowCount(), 90);
    ASSERT_GT(m_view->model()->rowCount(), 0);
    EXPECT_EQ(m_table->verticalScrollBar()->value(), 0);
}

TEST_F(OrdersListKeyboardTest, DownOrEnterInTheSearchGoesToTheFirstHitAndEnterOpensIt)
{
    QSignalSpy open(m_view.get(), &OrdersView::openOrderRequested);
    m_search->setFocus();
    typeText(m_search, QStringLiteral("Acme"));
    QTest::keyClick(m_search, Qt::Key_Down); // before the pause: searches now
    ASSERT_TRUE(waitUntil([&] { return QApplication::focusWidget() == m_table; }));
    EXPECT_EQ(m_table->currentIndex().row(), 0);
    const qint64 first = m_view->model()->orderIdAt(0);
    ASSERT_NE(first, 0);
    EXPECT_EQ(m_view->model()->rowAt(0)->customerName, QStringLiteral("Acme Pumps Ltd"));
    QTest::keyClick(m_table, Qt::Key_Return);
    ASSERT_EQ(open.size(), 1);
    EXPECT_EQ(open.at(0).at(0).toLongLong(), first);

    // Enter in the search box does the same: the list, first hit current, ready for Enter.
    m_search->setFocus();
    m_search->selectAll();
    typeText(m_search, QStringLiteral("上海"));
    QTest::keyClick(m_search, Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return QApplication::focusWidget() == m_table; }));
    ASSERT_TRUE(settled());
    EXPECT_EQ(m_table->currentIndex().row(), 0);
    EXPECT_EQ(m_view->model()->rowAt(0)->customerName, QStringLiteral("上海阀门厂"));
}

TEST_F(OrdersListKeyboardTest, OneTabFromTheSearchReachesTheList)
{
    m_search->setFocus();
    QTest::keyClick(m_search, Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), m_table);
    QTest::keyClick(m_table, Qt::Key_Backtab);
    EXPECT_EQ(QApplication::focusWidget(), m_search);
}

TEST_F(OrdersListKeyboardTest, ArrowsOnAStatusBoxLeaveTheFilterAltDownOpensIt)
{
    auto* status = m_view->findChild<QComboBox*>(QStringLiteral("statusFilter"));
    ASSERT_NE(status, nullptr);
    status->setFocus();
    for (const auto key : {Qt::Key_Down, Qt::Key_Down, Qt::Key_Up, Qt::Key_End, Qt::Key_PageDown})
        QTest::keyClick(status, key);
    EXPECT_EQ(status->currentIndex(), 0);
    EXPECT_FALSE(m_view->isFiltered());

    QTest::keyClick(status, Qt::Key_Down, Qt::AltModifier);
    ASSERT_TRUE(waitUntil([&] { return status->view()->isVisible(); }));
    QTest::keyClick(status->view(), Qt::Key_Down);
    QTest::keyClick(status->view(), Qt::Key_Return);
    EXPECT_EQ(status->currentIndex(), 1);
    ASSERT_TRUE(settled());
    EXPECT_TRUE(m_view->isFiltered());

    // F4 opens it as well.
    QTest::keyClick(status, Qt::Key_F4);
    EXPECT_TRUE(waitUntil([&] { return status->view()->isVisible(); }));
    QTest::keyClick(status->view(), Qt::Key_Escape);
}

} // namespace od::test
