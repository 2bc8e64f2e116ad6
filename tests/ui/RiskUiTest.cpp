#include "UiOrderFactory.h"

#include "RiskService.h"
#include "detail/OrderDetailDialog.h"
#include "main/MainWindow.h"
#include "models/OrderListModel.h"
#include "orders/OrdersView.h"
#include "widgets/MessageBanner.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

namespace od::test {

// The early warning in the app: the Orders list's risk column and filter driven by keyboard and
// mouse, and the notice at start of what became at risk or late since the user last looked.
// wang has three orders: one confirmed and promised yesterday (late), one confirmed and promised
// in two months (on track), one draft (not assessed).
class RiskUiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OrderDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("RiskUiTest"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_late = m_orders.addDraft(m_orders.customerEast, 1);
        m_onTrack = m_orders.addDraft(m_orders.customerShanghai, 2);
        m_draft = m_orders.addDraft(m_orders.customerAcme, 3);
        for (qint64 id : {m_late, m_onTrack}) {
            m_orders.submit(id);
            m_orders.confirm(id);
        }
        const QDate today = m_db.session().today();
        setPromise(m_late, today.addDays(-1));
        setPromise(m_onTrack, today.addDays(60));
        ASSERT_TRUE(RiskService(m_db.session()).recomputeAll().has_value());
        m_lateNo = m_orders.load(m_late).orderNo;
    }

    void setPromise(qint64 id, const QDate& date)
    {
        QSqlQuery q(m_db.db().sql());
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE orders SET promised_date = '%1' WHERE id = %2")
                               .arg(date.toString(Qt::ISODate))
                               .arg(id)));
    }

    std::unique_ptr<OrdersView> ordersView()
    {
        auto view = std::make_unique<OrdersView>(m_db.session());
        view->resize(1280, 600);
        view->show();
        QApplication::setActiveWindow(view.get());
        EXPECT_TRUE(QTest::qWaitForWindowActive(view.get()));
        EXPECT_TRUE(waitForOrders(*view->model(), 3));
        return view;
    }

    std::unique_ptr<MainWindow> mainWindow()
    {
        auto window = std::make_unique<MainWindow>(m_db.session());
        window->resize(1280, 800);
        window->show();
        QApplication::setActiveWindow(window.get());
        EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
        return window;
    }

    static bool showsOnlyTheLateOrder(const OrdersView& view)
    {
        const OrderListModel& m = *view.model();
        return !m.isLoading() && m.orderCount() == 1 && m.rowCount() == 1 &&
               m.data(m.index(0, 0), OrderListModel::RiskKeyRole).toString() == QStringLiteral("late");
    }

    TestDatabase m_db;
    UiOrderFactory m_orders{m_db};
    qint64 m_late = 0;
    qint64 m_onTrack = 0;
    qint64 m_draft = 0;
    QString m_lateNo;
};

TEST_F(RiskUiTest, TheRiskColumnShowsEachOrdersLevelWithItsReasonAndTheFilterIsChosenByKeyboard)
{
    auto view = ordersView();
    OrderListModel* model = view->model();
    QHash<qint64, int> rowOf;
    for (int row = 0; row < model->rowCount(); ++row)
        rowOf.insert(model->orderIdAt(row), row);
    const auto risk = [&](qint64 id, int role) {
        return model->data(model->index(rowOf.value(id), OrderListModel::RiskColumn), role);
    };
    EXPECT_EQ(model->headerData(OrderListModel::RiskColumn, Qt::Horizontal).toString(),
              QStringLiteral("Risk"));
    EXPECT_EQ(risk(m_late, Qt::DisplayRole).toString(), QStringLiteral("Late"));
    EXPECT_TRUE(risk(m_late, Qt::ToolTipRole).toString().contains(QStringLiteral("Call the customer")));
    EXPECT_FALSE(risk(m_late, Qt::DecorationRole).value<QIcon>().isNull());
    EXPECT_EQ(risk(m_onTrack, Qt::DisplayRole).toString(), QStringLiteral("On track"));
    EXPECT_FALSE(risk(m_draft, Qt::DisplayRole).isValid());

    // Tab from the status filter to the risk filter; Alt+Down, Down, Enter: at risk or late.
    auto* status = view->findChild<QComboBox*>(QStringLiteral("statusFilter"));
    auto* filter = view->findChild<QComboBox*>(QStringLiteral("riskFilter"));
    ASSERT_NE(filter, nullptr);
    status->setFocus(Qt::TabFocusReason);
    QTest::keyClick(status, Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), filter);
    QTest::keyClick(filter, Qt::Key_Down, Qt::AltModifier);
    ASSERT_TRUE(waitUntil([&] { return filter->view()->isVisible(); }));
    QTest::keyClick(filter->view(), Qt::Key_Down);
    QTest::keyClick(filter->view(), Qt::Key_Return);
    EXPECT_EQ(filter->currentIndex(), 1);
    ASSERT_TRUE(waitUntil([&] { return showsOnlyTheLateOrder(*view); }));
    EXPECT_TRUE(view->isFiltered());
    EXPECT_EQ(view->statusText(), QStringLiteral("1 orders match"));
}

