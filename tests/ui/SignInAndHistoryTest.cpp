#include "UiOrderFactory.h"

#include "AccountService.h"
#include "DemoDataGenerator.h"
#include "OrderIntakeService.h"
#include "SettingsService.h"
#include "detail/OrderDetailDialog.h"
#include "main/MainWindow.h"
#include "main/SignInDialog.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace od::test {

namespace {

const QString AdminPassword = QStringLiteral("correct-horse-42");

// The fixture's administrator with a password, as a database after the first run has one.
User administratorWithPassword(TestDatabase& db)
{
    db.actAs(db.adminId);
    auto reset =
        AccountService(db.session()).resetPassword(db.session(), db.session().user().name, AdminPassword);
    EXPECT_TRUE(reset.has_value()) << (reset ? "" : reset.error().message.toStdString());
    return db.session().user();
}

void signInWith(SignInDialog& dialog, const QString& name, const QString& password)
{
    auto* nameEdit = dialog.findChild<QLineEdit*>(QStringLiteral("userName"));
    auto* passwordEdit = dialog.findChild<QLineEdit*>(QStringLiteral("password"));
    ASSERT_NE(nameEdit, nullptr);
    ASSERT_NE(passwordEdit, nullptr);
    nameEdit->clear();
    QTest::keyClicks(nameEdit, name);
    passwordEdit->clear();
    QTest::keyClicks(passwordEdit, password);
    QTest::keyClick(passwordEdit, Qt::Key_Return);
}

} // namespace

TEST(SignInDialogTest, WrongPasswordShowsTheErrorAndKeepsTheDialogOpen)
{
    TestDatabase db;
    const User admin = administratorWithPassword(db);
    SignInDialog dialog(db.session());
    dialog.show();
    signInWith(dialog, admin.name, QStringLiteral("not-the-password"));

    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("signInError"));
    ASSERT_NE(error, nullptr);
    EXPECT_TRUE(error->isVisible());
    EXPECT_FALSE(error->text().isEmpty());
    // The name stays so that only the password is typed again.
    EXPECT_EQ(dialog.findChild<QLineEdit*>(QStringLiteral("userName"))->text(), admin.name);
}

TEST(SignInDialogTest, AfterRepeatedFailuresEvenTheRightPasswordWaitsAndTheDialogSaysHowLong)
{
    TestDatabase db;
    const User admin = administratorWithPassword(db);
    SignInDialog dialog(db.session());
    dialog.show();
    for (int i = 0; i < AccountService::FreeAttempts; ++i)
        signInWith(dialog, admin.name, QStringLiteral("guess-%1").arg(i));
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("signInError"));
    ASSERT_NE(error, nullptr);
    EXPECT_FALSE(error->text().contains(QLatin1String("Try again in")));

    signInWith(dialog, admin.name, AdminPassword);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(QLatin1String("Too many failed attempts. Try again in")))
        << error->text().toStdString();
}

TEST(SignInDialogTest, RightPasswordSignsInAsThatUser)
{
    TestDatabase db;
    const User admin = administratorWithPassword(db);
    SignInDialog dialog(db.session());
    dialog.show();
    signInWith(dialog, admin.name, AdminPassword);

    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.user().id, db.adminId);
    EXPECT_EQ(dialog.user().role, Role::Administrator);
}

