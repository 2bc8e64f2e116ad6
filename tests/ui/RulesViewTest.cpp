#include "TypeText.h"
#include "UiOrderFactory.h"

#include "AutomationRuleService.h"
#include "Database.h"
#include "RuleEngine.h"
#include "detail/OrderDetailDialog.h"
#include "main/MainWindow.h"
#include "rules/RuleCard.h"
#include "rules/RulesView.h"
#include "widgets/MessageBanner.h"
#include "widgets/ValidatedForm.h"
#include "work/MyWorkView.h"

#include <QApplication>
#include <QCheckBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace od::test {

// 自动化规则: a manager switches rules and tunes their parameters on the Rules page with the
// keyboard, a refused value shown next to its field and kept as typed; the firings show on the
// page and in My work, where the person they are for opens or dismisses them.
class RulesViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OrderDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("RulesViewTest"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void openWindow(qint64 userId)
    {
        m_db.actAs(userId);
        m_window = std::make_unique<MainWindow>(m_db.session());
        m_window->resize(1280, 800);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    }

    RulesView* rulesPage()
    {
        m_window->showPage(QString::fromLatin1(PageIds::Rules));
        return qobject_cast<RulesView*>(m_window->page(QString::fromLatin1(PageIds::Rules)));
    }

    RuleState stored(const QString& key) { return *AutomationRuleService::current(m_db.session(), key); }

    // A firing of the post-analysis rule for the salesperson on `orderId`, as a delivery makes it.
    void askForReview(qint64 orderId)
    {
        const Order o = m_orders.load(orderId);
        ReviewDue due;
        due.orderId = o.id;
        due.orderNo = o.orderNo;
        due.salespersonId = m_db.salespersonId;
        due.promisedDate = QDate(2026, 5, 20);
        due.deliveredOn = QDate(2026, 5, 25);
        Transaction tx(m_db.db());
        auto fired = RuleEngine::fire(m_db.session(), RuleEngine::reviewAsked(due, m_db.session().today()));
        ASSERT_TRUE(fired.has_value() && fired->has_value());
        ASSERT_TRUE(tx.commit().has_value());
    }

    static void retype(QLineEdit* edit, const QString& text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        typeText(edit, text);
    }

    TestDatabase m_db;
    UiOrderFactory m_orders{m_db};
    std::unique_ptr<MainWindow> m_window;
};

