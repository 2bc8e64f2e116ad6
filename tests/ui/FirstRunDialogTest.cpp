#include "Session.h"

#include "AccountService.h"
#include "SettingsService.h"
#include "firstrun/FirstRunDialog.h"
#include "widgets/ValidatedForm.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include "UiOrderFactory.h"

#include <gtest/gtest.h>

namespace od::test {

class FirstRunDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto session = Session::open(m_dir.filePath(QStringLiteral("new.orderdesk")));
        ASSERT_TRUE(session.has_value());
        m_db = std::move(*session);
    }

    template <typename T> static T* child(QWidget* parent, const char* name)
    {
        auto* widget = parent->findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_db; // nobody signed in: the database is new
};

TEST_F(FirstRunDialogTest, AnEmptyCompanyGetsItsNameAndAnAdministrator)
{
    FirstRunDialog dialog(*m_db);
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(&dialog, "companyName"), QStringLiteral("Hengda"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "displayName"), QStringLiteral("Wang Fang"));
    auto* login = child<QLineEdit>(&dialog, "loginName");
    login->clear();
    QTest::keyClicks(login, QStringLiteral("wangfang"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "password"), QStringLiteral("correct horse"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "passwordRepeat"), QStringLiteral("correct horse"));
    QTest::mouseClick(child<QPushButton>(&dialog, "startButton"), Qt::LeftButton);

    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.administrator().name, QStringLiteral("wangfang"));
    auto users = SettingsService(*m_db).users();
    ASSERT_TRUE(users.has_value());
    ASSERT_EQ(users->size(), 1);
    EXPECT_EQ(users->at(0).displayName, QStringLiteral("Wang Fang"));
    EXPECT_EQ(users->at(0).role, Role::Administrator);
    EXPECT_EQ(SettingsService(*m_db).company()->name, QStringLiteral("Hengda"));
    // The administrator can sign in with the password chosen here.
    EXPECT_TRUE(AccountService(*m_db)
                    .signIn(QStringLiteral("wangfang"), QStringLiteral("correct horse"))
                    .has_value());
}

TEST_F(FirstRunDialogTest, PasswordsThatDifferAreShownNextToTheRepeatField)
{
    FirstRunDialog dialog(*m_db);
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(&dialog, "companyName"), QStringLiteral("Hengda"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "displayName"), QStringLiteral("Wang Fang"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "password"), QStringLiteral("correct horse"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "passwordRepeat"), QStringLiteral("correct hose"));
    QTest::mouseClick(child<QPushButton>(&dialog, "startButton"), Qt::LeftButton);
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.findChild<ValidatedForm*>()->errorText(QStringLiteral("password_repeat")).isEmpty());
    EXPECT_TRUE(SettingsService(*m_db).users()->isEmpty());
}

TEST_F(FirstRunDialogTest, AMissingNameIsShownNextToTheFieldAndNothingIsCreated)
{
    FirstRunDialog dialog(*m_db);
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(&dialog, "companyName"), QStringLiteral("Hengda"));
    QTest::mouseClick(child<QPushButton>(&dialog, "startButton"), Qt::LeftButton);
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.findChild<ValidatedForm*>()->errorText(QStringLiteral("display_name")).isEmpty());
    EXPECT_TRUE(SettingsService(*m_db).users()->isEmpty());
    EXPECT_EQ(child<QLineEdit>(&dialog, "companyName")->text(), QStringLiteral("Hengda"));
}

TEST_F(FirstRunDialogTest, TheDemoCompanyIsGeneratedInTheBackground)
{
    FirstRunDialog dialog(*m_db);
    dialog.show();
    QTest::mouseClick(child<QRadioButton>(&dialog, "demoChoice"), Qt::LeftButton, {}, QPoint(4, 4));
    ASSERT_TRUE(dialog.demoChosen());
    child<QSpinBox>(&dialog, "demoOrders")->setValue(50);
    QTest::mouseClick(child<QPushButton>(&dialog, "startButton"), Qt::LeftButton);
    EXPECT_TRUE(dialog.isGenerating() || dialog.result() == QDialog::Accepted);
    ASSERT_TRUE(waitUntil([&dialog] { return dialog.result() == QDialog::Accepted; }, 30000));
    auto users = SettingsService(*m_db).users();
    ASSERT_TRUE(users.has_value());
    EXPECT_FALSE(users->isEmpty());
    EXPECT_FALSE(SettingsService(*m_db).company()->name.isEmpty());
}

} // namespace od::test
