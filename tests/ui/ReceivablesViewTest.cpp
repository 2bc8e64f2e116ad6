#include "SettlementBook.h"

#include "settlement/ReceivablesView.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace od::test {

// The finance clerk's receivables page: balances aged by due date, the totals row, and the open
// invoices of the customer clicked or chosen with the keyboard (today is 2026-06-01).
class ReceivablesViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OrderDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("ReceivablesViewTest"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const qint64 order = m_book.addOrder(m_book.customerA, {{10, "100"}}, QDate(2026, 3, 15));
        auto invoice = m_book.invoice({order}, QDate(2026, 3, 15));
        ASSERT_TRUE(invoice) << invoice.error().message.toStdString();
        m_invoiceNo = invoice->invoiceNo;
        ASSERT_TRUE(m_book.pay(m_book.customerA, "130", QDate(2026, 5, 20), QStringLiteral("BANK-1")));
        m_view = std::make_unique<ReceivablesView>(m_book.t().session());
        m_view->resize(1200, 700);
        m_view->show();
    }

    int rowOf(const QString& code)
    {
        QTableWidget* t = m_view->customersTable();
        for (int row = 0; row < t->rowCount(); ++row)
            if (t->item(row, 0) && t->item(row, 0)->text() == code)
                return row;
        return -1;
    }

    SettlementBook m_book;
    QString m_invoiceNo;
    std::unique_ptr<ReceivablesView> m_view;
};

TEST_F(ReceivablesViewTest, AgesTheOpenAmountAndTotalsIt)
{
    QTableWidget* t = m_view->customersTable();
    const int row = rowOf(QStringLiteral("C-A"));
    ASSERT_GE(row, 0);
    // Due 30 days after 15 March: 48 days past due on 1 June, in the 31–60 column.
    // The salesperson who looks after the customer is the one of its latest order.
    EXPECT_EQ(t->item(row, 2)->text(), QStringLiteral("王芳"));
    EXPECT_EQ(t->item(row, 3)->text(), QStringLiteral("0.00"));
    EXPECT_EQ(t->item(row, 5)->text(), QStringLiteral("1,000.00"));
    EXPECT_EQ(t->item(row, 8)->text(), QStringLiteral("1,000.00"));
    const int totals = t->rowCount() - 1;
    EXPECT_EQ(t->item(totals, 0)->text(), QStringLiteral("Total"));
    EXPECT_EQ(t->item(totals, 5)->text(), QStringLiteral("1,000.00"));
    EXPECT_EQ(rowOf(QStringLiteral("C-B")) < 0 ||
                  t->item(rowOf(QStringLiteral("C-B")), 8)->text() == QStringLiteral("0.00"),
              true);
}

TEST_F(ReceivablesViewTest, ClickingACustomerShowsItsOpenInvoices)
{
    QTableWidget* t = m_view->customersTable();
    const int row = rowOf(QStringLiteral("C-A"));
    ASSERT_GE(row, 0);
    EXPECT_EQ(m_view->invoicesTable()->rowCount(), 0);
    QTest::mouseClick(t->viewport(), Qt::LeftButton, {}, t->visualItemRect(t->item(row, 1)).center());
    ASSERT_EQ(m_view->invoicesTable()->rowCount(), 1);
    EXPECT_EQ(m_view->invoicesTable()->item(0, 0)->text(), m_invoiceNo);
    EXPECT_EQ(m_view->invoicesTable()->item(0, 6)->text(), QStringLiteral("1,000.00"));
}

TEST_F(ReceivablesViewTest, ReloadKeepsTheSelectedCustomerAndItsInvoices)
{
    QTableWidget* t = m_view->customersTable();
    t->setFocus();
    t->setCurrentCell(rowOf(QStringLiteral("C-A")), 0);
    ASSERT_EQ(m_view->invoicesTable()->rowCount(), 1);
    m_view->reload();
    EXPECT_EQ(t->currentRow(), rowOf(QStringLiteral("C-A")));
    EXPECT_EQ(m_view->invoicesTable()->rowCount(), 1);
}

TEST_F(ReceivablesViewTest, ACustomerDrilledIntoShowsItsPaymentsAndOnRequestItsSettledInvoices)
{
    const qint64 settled = m_book.addOrder(m_book.customerA, {{1, "100"}}, QDate(2026, 5, 1));
    auto paidInvoice = m_book.invoice({settled}, QDate(2026, 5, 1));
    ASSERT_TRUE(paidInvoice);
    ASSERT_TRUE(m_book.pay(m_book.customerA, "113", QDate(2026, 5, 21), QStringLiteral("BANK-2")));
    m_view->reload();
    QTableWidget* t = m_view->customersTable();
    QTest::mouseClick(t->viewport(), Qt::LeftButton, {},
                      t->visualItemRect(t->item(rowOf(QStringLiteral("C-A")), 1)).center());
    QTableWidget* payments = m_view->paymentsTable();
    ASSERT_EQ(payments->rowCount(), 2);
    EXPECT_EQ(payments->item(0, 1)->text(), QStringLiteral("BANK-2")) << "newest first";
    EXPECT_EQ(payments->item(1, 1)->text(), QStringLiteral("BANK-1"));
    EXPECT_EQ(m_view->invoicesTable()->rowCount(), 1) << "open invoices only";
    QTest::mouseClick(m_view->openOnlyCheck(), Qt::LeftButton);
    ASSERT_EQ(m_view->invoicesTable()->rowCount(), 2);
    bool listed = false;
    for (int row = 0; row < 2; ++row)
        listed = listed || (m_view->invoicesTable()->item(row, 0)->text() == paidInvoice->invoiceNo &&
                            m_view->invoicesTable()->item(row, 6)->text() == QStringLiteral("0.00"));
    EXPECT_TRUE(listed) << "the paid invoice, nothing open on it";
}

} // namespace od::test
