#include "TestDatabase.h"

#include "AccountService.h"
#include "main/MainWindow.h"
#include "main/UserAccountDialog.h"
#include "main/UsersDialog.h"
#include "widgets/FieldErrorLabel.h"

#include <QAction>
#include <QLineEdit>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace od::test {

namespace {

void type(QDialog& dialog, const char* field, const QString& text)
{
    auto* edit = dialog.findChild<QLineEdit*>(QString::fromLatin1(field));
    ASSERT_NE(edit, nullptr) << field;
    QTest::keyClicks(edit, text);
}

bool userExists(TestDatabase& db, const QString& name)
{
    auto users = AccountService(db.session()).users();
    return users && std::any_of(users->begin(), users->end(), [&](const User& u) { return u.name == name; });
}

} // namespace

TEST(UsersDialogTest, MismatchedPasswordsAreShownUnderTheFieldAndNothingIsAdded)
{
    TestDatabase db(Role::Administrator);
    UserAccountDialog dialog(db.session(), UserAccountDialog::Mode::AddUser);
    dialog.show();
    type(dialog, "userName", QStringLiteral("sun.qi"));
    dialog.findChild<QLineEdit*>(QStringLiteral("displayName"))->insert(QStringLiteral("孙七"));
    type(dialog, "password", QStringLiteral("long-enough-1"));
    type(dialog, "repeatPassword", QStringLiteral("long-enough-2"));
    dialog.accept();

    EXPECT_NE(dialog.result(), QDialog::Accepted);
    bool errorShown = false;
    for (auto* label : dialog.findChildren<FieldErrorLabel*>())
        errorShown = errorShown || (label->isVisible() && !label->text().isEmpty());
    EXPECT_TRUE(errorShown);
    EXPECT_EQ(dialog.findChild<QLineEdit*>(QStringLiteral("userName"))->text(), QStringLiteral("sun.qi"));
    EXPECT_FALSE(userExists(db, QStringLiteral("sun.qi")));

    dialog.findChild<QLineEdit*>(QStringLiteral("repeatPassword"))->clear();
    type(dialog, "repeatPassword", QStringLiteral("long-enough-1"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(userExists(db, QStringLiteral("sun.qi")));
}

TEST(UsersDialogTest, DisablingAUserShowsItInTheList)
{
    TestDatabase db(Role::Administrator);
    const QString salesperson = [&] {
        auto users = AccountService(db.session()).users();
        for (const User& u : *users)
            if (u.id == db.salespersonId)
                return u.name;
        return QString();
    }();
    UsersDialog dialog(db.session());
    ASSERT_TRUE(dialog.selectUser(salesperson));
    dialog.toggleActive();

    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("usersTable"));
    bool disabledShown = false;
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->text() == salesperson)
            disabledShown = table->item(row, 3)->text() != dialog.tr("Yes");
    EXPECT_TRUE(disabledShown);
    auto users = AccountService(db.session()).users();
    ASSERT_TRUE(users.has_value());
    for (const User& u : *users)
        if (u.name == salesperson) {
            EXPECT_FALSE(u.active);
        }
}

TEST(UsersDialogTest, UsersAndRestoreMenuEntriesOnlyForAnAdministrator)
{
    TestDatabase db; // the salesperson
    {
        MainWindow window(db.session());
        EXPECT_EQ(window.findChild<QAction*>(QStringLiteral("usersAction")), nullptr);
        EXPECT_EQ(window.findChild<QAction*>(QStringLiteral("restoreAction")), nullptr);
    }
    db.actAs(db.adminId);
    MainWindow window(db.session());
    EXPECT_NE(window.findChild<QAction*>(QStringLiteral("usersAction")), nullptr);
    EXPECT_NE(window.findChild<QAction*>(QStringLiteral("restoreAction")), nullptr);
}

} // namespace od::test
