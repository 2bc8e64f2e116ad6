#include "UiOrderFactory.h"

#include "ExceptionService.h"
#include "confirmation/ConfirmationView.h"
#include "detail/OrderDetailDialog.h"
#include "main/MainWindow.h"
#include "main/NavigationBar.h"
#include "work/MyWorkView.h"

#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace od::test {

// My work is the first page after signing in: what this user must do, most urgent first, with
// its count in the navigation; Enter or a click on Open goes where the work is done.
class MyWorkViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OrderDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("MyWorkViewTest"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // The salesperson sent an order to 华东机械 and owns an exception on another, due yesterday.
        m_sent = m_orders.addDraft(m_orders.customerEast, 1);
        m_orders.submit(m_sent);
        m_other = m_orders.addDraft(m_orders.customerShanghai, 2);
        m_db.actAs(m_db.managerId);
        OrderException e;
        e.orderId = m_other;
        e.kind = ExceptionKind::Quality;
        e.description = QStringLiteral("试压渗漏");
        e.ownerId = m_db.salespersonId;
        e.dueDate = m_db.session().today();
        ASSERT_TRUE(ExceptionService(m_db.session()).raise(e).has_value());
        // A day has passed since without a response.
        QSqlQuery late(m_db.db().sql());
        ASSERT_TRUE(
            late.exec(QStringLiteral("UPDATE order_exceptions SET due_date = date(due_date, '-1 day')")));
        m_db.actAs(m_db.salespersonId);

        m_window = std::make_unique<MainWindow>(m_db.session());
        m_window->resize(1100, 700);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
        m_view = qobject_cast<MyWorkView*>(m_window->createdPage(QString::fromLatin1(PageIds::MyWork)));
        ASSERT_NE(m_view, nullptr);
    }

    TestDatabase m_db;
    UiOrderFactory m_orders{m_db};
    std::unique_ptr<MainWindow> m_window;
    MyWorkView* m_view = nullptr;
    qint64 m_sent = 0;
    qint64 m_other = 0;
};

TEST_F(MyWorkViewTest, IsTheFirstPageWithItsCountInTheNavigationAndTheOverdueFirst)
{
    EXPECT_EQ(m_window->currentPage(), QString::fromLatin1(PageIds::MyWork));
    EXPECT_EQ(m_window->pageIds().first(), QString::fromLatin1(PageIds::MyWork));
    auto* navigation = m_window->findChild<NavigationBar*>();
    ASSERT_NE(navigation, nullptr);
    const int row = navigation->rowOfKey(QString::fromLatin1(PageIds::MyWork));
    ASSERT_EQ(row, 0); // above every department's heading
    EXPECT_EQ(navigation->item(row)->text(), QStringLiteral("My work (2)"));

    QTableWidget* table = m_view->table();
    ASSERT_EQ(table->rowCount(), 2);
    // The exception, overdue since yesterday, comes before the confirmation to chase.
    EXPECT_EQ(table->item(0, 1)->text(), m_orders.load(m_other).orderNo);
    EXPECT_EQ(table->item(1, 1)->text(), m_orders.load(m_sent).orderNo);
    EXPECT_NE(table->item(0, 0)->foreground().color(), table->item(1, 0)->foreground().color());
    EXPECT_TRUE(m_window->findChild<QLabel*>(QStringLiteral("myWorkSummary"))
                    ->text()
                    .contains(QStringLiteral("1 overdue")));

    // Showing only exceptions leaves one row.
    QComboBox* kind = m_view->kindFilter();
    kind->setCurrentIndex(kind->findData(QString(WorkItemKind::Exception)));
    EXPECT_EQ(table->rowCount(), 1);
}

TEST_F(MyWorkViewTest, EnterOnAConfirmationToChaseOpensItOnTheConfirmationPage)
{
    QTableWidget* table = m_view->table();
    table->setFocus();
    table->setCurrentCell(1, 0);
    QTest::keyClick(table, Qt::Key_Return);
    EXPECT_EQ(m_window->currentPage(), QString::fromLatin1(PageIds::Confirmation));
    auto* confirmation =
        qobject_cast<ConfirmationView*>(m_window->createdPage(QString::fromLatin1(PageIds::Confirmation)));
    ASSERT_NE(confirmation, nullptr);
    EXPECT_EQ(confirmation->currentOrderId(), m_sent);
}

TEST_F(MyWorkViewTest, ClickingOpenOnAnExceptionShowsItsOrderAndTheCountFollowsChanges)
{
    qint64 shown = 0;
    m_window->setDetailHook([&shown](QDialog* d) { shown = static_cast<OrderDetailDialog*>(d)->order().id; });
    m_view->table()->setCurrentCell(0, 0);
    QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("myWorkOpen")), Qt::LeftButton);
    EXPECT_EQ(shown, m_other);

    // The customer confirms elsewhere: My work drops the chase and its count, even while hidden.
    m_window->showPage(QString::fromLatin1(PageIds::Orders));
    m_orders.confirm(m_sent);
    Q_EMIT m_window->page(QString::fromLatin1(PageIds::Orders))->dataChanged();
    auto* navigation = m_window->findChild<NavigationBar*>();
    EXPECT_EQ(navigation->item(0)->text(), QStringLiteral("My work (1)"));
    EXPECT_EQ(m_view->table()->rowCount(), 1);
}

TEST_F(MyWorkViewTest, MoreThanItListsSaysThatOnlyTheMostUrgentAreShown)
{
    // 600 more open exceptions for the salesperson, due over the coming days.
    QSqlQuery more(m_db.db().sql());
    ASSERT_TRUE(more.exec(QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 600) "
        "INSERT INTO order_exceptions (exception_no, order_id, kind, severity, description, owner_id, "
        "raised_by, raised_at, due_date) SELECT 'EX-T-' || i, order_id, kind, severity, description, "
        "owner_id, "
        "raised_by, raised_at, date(due_date, '+' || (i % 20 + 2) || ' days') FROM order_exceptions, n")));
    m_view->reload();
    EXPECT_EQ(m_view->table()->rowCount(), MyWorkView::ShownItems);
    auto* summary = m_view->findChild<QLabel*>(QStringLiteral("myWorkSummary"));
    ASSERT_NE(summary, nullptr);
    EXPECT_EQ(
        summary->text(),
        QStringLiteral("More than 500 things to do: 500 are listed, most urgent first, 1 of them overdue."));
    EXPECT_EQ(m_view->statusText(), QStringLiteral("More than 500 things to do"));
    // The most urgent first: the overdue exception, then by due day; the latest days are left out.
    const QList<WorkItem>& items = m_view->items();
    EXPECT_TRUE(items.first().isOverdue(m_db.session().today()));
    for (qsizetype i = 1; i < items.size(); ++i)
        ASSERT_LE(items[i - 1].due, items[i].due) << i;
    EXPECT_LT(items.last().due, m_db.session().today().addDays(20));
    auto* navigation = m_window->findChild<NavigationBar*>();
    ASSERT_NE(navigation, nullptr);
    EXPECT_EQ(navigation->item(navigation->rowOfKey(QString::fromLatin1(PageIds::MyWork)))->text(),
              QStringLiteral("My work (500+)"));
}

} // namespace od::test
