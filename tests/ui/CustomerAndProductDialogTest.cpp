#include "TestDatabase.h"
#include "TypeText.h"

#include "CustomerService.h"
#include "ProductService.h"
#include "customers/CustomerDialog.h"
#include "products/ProductDialog.h"
#include "widgets/ValidatedForm.h"

#include <QApplication>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

namespace od::test {

namespace {

QLineEdit* edit(QWidget& dialog, const char* name)
{
    auto* found = dialog.findChild<QLineEdit*>(QLatin1String(name));
    EXPECT_NE(found, nullptr) << name;
    return found;
}

} // namespace

class CustomerAndProductDialogTest : public ::testing::Test
{
protected:
    void SetUp() override { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    TestDatabase m_db;
};

TEST_F(CustomerAndProductDialogTest, AnEmptyNameIsShownNextToTheFieldAndTheOtherFieldsStay)
{
    CustomerDialog dialog(m_db.session());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    typeText(edit(dialog, "codeEdit"), QStringLiteral("C900"));
    typeText(edit(dialog, "phoneEdit"), QStringLiteral("021-5555 1234"));
    typeText(edit(dialog, "emailEdit"), QStringLiteral("buyer@example.cn"));
    QTest::keyClick(edit(dialog, "emailEdit"), Qt::Key_Return); // Enter = OK

    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(dialog.result(), 0);
    EXPECT_FALSE(dialog.form()->errorText(QStringLiteral("name")).isEmpty());
    EXPECT_EQ(QApplication::focusWidget(), edit(dialog, "nameEdit"));
    EXPECT_EQ(edit(dialog, "codeEdit")->text(), QStringLiteral("C900"));
    EXPECT_EQ(edit(dialog, "phoneEdit")->text(), QStringLiteral("021-5555 1234"));
    EXPECT_EQ(edit(dialog, "emailEdit")->text(), QStringLiteral("buyer@example.cn"));

    typeText(edit(dialog, "nameEdit"), QStringLiteral("宁波液压件厂"));
    QTest::keyClick(edit(dialog, "nameEdit"), Qt::Key_Return);
    EXPECT_EQ(dialog.result(), int(QDialog::Accepted));
    ASSERT_NE(dialog.customer().id, 0);
    auto stored = CustomerService(m_db.session()).byId(dialog.customer().id);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->name, QStringLiteral("宁波液压件厂"));
    EXPECT_EQ(stored->phone, QStringLiteral("021-5555 1234"));
}

TEST_F(CustomerAndProductDialogTest, ADuplicateCodeIsShownNextToTheCode)
{
    m_db.addCustomer(QStringLiteral("C001"), QStringLiteral("华东机械有限公司"));
    CustomerDialog dialog(m_db.session());
    dialog.show();
    typeText(edit(dialog, "codeEdit"), QStringLiteral("C001"));
    typeText(edit(dialog, "nameEdit"), QStringLiteral("another"));
    dialog.accept();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(dialog.form()->errorText(QStringLiteral("code")).contains(QStringLiteral("C001")));
    EXPECT_EQ(edit(dialog, "nameEdit")->text(), QStringLiteral("another"));
}

TEST_F(CustomerAndProductDialogTest, ACreditLimitThatIsNotAnAmountIsRefusedNextToIt)
{
    TestDatabase managers(Role::Manager); // credit terms are a manager's decision
    CustomerDialog dialog(managers.session());
    dialog.show();
    typeText(edit(dialog, "codeEdit"), QStringLiteral("C010"));
    typeText(edit(dialog, "nameEdit"), QStringLiteral("Acme"));
    typeText(edit(dialog, "creditLimitEdit"), QStringLiteral("50000.123"));
    dialog.accept();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(dialog.form()->errorText(QStringLiteral("credit_limit")).isEmpty());
    EXPECT_EQ(edit(dialog, "creditLimitEdit")->text(), QStringLiteral("50000.123"));
}

TEST_F(CustomerAndProductDialogTest, ASalespersonSeesTheCreditTermsButCannotChangeThem)
{
    CustomerDialog dialog(m_db.session());
    dialog.show();
    EXPECT_TRUE(edit(dialog, "creditLimitEdit")->isReadOnly());
    EXPECT_FALSE(edit(dialog, "creditLimitEdit")->toolTip().isEmpty());
}

TEST_F(CustomerAndProductDialogTest, AProductPriceKeepsFourDecimalsAndABadOneIsRefused)
{
    TestDatabase managers(Role::Manager); // products are edited by managers
    ProductDialog dialog(managers.session());
    dialog.show();
    typeText(edit(dialog, "skuEdit"), QStringLiteral("W-3"));
    typeText(edit(dialog, "nameEdit"), QStringLiteral("垫圈"));
    typeText(edit(dialog, "unitPriceEdit"), QStringLiteral("0.01255"));
    dialog.accept();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(dialog.form()->errorText(QStringLiteral("unit_price")).isEmpty());

    edit(dialog, "unitPriceEdit")->setText(QStringLiteral("0.0125"));
    QTest::keyClick(edit(dialog, "unitPriceEdit"), Qt::Key_Return);
    EXPECT_EQ(dialog.result(), int(QDialog::Accepted));
    auto stored = ProductService(managers.session()).byId(dialog.product().id);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->unitPrice.raw(), 125);
}

TEST_F(CustomerAndProductDialogTest, EscapeCancelsWithoutSaving)
{
    CustomerDialog dialog(m_db.session());
    dialog.show();
    typeText(edit(dialog, "codeEdit"), QStringLiteral("C011"));
    QTest::keyClick(edit(dialog, "codeEdit"), Qt::Key_Escape);
    EXPECT_EQ(dialog.result(), int(QDialog::Rejected));
    auto found = CustomerService(m_db.session()).byCode(QStringLiteral("C011"));
    ASSERT_TRUE(found.has_value());
    EXPECT_FALSE(found->has_value());
}

} // namespace od::test