TEST_F(RiskUiTest, TheFilterIsChosenWithTheMouseAndClearedWithTheMouse)
{
    auto view = ordersView();
    auto* filter = view->findChild<QComboBox*>(QStringLiteral("riskFilter"));
    ASSERT_NE(filter, nullptr);
    QTest::mouseClick(filter, Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return filter->view()->isVisible(); }));
    const int late = filter->findData(QStringLiteral("late"));
    ASSERT_GT(late, 0);
    QAbstractItemView* list = filter->view();
    const QRect item = list->visualRect(list->model()->index(late, 0));
    // The popup picks the item the mouse is over when the button is released.
    QTest::mouseMove(list->viewport(), item.center());
    QTest::mouseRelease(list->viewport(), Qt::LeftButton, {}, item.center());
    ASSERT_TRUE(waitUntil([&] { return filter->currentIndex() == late; }));
    ASSERT_TRUE(waitUntil([&] { return showsOnlyTheLateOrder(*view); }));

    // On track: the other confirmed order only, the draft is not assessed.
    filter->setCurrentIndex(filter->findData(QStringLiteral("on_track")));
    ASSERT_TRUE(waitUntil([&] { return !view->model()->isLoading() && view->model()->orderCount() == 1; }));
    EXPECT_EQ(view->model()->orderIdAt(0), m_onTrack);

    QTest::mouseClick(view->findChild<QPushButton*>(QStringLiteral("clearFilters")), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return !view->model()->isLoading() && view->model()->orderCount() == 3; }));
    EXPECT_EQ(filter->currentIndex(), 0);
}

TEST_F(RiskUiTest, TheNoticeAtStartOpensTheOrdersAtRiskFromTheKeyboardAndIsNotRepeated)
{
    auto window = mainWindow();
    MessageBanner* banner = window->riskBanner();
    ASSERT_NE(banner, nullptr);
    ASSERT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->text().contains(m_lateNo)) << banner->text().toStdString();
    EXPECT_TRUE(banner->text().contains(QStringLiteral("1 late"))) << banner->text().toStdString();
    auto* show = banner->findChild<QPushButton*>();
    ASSERT_NE(show, nullptr);
    EXPECT_EQ(show->text(), QStringLiteral("Show them"));
    show->setFocus(Qt::TabFocusReason);
    QTest::keyClick(show, Qt::Key_Space);
    EXPECT_FALSE(banner->isVisible());
    EXPECT_EQ(window->currentPage(), QString::fromLatin1(PageIds::Orders));
    auto* orders = qobject_cast<OrdersView*>(window->createdPage(QString::fromLatin1(PageIds::Orders)));
    ASSERT_NE(orders, nullptr);
    EXPECT_EQ(orders->currentQuery().riskLevels, (QList<RiskLevel>{RiskLevel::AtRisk, RiskLevel::Late}));
    ASSERT_TRUE(waitUntil([&] { return showsOnlyTheLateOrder(*orders); }));

    // Looked at: the next start says nothing until something else becomes at risk.
    window.reset();
    auto again = mainWindow();
    EXPECT_FALSE(again->riskBanner()->isVisible());
}

TEST_F(RiskUiTest, ClosingTheNoticeWithTheMouseCountsAsLookedAt)
{
    auto window = mainWindow();
    MessageBanner* banner = window->riskBanner();
    ASSERT_TRUE(banner->isVisible());
    auto* close = banner->findChild<QToolButton*>();
    ASSERT_NE(close, nullptr);
    QTest::mouseClick(close, Qt::LeftButton);
    EXPECT_FALSE(banner->isVisible());
    EXPECT_NE(window->currentPage(), QString::fromLatin1(PageIds::Orders));
    window.reset();
    EXPECT_FALSE(mainWindow()->riskBanner()->isVisible());
}

TEST_F(RiskUiTest, TheOrdersDetailShowsItsRiskWithEachReasonAndWhatToDo)
{
    OrderDetailDialog late(m_db.session(), m_late);
    auto* risk = late.findChild<QLabel*>(QStringLiteral("riskValue"));
    ASSERT_NE(risk, nullptr);
    EXPECT_TRUE(risk->text().contains(QStringLiteral("Late")));
    EXPECT_TRUE(risk->text().contains(QStringLiteral("1 day(s) late"))) << risk->text().toStdString();
    EXPECT_TRUE(risk->text().contains(QStringLiteral("Next: Call the customer")));
    OrderDetailDialog onTrack(m_db.session(), m_onTrack);
    ASSERT_NE(onTrack.findChild<QLabel*>(QStringLiteral("riskValue")), nullptr);
    EXPECT_TRUE(
        onTrack.findChild<QLabel*>(QStringLiteral("riskValue"))->text().contains(QStringLiteral("On track")));
    OrderDetailDialog draft(m_db.session(), m_draft);
    EXPECT_EQ(draft.findChild<QLabel*>(QStringLiteral("riskValue")), nullptr); // a draft is not assessed
}

} // namespace od::test