TEST_F(RulesViewTest, AManagerSwitchesARuleAndTunesItsParametersWithTheKeyboard)
{
    openWindow(m_db.managerId);
    ASSERT_TRUE(m_window->hasPage(QString::fromLatin1(PageIds::Rules)));
    RulesView* view = rulesPage();
    ASSERT_NE(view, nullptr);
    EXPECT_TRUE(view->statusText().startsWith(QStringLiteral("4 rule"))) << view->statusText().toStdString();

    // Every rule says what it does; the switch goes on with Space.
    RuleCard* small = view->card(QStringLiteral("small_change_approval"));
    ASSERT_NE(small, nullptr);
    EXPECT_FALSE(small->findChild<QLabel*>(QStringLiteral("rule_small_change_approval_description"))
                     ->text()
                     .isEmpty());
    EXPECT_FALSE(small->enabledBox()->isChecked());
    small->enabledBox()->setFocus();
    QTest::keyClick(small->enabledBox(), Qt::Key_Space);
    EXPECT_TRUE(small->enabledBox()->isChecked());
    EXPECT_TRUE(stored(QStringLiteral("small_change_approval")).enabled);
    EXPECT_TRUE(view->statusText().startsWith(QStringLiteral("5 rule"))) << view->statusText().toStdString();

    // A value out of range: the reason next to the field, the typed value kept, nothing saved.
    RuleCard* reminder = view->card(QStringLiteral("confirmation_reminder"));
    QLineEdit* days = reminder->field(QStringLiteral("days"));
    ASSERT_NE(days, nullptr);
    EXPECT_EQ(days->text(), QStringLiteral("3"));
    retype(days, QStringLiteral("0"));
    EXPECT_TRUE(view->hasUnsavedChanges());
    EXPECT_TRUE(reminder->applyButton()->isEnabled());
    QTest::keyClick(days, Qt::Key_Return);
    EXPECT_FALSE(reminder->form()->errorText(QStringLiteral("days")).isEmpty());
    EXPECT_EQ(days->text(), QStringLiteral("0"));
    EXPECT_TRUE(days->hasFocus());
    EXPECT_EQ(stored(QStringLiteral("confirmation_reminder")).value(QStringLiteral("days")), 3);

    retype(days, QStringLiteral("5"));
    QTest::keyClick(days, Qt::Key_Return);
    EXPECT_TRUE(reminder->form()->errorText(QStringLiteral("days")).isEmpty());
    EXPECT_EQ(stored(QStringLiteral("confirmation_reminder")).value(QStringLiteral("days")), 5);
    EXPECT_FALSE(view->hasUnsavedChanges());
    EXPECT_FALSE(reminder->applyButton()->isEnabled());

    // An amount with too many decimals, then a whole one saved as money, with the mouse.
    QLineEdit* amount = small->field(QStringLiteral("max_difference"));
    retype(amount, QStringLiteral("12.345"));
    QTest::mouseClick(small->applyButton(), Qt::LeftButton);
    EXPECT_FALSE(small->form()->errorText(QStringLiteral("max_difference")).isEmpty());
    retype(amount, QStringLiteral("800"));
    QTest::mouseClick(small->applyButton(), Qt::LeftButton);
    EXPECT_EQ(amount->text(), QStringLiteral("800.00"));
    EXPECT_EQ(stored(QStringLiteral("small_change_approval")).value(QStringLiteral("max_difference")),
              80'000);

    // The credit-hold rule is the settlement setting.
    QLineEdit* overdue = view->card(QStringLiteral("credit_hold_overdue"))->field(QStringLiteral("days"));
    retype(overdue, QStringLiteral("45"));
    QTest::keyClick(overdue, Qt::Key_Return);
    EXPECT_EQ(stored(QStringLiteral("credit_hold_overdue")).value(QStringLiteral("days")), 45);
}

TEST_F(RulesViewTest, ThePageShowsHowOftenARuleFiredAndOnlyManagersAndAdministratorsHaveIt)
{
    const qint64 order = m_orders.addDraft(m_orders.customerEast, 1);
    askForReview(order);
    openWindow(m_db.adminId);
    RulesView* view = rulesPage();
    ASSERT_NE(view, nullptr);
    EXPECT_TRUE(view->card(QStringLiteral("late_delivery_review"))
                    ->statusLabel()
                    ->text()
                    .startsWith(QStringLiteral("Fired 1 time")))
        << view->card(QStringLiteral("late_delivery_review"))->statusLabel()->text().toStdString();
    EXPECT_EQ(view->card(QStringLiteral("shipped_tell_finance"))->statusLabel()->text(),
              QStringLiteral("Has not fired yet."));
    // Rules without parameters have nothing to apply.
    EXPECT_FALSE(view->card(QStringLiteral("shipped_tell_finance"))->applyButton()->isVisible());

    for (qint64 user : {m_db.salespersonId, m_db.financeId}) {
        openWindow(user);
        EXPECT_FALSE(m_window->hasPage(QString::fromLatin1(PageIds::Rules)));
    }
}

TEST_F(RulesViewTest, InMyWorkEnterOpensThePostAnalysisOrderAndDeleteDismissesTheReminder)
{
    const qint64 order = m_orders.addDraft(m_orders.customerEast, 1);
    askForReview(order);
    openWindow(m_db.salespersonId);
    auto* work = qobject_cast<MyWorkView*>(m_window->createdPage(QString::fromLatin1(PageIds::MyWork)));
    ASSERT_NE(work, nullptr);
    QTableWidget* table = work->table();
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 2)->text(), QStringLiteral("Post-analysis to write"));
    EXPECT_EQ(table->item(0, 1)->text(), m_orders.load(order).orderNo);

    qint64 shown = 0;
    m_window->setDetailHook([&shown](QDialog* d) { shown = static_cast<OrderDetailDialog*>(d)->order().id; });
    table->setFocus();
    table->setCurrentCell(0, 3);
    QTest::keyClick(table, Qt::Key_Return);
    EXPECT_EQ(shown, order);

    auto* dismiss = m_window->findChild<QPushButton*>(QStringLiteral("myWorkDismiss"));
    ASSERT_NE(dismiss, nullptr);
    EXPECT_TRUE(dismiss->isEnabled());
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);
    EXPECT_EQ(table->rowCount(), 0);
    EXPECT_FALSE(dismiss->isEnabled());
    QSqlQuery q(m_db.db().sql());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT closed FROM rule_firings")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("dismissed"));
}

} // namespace od::test
