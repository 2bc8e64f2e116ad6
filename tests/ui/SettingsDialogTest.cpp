#include "TestDatabase.h"

#include "AccountService.h"
#include "RiskService.h"
#include "SettingsService.h"
#include "settings/SettingsDialog.h"
#include "widgets/ValidatedForm.h"

#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include <gtest/gtest.h>

namespace od::test {

class SettingsDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OrderDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("SettingsDialogTest"));
        QSettings().clear();
        // Company details are the manager's to change.
        m_db.actAs(m_db.managerId);
    }

    template <typename T> static T* child(QWidget* parent, const char* name)
    {
        auto* widget = parent->findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    static void retype(QLineEdit* edit, const QString& text)
    {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

    TestDatabase m_db;
};

TEST_F(SettingsDialogTest, SavesTheCompanyDetailsForDocuments)
{
    SettingsDialog dialog(m_db.session());
    dialog.show();
    retype(child<QLineEdit>(&dialog, "companyName"), QStringLiteral("Hengda Valves"));
    retype(child<QLineEdit>(&dialog, "orderPrefix"), QStringLiteral("HD"));
    retype(child<QLineEdit>(&dialog, "taxRate"), QStringLiteral("9"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    auto company = SettingsService(m_db.session()).company();
    ASSERT_TRUE(company.has_value());
    EXPECT_EQ(company->name, QStringLiteral("Hengda Valves"));
    EXPECT_EQ(company->orderPrefix, QStringLiteral("HD"));
    EXPECT_EQ(company->defaultTaxRate.raw(), 900);
}

TEST_F(SettingsDialogTest, EnterInTheAddressStartsALineAndCtrlEnterSaves)
{
    SettingsDialog dialog(m_db.session());
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    retype(child<QLineEdit>(&dialog, "companyName"), QStringLiteral("Hengda Valves"));
    auto* address = child<QPlainTextEdit>(&dialog, "companyAddress");
    address->setFocus();
    address->clear();
    QTest::keyClicks(address, QStringLiteral("88 Zhangjiang Road"));
    QTest::keyClick(address, Qt::Key_Return);
    QTest::keyClicks(address, QStringLiteral("Shanghai"));
    EXPECT_TRUE(dialog.isVisible()) << "Enter is a new line in the address";
    QTest::keyClick(address, Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(SettingsService(m_db.session()).company()->address,
              QStringLiteral("88 Zhangjiang Road\nShanghai"));
}

TEST_F(SettingsDialogTest, ABadPrefixIsShownNextToItsFieldAndNothingIsSaved)
{
    SettingsDialog dialog(m_db.session());
    dialog.show();
    retype(child<QLineEdit>(&dialog, "companyName"), QStringLiteral("Hengda Valves"));
    retype(child<QLineEdit>(&dialog, "orderPrefix"), QStringLiteral("SO-2026"));
    EXPECT_FALSE(dialog.save());
    const auto forms = dialog.findChildren<ValidatedForm*>();
    QString prefixError;
    for (ValidatedForm* f : forms)
        prefixError += f->errorText(QStringLiteral("order_prefix"));
    EXPECT_FALSE(prefixError.isEmpty());
    // What was typed stays for correction.
    EXPECT_EQ(child<QLineEdit>(&dialog, "orderPrefix")->text(), QStringLiteral("SO-2026"));
    EXPECT_TRUE(SettingsService(m_db.session()).company()->name.isEmpty());
}

TEST_F(SettingsDialogTest, ATaxRateThatIsNotANumberIsRefusedBeforeSaving)
{
    SettingsDialog dialog(m_db.session());
    retype(child<QLineEdit>(&dialog, "companyName"), QStringLiteral("Hengda Valves"));
    retype(child<QLineEdit>(&dialog, "taxRate"), QStringLiteral("thirteen"));
    EXPECT_FALSE(dialog.save());
    QString taxError;
    for (ValidatedForm* f : dialog.findChildren<ValidatedForm*>())
        taxError += f->errorText(QStringLiteral("tax_rate"));
    EXPECT_FALSE(taxError.isEmpty());
}

TEST_F(SettingsDialogTest, ShowsWhoIsSignedInAndHowToSwitch)
{
    SettingsDialog dialog(m_db.session());
    auto* user = child<QLabel>(&dialog, "signedInUser");
    EXPECT_TRUE(user->text().contains(m_db.session().user().displayName));
    EXPECT_TRUE(user->text().contains(QStringLiteral("li")));
    // Switching is not done here any more (File → Switch user), so saving keeps the same user.
    retype(child<QLineEdit>(&dialog, "companyName"), QStringLiteral("Hengda Valves"));
    ASSERT_TRUE(dialog.save());
    EXPECT_EQ(m_db.session().user().name, QStringLiteral("li"));
}

TEST_F(SettingsDialogTest, ASalespersonSeesTheCompanyDetailsReadOnly)
{
    m_db.actAs(m_db.salespersonId);
    SettingsDialog dialog(m_db.session());
    EXPECT_TRUE(child<QLineEdit>(&dialog, "companyName")->isReadOnly());
    EXPECT_TRUE(child<QLineEdit>(&dialog, "orderPrefix")->isReadOnly());
    // The language can still be changed and saved.
    EXPECT_TRUE(dialog.save());
}

TEST_F(SettingsDialogTest, ChangingTheLanguageIsRememberedForTheNextStart)
{
    SettingsDialog dialog(m_db.session());
    retype(child<QLineEdit>(&dialog, "companyName"), QStringLiteral("Hengda Valves"));
    auto* language = child<QComboBox>(&dialog, "languageCombo");
    const int other = language->currentData().toString() == QLatin1String("en")
                          ? language->findData(QStringLiteral("zh_CN"))
                          : language->findData(QStringLiteral("en"));
    const QString chosen = language->itemData(other).toString();
    language->setCurrentIndex(other);
    ASSERT_TRUE(dialog.save());
    EXPECT_TRUE(dialog.languageChanged());
    EXPECT_EQ(QSettings().value(QStringLiteral("language")).toString(), chosen);
}

} // namespace od::test

namespace od::test {

TEST_F(SettingsDialogTest, TheEarlyWarningsThresholdsAreTypedAndSaved)
{
    SettingsDialog dialog(m_db.session());
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    auto* margin = child<QSpinBox>(&dialog, "riskMargin");
    auto* pending = child<QSpinBox>(&dialog, "confirmationPendingDays");
    EXPECT_EQ(margin->value(), RiskSettings().atRiskMarginDays);
    EXPECT_EQ(pending->value(), RiskSettings().confirmationPendingDays);
    // The company name must be there for the dialog to save.
    auto* name = child<QLineEdit>(&dialog, "companyName");
    name->setText(QStringLiteral("Hengda Valves"));
    margin->setFocus();
    margin->selectAll();
    QTest::keyClicks(margin, QStringLiteral("7"));
    QTest::keyClick(margin, Qt::Key_Up); // 8
    pending->setFocus();
    pending->selectAll();
    QTest::keyClicks(pending, QStringLiteral("5"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    auto saved = RiskService(m_db.session()).settings();
    ASSERT_TRUE(saved.has_value());
    EXPECT_EQ(saved->atRiskMarginDays, 8);
    EXPECT_EQ(saved->confirmationPendingDays, 5);
}

} // namespace od::test
