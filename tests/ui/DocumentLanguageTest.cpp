// A document's language is the customer's, not the user's: a Chinese customer gets a Chinese
// confirmation from an English UI, an English-speaking one an English confirmation from a
// Chinese UI. The language is set in the customer dialog.
#include "TypeText.h"
#include "UiOrderFactory.h"

#include "CustomerService.h"
#include "confirmation/ConfirmationView.h"
#include "customers/CustomerDialog.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QLocale>
#include <QTest>
#include <QTranslator>

#include <gtest/gtest.h>

namespace od::test {

class DocumentLanguageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_chineseOrder = m_orders.addDraft(m_orders.customerEast, 3);
        m_orders.submit(m_chineseOrder);
        m_englishOrder = m_orders.addDraft(m_orders.customerAcme, 4);
        m_orders.submit(m_englishOrder);
    }
    void TearDown() override { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    QString documentHtml(qint64 orderId)
    {
        auto document = ConfirmationView::documentFor(m_db.session(), orderId);
        EXPECT_TRUE(document.has_value()) << (document ? "" : document.error().message.toStdString());
        return document ? document->html() : QString();
    }

    TestDatabase m_db;
    UiOrderFactory m_orders{m_db};
    qint64 m_chineseOrder = 0;
    qint64 m_englishOrder = 0;
};

TEST_F(DocumentLanguageTest, CustomersGetChineseDocumentsByDefaultWhateverTheUiLanguage)
{
    // The UI is English (no translation loaded); the customer's documents are Chinese.
    const QString html = documentHtml(m_chineseOrder);
    EXPECT_TRUE(html.contains(QStringLiteral("订单确认书"))) << html.left(2000).toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("客户编码")));
    EXPECT_FALSE(html.contains(QStringLiteral("Order Confirmation")));
    EXPECT_FALSE(html.contains(QStringLiteral("Customer code")));
}

TEST_F(DocumentLanguageTest, TheCustomerDialogSetsEnglishDocumentsWhichAChineseUiPrintsInEnglish)
{
    QTranslator chinese;
    ASSERT_TRUE(chinese.load(QStringLiteral(":/i18n/orderdesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&chinese);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));

    auto acme = CustomerService(m_db.session()).byId(m_orders.customerAcme);
    ASSERT_TRUE(acme.has_value());
    {
        CustomerDialog dialog(m_db.session(), *acme);
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
        auto* language = dialog.findChild<QComboBox*>(QStringLiteral("documentLanguageCombo"));
        ASSERT_NE(language, nullptr);
        EXPECT_EQ(language->currentData().toString(), QStringLiteral("zh_CN"));
        QTest::keyClick(&dialog, Qt::Key_D, Qt::AltModifier); // 文档语言(D)
        ASSERT_EQ(QApplication::focusWidget(), language);
        QTest::keyClick(language, Qt::Key_Down, Qt::AltModifier);
        ASSERT_TRUE(waitUntil([&] { return language->view()->isVisible(); }));
        QTest::keyClick(language->view(), Qt::Key_Down);
        QTest::keyClick(language->view(), Qt::Key_Return);
        EXPECT_EQ(language->currentText(), QStringLiteral("English"));
        QTest::keyClick(language, Qt::Key_Return); // OK
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
    }
    EXPECT_EQ(CustomerService(m_db.session()).byId(m_orders.customerAcme)->documentLanguage,
              QStringLiteral("en"));

    const QString english = documentHtml(m_englishOrder);
    const QString chineseHtml = documentHtml(m_chineseOrder);
    QCoreApplication::removeTranslator(&chinese);
    EXPECT_TRUE(english.contains(QStringLiteral("Order Confirmation"))) << english.left(2000).toStdString();
    EXPECT_TRUE(english.contains(QStringLiteral("Customer code")));
    EXPECT_FALSE(english.contains(QStringLiteral("订单确认书")));
    EXPECT_TRUE(chineseHtml.contains(QStringLiteral("订单确认书")));
}

} // namespace od::test
