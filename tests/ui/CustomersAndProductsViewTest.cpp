#include "TestDatabase.h"
#include "TypeText.h"

#include "CustomerService.h"
#include "ProductService.h"
#include "customers/CustomersView.h"
#include "models/CustomerListModel.h"
#include "models/ProductListModel.h"
#include "products/ProductsView.h"
#include "widgets/CsvImportDialog.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace od::test {

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

} // namespace

class CustomersAndProductsViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_east = m_db.addCustomer(QStringLiteral("C001"), QStringLiteral("华东机械有限公司"));
        m_db.addCustomer(QStringLiteral("C002"), QStringLiteral("上海阀门厂"));
        m_db.addCustomer(QStringLiteral("C003"), QStringLiteral("Acme Pumps Ltd"));
    }

    TestDatabase m_db;
    qint64 m_east = 0;
};

TEST_F(CustomersAndProductsViewTest, TheSearchBoxFiltersTheCustomers)
{
    CustomersView view(m_db.session());
    view.show();
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    EXPECT_EQ(view.model()->rowCount(), 3);
    typeText(view.searchEdit(), QStringLiteral("阀门"));
    QTest::keyClick(view.searchEdit(), Qt::Key_Return);
    ASSERT_EQ(view.model()->rowCount(), 1);
    EXPECT_EQ(view.model()->customerAt(0)->code, QStringLiteral("C002"));
}

TEST_F(CustomersAndProductsViewTest, ADeactivatedCustomerIsHiddenUntilAskedFor)
{
    CustomersView view(m_db.session());
    view.show();
    QSignalSpy changed(&view, &CustomersView::dataChanged);
    view.table()->selectRow(view.model()->rowOf(m_east));
    auto* toggle = view.findChild<QPushButton*>(QStringLiteral("toggleActiveButton"));
    ASSERT_NE(toggle, nullptr);
    QTest::mouseClick(toggle, Qt::LeftButton);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(view.model()->rowOf(m_east), -1);
    auto stored = CustomerService(m_db.session()).byId(m_east);
    ASSERT_TRUE(stored.has_value());
    EXPECT_FALSE(stored->active);

    view.findChild<QCheckBox*>(QStringLiteral("showInactive"))->setChecked(true);
    const int row = view.model()->rowOf(m_east);
    ASSERT_GE(row, 0);
    view.table()->selectRow(row);
    EXPECT_EQ(toggle->text(), QStringLiteral("Reactivate"));
}

TEST_F(CustomersAndProductsViewTest, ASalespersonCannotEditProductsOrImport)
{
    ProductsView view(m_db.session());
    view.show();
    auto* add = view.findChild<QPushButton*>(QStringLiteral("addButton"));
    ASSERT_NE(add, nullptr);
    EXPECT_FALSE(add->isEnabled());
    EXPECT_FALSE(add->toolTip().isEmpty()); // says why
    EXPECT_FALSE(view.findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled());
}

TEST_F(CustomersAndProductsViewTest, ProductsAreListedWithExactPrices)
{
    m_db.addProduct(QStringLiteral("W-1"), QStringLiteral("垫圈"), 125); // 0.0125
    ProductsView view(m_db.session());
    view.show();
    ASSERT_EQ(view.model()->rowCount(), 1);
    EXPECT_EQ(view.model()->index(0, ProductListModel::UnitPriceColumn).data().toString(),
              QStringLiteral("¥0.0125"));
}

TEST_F(CustomersAndProductsViewTest, CsvImportShowsErrorsWithLinesAndImportsOnlyAFileWithoutThem)
{
    TestDatabase managers(Role::Manager); // importing is a manager's job
    QTemporaryDir dir;
    const QString bad = writeFile(dir, QStringLiteral("bad.csv"),
                                  "code,name,email\nC100,宁波液压件厂,ok@example.cn\nC101,,x@example.cn\n");
    CsvImportDialog dialog(managers.session(), CsvImportReport::Kind::Customers);
    dialog.show();
    EXPECT_FALSE(dialog.checkFile(bad));
    EXPECT_FALSE(dialog.importButton()->isEnabled());
    ASSERT_GE(dialog.errorList()->count(), 1);
    EXPECT_TRUE(dialog.errorList()->item(0)->text().startsWith(bad + QStringLiteral(":3:")))
        << dialog.errorList()->item(0)->text().toStdString();
    EXPECT_EQ(dialog.previewTable()->rowCount(), 2);

    const QString good =
        writeFile(dir, QStringLiteral("good.csv"),
                  "code,name,email\nC100,宁波液压件厂,ok@example.cn\nC101,杭州泵业,x@example.cn\n");
    QSignalSpy imported(&dialog, &CsvImportDialog::imported);
    ASSERT_TRUE(dialog.checkFile(good));
    EXPECT_TRUE(dialog.importButton()->isEnabled());
    EXPECT_EQ(dialog.errorList()->count(), 0);
    EXPECT_FALSE(
        CustomerService(managers.session()).byCode(QStringLiteral("C100"))->has_value()); // a dry run

    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    EXPECT_TRUE(dialog.importDone());
    ASSERT_EQ(imported.count(), 1);
    EXPECT_EQ(imported.at(0).at(0).toLongLong(), 2);
    auto stored = CustomerService(managers.session()).byCode(QStringLiteral("C101"));
    ASSERT_TRUE(stored.has_value() && stored->has_value());
    EXPECT_EQ((*stored)->name, QStringLiteral("杭州泵业"));
    EXPECT_FALSE(dialog.importButton()->isEnabled());
}

} // namespace od::test
