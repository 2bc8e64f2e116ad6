#include "UiOrderFactory.h"

#include "models/OrderListModel.h"
#include "orders/OrdersTableView.h"
#include "orders/OrdersView.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

namespace od::test {

class OrdersViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OrderDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("OrdersViewTest"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        for (int i = 0; i < 9; ++i) {
            const qint64 customers[] = {m_orders.customerEast, m_orders.customerShanghai,
                                        m_orders.customerAcme};
            m_ids << m_orders.addDraft(customers[i % 3], i, i);
        }
        m_orders.submit(m_ids.at(4));
        m_view = std::make_unique<OrdersView>(m_db.session());
        m_view->resize(1100, 600);
        m_view->show();
        ASSERT_TRUE(waitForOrders(*m_view->model(), 9));
    }

    template <typename T> T* child(const char* name)
    {
        auto* widget = m_view->findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    int rows() const { return m_view->model()->rowCount(); }

    TestDatabase m_db;
    UiOrderFactory m_orders{m_db};
    QList<qint64> m_ids;
    std::unique_ptr<OrdersView> m_view;
};

TEST_F(OrdersViewTest, TypingInTheSearchBoxFiltersAfterAPause)
{
    auto* search = child<QLineEdit>("searchBox");
    ASSERT_EQ(rows(), 9);
    QTest::keyClicks(search, QStringLiteral("Acme"));
    // Debounced: the list does not change on every key press…
    EXPECT_EQ(rows(), 9);
    // …but shortly after the typing stops.
    EXPECT_TRUE(waitUntil([this] { return rows() == 3; }, 2000)) << rows();
    EXPECT_TRUE(m_view->isFiltered());
    search->clear();
    EXPECT_TRUE(waitUntil([this] { return rows() == 9; }, 2000));
}

TEST_F(OrdersViewTest, TheStatusComboShowsOnlyThatStatus)
{
    auto* status = child<QComboBox>("statusFilter");
    QSignalSpy counts(m_view.get(), &OrdersView::countChanged);
    status->setCurrentIndex(status->findData(QStringLiteral("awaiting_confirmation")));
    ASSERT_TRUE(waitForOrders(*m_view->model()));
    ASSERT_EQ(rows(), 1);
    EXPECT_EQ(m_view->model()->orderIdAt(0), m_ids.at(4));
    ASSERT_FALSE(counts.isEmpty());
    EXPECT_EQ(counts.last().at(0).toLongLong(), 1);
    QTest::mouseClick(child<QPushButton>("clearFilters"), Qt::LeftButton);
    ASSERT_TRUE(waitForOrders(*m_view->model()));
    EXPECT_EQ(rows(), 9);
    EXPECT_EQ(status->currentIndex(), 0);
}

TEST_F(OrdersViewTest, TheDateRangeCountsOnlyWhenTicked)
{
    auto* from = child<QDateEdit>("fromDate");
    auto* fromEnabled = child<QCheckBox>("fromEnabled");
    from->setDate(m_db.session().today().addDays(-2));
    EXPECT_EQ(rows(), 9); // unticked: any date
    QTest::mouseClick(fromEnabled, Qt::LeftButton, {}, QPoint(4, fromEnabled->height() / 2));
    ASSERT_TRUE(fromEnabled->isChecked());
    ASSERT_TRUE(waitForOrders(*m_view->model()));
    EXPECT_EQ(rows(), 3); // today, yesterday, the day before
}

TEST_F(OrdersViewTest, ClickingAHeaderSortsInSql)
{
    QHeaderView* header = m_view->table()->horizontalHeader();
    const int x = header->sectionViewportPosition(OrderListModel::OrderNoColumn) + 10;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    EXPECT_EQ(m_view->model()->query().sortColumn, OrderListQuery::Column::OrderNo);
    ASSERT_TRUE(waitForOrders(*m_view->model(), 9));
    const QString first = m_view->model()->data(m_view->model()->index(0, 0)).toString();
    const QString last = m_view->model()->data(m_view->model()->index(8, 0)).toString();
    EXPECT_EQ(first < last, !m_view->model()->query().descending);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    ASSERT_TRUE(waitForOrders(*m_view->model(), 9));
    EXPECT_EQ(m_view->model()->data(m_view->model()->index(0, 0)).toString(), last);
}

TEST_F(OrdersViewTest, DoubleClickOpensTheOrder)
{
    QSignalSpy opened(m_view.get(), &OrdersView::openOrderRequested);
    auto* table = m_view->table();
    const QRect rect = table->visualRect(table->model()->index(2, 1));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened.at(0).at(0).toLongLong(), m_view->model()->orderIdAt(2));
}

TEST_F(OrdersViewTest, TabMovesFromTheSearchBoxIntoTheListThenThroughTheFilters)
{
    QApplication::setActiveWindow(m_view.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_view.get()));
    m_view->focusSearch();
    ASSERT_TRUE(child<QLineEdit>("searchBox")->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), m_view->table());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), child<QComboBox>("statusFilter"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), child<QComboBox>("riskFilter"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), m_view->findChild<QLineEdit*>(QStringLiteral("customerFilter")));
}

TEST_F(OrdersViewTest, TypingInTheTableGoesToTheSearchBox)
{
    auto* table = m_view->table();
    table->setFocus();
    QTest::keyClicks(table, QStringLiteral("SO"));
    EXPECT_EQ(child<QLineEdit>("searchBox")->text(), QStringLiteral("SO"));
}

TEST_F(OrdersViewTest, TheSalespersonFilterIsOfferedOnlyToThoseWhoSeeEveryonesOrders)
{
    // The fixture signs in the salesperson, who sees only their own orders: no filter by salesperson.
    EXPECT_TRUE(child<QComboBox>("salespersonFilter")->isHidden());
    m_db.actAs(m_db.managerId);
    OrdersView managers(m_db.session());
    auto* filter = managers.findChild<QComboBox*>(QStringLiteral("salespersonFilter"));
    ASSERT_NE(filter, nullptr);
    EXPECT_FALSE(filter->isHidden());
}

} // namespace od::test