TEST(OrderHistoryTest, HistoryTabListsTheFieldsChangedByAnEdit)
{
    TestDatabase db;
    UiOrderFactory orders(db);
    const qint64 id = orders.addDraft(orders.customerEast, 3);
    Order order = orders.load(id);
    order.notes = QStringLiteral("Deliver to the back gate");
    auto saved = OrderIntakeService(db.session()).saveDraft(order, true);
    ASSERT_TRUE(saved.has_value()) << (saved ? "" : saved.error().message.toStdString());

    OrderDetailDialog dialog(db.session(), id);
    dialog.show();
    auto* history = dialog.findChild<QTableWidget*>(QStringLiteral("historyTable"));
    ASSERT_NE(history, nullptr);
    auto* tabs = dialog.tabs();
    EXPECT_TRUE(tabs->tabText(tabs->indexOf(history)).contains(QStringLiteral("(2)")));
    bool notesRowFound = false;
    for (int row = 0; row < history->rowCount(); ++row) {
        if (history->item(row, 3)->text() == QStringLiteral("Notes")) {
            notesRowFound = true;
            EXPECT_EQ(history->item(row, 2)->text(), QStringLiteral("Edited"));
            EXPECT_TRUE(history->item(row, 4)->text().contains(QStringLiteral("Deliver to the back gate")));
        }
    }
    EXPECT_TRUE(notesRowFound);
    // Newest first: the edit comes before the creation.
    ASSERT_GT(history->rowCount(), 0);
    EXPECT_EQ(history->item(0, 2)->text(), QStringLiteral("Edited"));
    EXPECT_EQ(history->item(history->rowCount() - 1, 2)->text(), QStringLiteral("Created"));
}

TEST(BackupActionTest, OfferedToAnAdministratorNotToASalesperson)
{
    TestDatabase db; // acts as the salesperson
    {
        // A role sees only the actions it may use.
        MainWindow window(db.session());
        EXPECT_EQ(window.findChild<QAction*>(QStringLiteral("backupAction")), nullptr);
        EXPECT_EQ(window.findChild<QAction*>(QStringLiteral("restoreAction")), nullptr);
    }
    db.actAs(db.adminId);
    MainWindow window(db.session());
    EXPECT_TRUE(window.findChild<QAction*>(QStringLiteral("backupAction"))->isEnabled());
}

} // namespace od::test

namespace od::test {

TEST(SignInDialogTest, ShowsTheProductAndTheCompanyAndNoDemoAccountsOnARealCompany)
{
    TestDatabase db;
    administratorWithPassword(db);
    SettingsService settings(db.session());
    auto company = settings.company();
    ASSERT_TRUE(company.has_value());
    company->name = QStringLiteral("江苏恒通阀门有限公司");
    ASSERT_TRUE(settings.setCompany(*company).has_value());

    SignInDialog dialog(db.session());
    dialog.show();
    EXPECT_EQ(dialog.findChild<QLabel*>(QStringLiteral("productLabel"))->text(), QStringLiteral("OrderDesk"));
    EXPECT_EQ(dialog.findChild<QLabel*>(QStringLiteral("companyLabel"))->text(),
              QStringLiteral("江苏恒通阀门有限公司"));
    EXPECT_FALSE(dialog.demoAccounts()->isVisibleTo(&dialog));
}

TEST(SignInDialogTest, OnTheDemoCompanyOneOfItsAccountsIsChosenWithTheKeyboard)
{
    TestDatabase db;
    auto generated = DemoDataGenerator(db.session()).generate(DemoOptions{0, 1, QDate(2026, 6, 1)});
    ASSERT_TRUE(generated.has_value()) << generated.error().message.toStdString();
    auto accounts = DemoDataGenerator::demoAccounts(db.session());
    ASSERT_TRUE(accounts.has_value());
    ASSERT_GE(accounts->size(), 2);

    SignInDialog dialog(db.session());
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    QListWidget* list = dialog.demoAccounts();
    ASSERT_TRUE(list->isVisibleTo(&dialog));
    ASSERT_EQ(list->count(), accounts->size());
    EXPECT_FALSE(dialog.findChild<QLabel*>(QStringLiteral("companyLabel"))->text().isEmpty());
    // Each account with its name, role and password.
    const DemoAccount& second = accounts->at(1);
    EXPECT_TRUE(list->item(1)->text().contains(second.displayName));
    EXPECT_TRUE(list->item(1)->text().contains(second.password));

    QTest::keyClick(&dialog, Qt::Key_A, Qt::AltModifier); // to the accounts
    ASSERT_EQ(QApplication::focusWidget(), list);
    QTest::keyClick(list, Qt::Key_Home);
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Return);
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.user().name, second.name);
    EXPECT_EQ(dialog.user().role, second.role);
}

} // namespace od::test
