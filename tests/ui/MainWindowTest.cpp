#include "UiOrderFactory.h"

#include "detail/OrderDetailDialog.h"
#include "intake/IntakeView.h"
#include "main/MainWindow.h"
#include "main/NavigationBar.h"
#include "models/OrderListModel.h"
#include "orders/OrdersTableView.h"
#include "orders/OrdersView.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace od::test {

class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // Window geometry and header state go to a settings file of the tests, not the user's.
        QCoreApplication::setOrganizationName(QStringLiteral("OrderDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("MainWindowTest"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        for (int i = 0; i < 12; ++i)
            m_orders.addDraft(i % 2 ? m_orders.customerEast : m_orders.customerAcme, i, i);
        m_window = std::make_unique<MainWindow>(m_db.session());
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
        ASSERT_TRUE(waitForOrders(*m_window->ordersView()->model(), 12));
    }

    TestDatabase m_db;
    UiOrderFactory m_orders{m_db};
    std::unique_ptr<MainWindow> m_window;
};

TEST_F(MainWindowTest, StartsOnMyWorkAndTheOrdersListShowsItsCountInTheStatusBar)
{
    EXPECT_EQ(m_window->currentPage(), QString::fromLatin1(PageIds::MyWork));
    m_window->showPage(QString::fromLatin1(PageIds::Orders));
    EXPECT_EQ(m_window->ordersView()->model()->rowCount(), 12);
    auto* count = m_window->findChild<QLabel*>(QStringLiteral("pageStatusLabel"));
    ASSERT_NE(count, nullptr);
    EXPECT_EQ(count->text(), QStringLiteral("12 orders"));
    auto* database = m_window->findChild<QLabel*>(QStringLiteral("databaseLabel"));
    ASSERT_NE(database, nullptr);
    EXPECT_TRUE(database->text().contains(QStringLiteral("test.orderdesk")));
}

TEST_F(MainWindowTest, CtrlNShowsTheIntakeFormWithANewOrder)
{
    QTest::keySequence(m_window.get(), QKeySequence::New);
    EXPECT_EQ(m_window->currentPage(), QString::fromLatin1(PageIds::Intake));
    EXPECT_EQ(m_window->findChild<QStackedWidget*>()->currentWidget(), m_window->intakeView());
    EXPECT_EQ(m_window->intakeView()->currentOrder().id, 0);
}

TEST_F(MainWindowTest, ClickingTheNavigationSwitchesViews)
{
    auto* navigation = m_window->findChild<NavigationBar*>();
    ASSERT_NE(navigation, nullptr);
    const int intakeRow = navigation->rowOfKey(QString::fromLatin1(PageIds::Intake));
    ASSERT_GE(intakeRow, 0);
    const QRect rect = navigation->visualItemRect(navigation->item(intakeRow));
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, rect.center());
    EXPECT_EQ(m_window->currentPage(), QString::fromLatin1(PageIds::Intake));
    EXPECT_TRUE(m_window->intakeView()->isVisible());
    EXPECT_FALSE(m_window->ordersView()->isVisible());

    const QRect ordersRect = navigation->visualItemRect(
        navigation->item(navigation->rowOfKey(QString::fromLatin1(PageIds::Orders))));
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, ordersRect.center());
    EXPECT_EQ(m_window->currentPage(), QString::fromLatin1(PageIds::Orders));
    EXPECT_TRUE(m_window->ordersView()->isVisible());
}

TEST_F(MainWindowTest, CtrlFPutsTheCursorInTheOrdersSearchBox)
{
    m_window->showPage(QString::fromLatin1(PageIds::Orders));
    QTest::keySequence(m_window.get(), QKeySequence::Find);
    auto* search = m_window->ordersView()->findChild<QLineEdit*>(QStringLiteral("searchBox"));
    ASSERT_NE(search, nullptr);
    EXPECT_TRUE(search->hasFocus());
}

TEST_F(MainWindowTest, EnterOnAnOrderOpensItsDetail)
{
    qint64 shownOrder = 0;
    m_window->setDetailHook(
        [&shownOrder](QDialog* dialog) { shownOrder = static_cast<OrderDetailDialog*>(dialog)->order().id; });
    auto* table = m_window->ordersView()->table();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(3, 0));
    QTest::keyClick(table, Qt::Key_Return);
    EXPECT_EQ(shownOrder, m_window->ordersView()->model()->orderIdAt(3));
    EXPECT_GT(shownOrder, 0);
}

TEST_F(MainWindowTest, EditFromTheDetailOpensTheOrderInTheIntakeForm)
{
    const qint64 id = m_window->ordersView()->model()->orderIdAt(0);
    m_window->setDetailHook([](QDialog* dialog) {
        auto* detail = static_cast<OrderDetailDialog*>(dialog);
        QTest::mouseClick(detail->findChild<QPushButton*>(QStringLiteral("editButton")), Qt::LeftButton);
    });
    m_window->openOrderDetail(id);
    EXPECT_EQ(m_window->currentPage(), QString::fromLatin1(PageIds::Intake));
    EXPECT_EQ(m_window->intakeView()->currentOrder().id, id);
}

TEST_F(MainWindowTest, ASavedOrderAppearsInTheListAndTheCount)
{
    m_window->showPage(QString::fromLatin1(PageIds::Intake));
    m_orders.addDraft(m_orders.customerShanghai, 99);
    Q_EMIT m_window->intakeView()->orderSaved(0);
    m_window->showPage(QString::fromLatin1(PageIds::Orders));
    ASSERT_TRUE(waitUntil([this] { return m_window->ordersView()->model()->rowCount() == 13; }));
    EXPECT_EQ(m_window->orderCountText(), QStringLiteral("13 orders"));
}

TEST_F(MainWindowTest, ClosingWithUnsavedIntakeChangesAsksAndCanBeCancelled)
{
    m_window->newOrder();
    auto* notes = m_window->intakeView()->findChild<QPlainTextEdit*>(QStringLiteral("orderNotes"));
    ASSERT_NE(notes, nullptr);
    QTest::keyClicks(notes, QStringLiteral("urgent"));
    ASSERT_TRUE(m_window->intakeView()->hasUnsavedChanges());
    int asked = 0;
    m_window->setUnsavedQuestion([&asked](QWidget*) {
        ++asked;
        return MainWindow::UnsavedAnswer::Cancel;
    });
    EXPECT_FALSE(m_window->close());
    EXPECT_EQ(asked, 1);
    EXPECT_TRUE(m_window->isVisible());
    m_window->setUnsavedQuestion([](QWidget*) { return MainWindow::UnsavedAnswer::Discard; });
    EXPECT_TRUE(m_window->close());
}

} // namespace od::test
