#include "SettlementBook.h"
#include "TypeText.h"

#include "CollectionService.h"
#include "CreditControlService.h"
#include "PeriodCloseService.h"
#include "settlement/CloseMonthDialog.h"
#include "settlement/CollectionContactDialog.h"
#include "settlement/ManagerDecisionDialog.h"
#include "settlement/ProvisionDialog.h"
#include "settlement/ReceivablesView.h"
#include "widgets/DateField.h"
#include "widgets/MessageBanner.h"
#include "widgets/ValidatedForm.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
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

namespace {

// Shows the dialog as exec() would, so that its default button answers Return and clicks land.
void showActive(QDialog* dialog)
{
    dialog->show();
    QApplication::setActiveWindow(dialog);
    ASSERT_TRUE(QTest::qWaitForWindowActive(dialog));
}

QPushButton* okButton(QDialog* dialog)
{
    return dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

} // namespace

TEST_F(ReceivablesViewTest, TheClerkLogsAPromiseToPayByKeyboard)
{
    QTableWidget* t = m_view->customersTable();
    t->setFocus();
    t->setCurrentCell(rowOf(QStringLiteral("C-A")), 0);
    ASSERT_TRUE(m_view->contactButton()->isEnabled());
    EXPECT_EQ(m_view->contactLabel()->text(), QStringLiteral("No collection contact yet."));
    int shown = 0;
    m_view->setDialogHook([&](QDialog* d) {
        auto* dialog = qobject_cast<CollectionContactDialog*>(d);
        ASSERT_NE(dialog, nullptr);
        showActive(dialog);
        ++shown;
        typeText(dialog->contactNameEdit(), QStringLiteral("刘经理"));
        QTest::keyClicks(dialog->noteEdit(), QStringLiteral("Waiting for the boss's signature"));
        QTest::keyClicks(dialog->promisedDateField()->lineEdit(), QStringLiteral("2026-13-45"));
        QTest::keyClick(dialog->promisedDateField()->lineEdit(), Qt::Key_Return);
        // Refused under its field; what was typed stays.
        EXPECT_EQ(dialog->result(), QDialog::Rejected);
        EXPECT_FALSE(dialog->form()->errorText(QStringLiteral("promised_date")).isEmpty());
        EXPECT_EQ(dialog->promisedDateField()->lineEdit()->text(), QStringLiteral("2026-13-45"));
        dialog->promisedDateField()->lineEdit()->selectAll();
        QTest::keyClicks(dialog->promisedDateField()->lineEdit(), QStringLiteral("2026-06-10"));
        QTest::keyClicks(dialog->promisedAmountEdit(), QStringLiteral("500"));
        QTest::keyClick(dialog->promisedAmountEdit(), Qt::Key_Return);
    });
    m_view->contactButton()->setFocus();
    QTest::keyClick(m_view->contactButton(), Qt::Key_Space);
    EXPECT_EQ(shown, 1);
    auto contacts = CollectionService(m_book.t().session()).contacts(m_book.customerA, 5);
    ASSERT_TRUE(contacts.has_value());
    ASSERT_EQ(contacts->size(), 1);
    EXPECT_EQ(contacts->first().promisedDate, QDate(2026, 6, 10));
    EXPECT_EQ(contacts->first().promisedAmount, yuan("500"));
    EXPECT_EQ(contacts->first().contactName, QStringLiteral("刘经理"));
    // The page still shows the customer, with the promise.
    EXPECT_EQ(t->currentRow(), rowOf(QStringLiteral("C-A")));
    EXPECT_TRUE(m_view->contactLabel()->text().contains(QStringLiteral("500.00")))
        << m_view->contactLabel()->text().toStdString();
    EXPECT_TRUE(m_view->contactLabel()->text().contains(QStringLiteral("刘经理")));
}

TEST_F(ReceivablesViewTest, AManagerReleasesAHoldWithTheMouseAndTheClerkCannot)
{
    ASSERT_TRUE(CreditControlService(m_book.t().session()).refresh(m_book.customerA).has_value());
    m_view->reload();
    QTableWidget* t = m_view->customersTable();
    const int row = rowOf(QStringLiteral("C-A"));
    QTest::mouseClick(t->viewport(), Qt::LeftButton, {}, t->visualItemRect(t->item(row, 1)).center());
    ASSERT_EQ(t->item(row, t->columnCount() - 1)->text(), QStringLiteral("On hold"));
    EXPECT_FALSE(m_view->releaseButton()->isEnabled()); // the clerk may not release

    m_book.t().actAs(m_book.t().managerId);
    m_view->reload();
    ASSERT_TRUE(m_view->releaseButton()->isEnabled());
    m_view->setDialogHook([&](QDialog* d) {
        auto* dialog = qobject_cast<ManagerDecisionDialog*>(d);
        ASSERT_NE(dialog, nullptr);
        showActive(dialog);
        // Without a reason it is refused under the reason.
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        EXPECT_EQ(dialog->result(), QDialog::Rejected);
        EXPECT_FALSE(dialog->form()->errorText(QStringLiteral("reason")).isEmpty());
        QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("Paid part; the rest promised for June"));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    });
    QTest::mouseClick(m_view->releaseButton(), Qt::LeftButton);
    const int after = rowOf(QStringLiteral("C-A"));
    EXPECT_TRUE(t->item(after, t->columnCount() - 1)->text().startsWith(QStringLiteral("Released until")));
    auto standing = CreditControlService(m_book.t().session()).standing(m_book.customerA);
    ASSERT_TRUE(standing.has_value());
    EXPECT_TRUE(standing->release.has_value());
    EXPECT_FALSE(standing->onHold());
}

TEST_F(ReceivablesViewTest, TheStatementOfTheSelectedCustomerIsSavedAsPdf)
{
    QTableWidget* t = m_view->customersTable();
    t->setFocus();
    t->setCurrentCell(rowOf(QStringLiteral("C-A")), 0);
    const QString path = m_book.t().dir() + QStringLiteral("/statement.pdf");
    ASSERT_TRUE(m_view->exportStatementTo(path, QDate(2026, 1, 1), QDate(2026, 6, 1)));
    QFile pdf(path);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5).startsWith("%PDF"));
    EXPECT_TRUE(m_view->banner()->text().contains(QStringLiteral("closing")));
}

TEST_F(ReceivablesViewTest, TheDoubtfulReceivablesFollowTheDaysTypedAndLeadToTheCustomer)
{
    int rowsAt90 = -1;
    QString invoice, days, open, totals;
    m_view->setDialogHook([&](QDialog* d) {
        auto* dialog = qobject_cast<ProvisionDialog*>(d);
        ASSERT_NE(dialog, nullptr);
        dialog->show();
        QApplication::setActiveWindow(dialog);
        ASSERT_TRUE(QTest::qWaitForWindowActive(dialog));
        rowsAt90 = dialog->table()->rowCount(); // 48 days overdue is not 90
        QSpinBox* box = dialog->daysBox();
        box->setFocus();
        box->selectAll();
        QTest::keyClicks(box, QStringLiteral("30"));
        QTableWidget* t = dialog->table();
        ASSERT_EQ(t->rowCount(), 1);
        invoice = t->item(0, 0)->text();
        days = t->item(0, 3)->text();
        open = t->item(0, 4)->text();
        totals = dialog->totalsLabel()->text();
        t->setFocus();
        QTest::keyClick(t, Qt::Key_Return);
    });
    QTest::mouseClick(m_view->provisionButton(), Qt::LeftButton);
    EXPECT_EQ(rowsAt90, 0);
    EXPECT_EQ(invoice, m_invoiceNo);
    EXPECT_EQ(days, QStringLiteral("48"));
    EXPECT_EQ(open, QStringLiteral("1,000.00"));
    EXPECT_TRUE(totals.contains(QStringLiteral("1,000.00"))) << totals.toStdString();
    QTableWidget* customers = m_view->customersTable();
    ASSERT_GE(customers->currentRow(), 0);
    EXPECT_EQ(customers->item(customers->currentRow(), 0)->text(), QStringLiteral("C-A"));
}

TEST_F(ReceivablesViewTest, TheClerkClosesAMonthAndNothingCanBeDatedInIt)
{
    ASSERT_TRUE(m_view->closeMonthButton()->isEnabled());
    m_view->setDialogHook([&](QDialog* d) {
        auto* dialog = qobject_cast<CloseMonthDialog*>(d);
        ASSERT_NE(dialog, nullptr);
        showActive(dialog);
        const int may = dialog->monthBox()->findData(QDate(2026, 5, 1));
        ASSERT_GE(may, 0);
        EXPECT_EQ(dialog->monthBox()->findData(QDate(2026, 6, 1)), -1); // not ended yet
        dialog->monthBox()->setCurrentIndex(may);
        QTest::keyClick(dialog->monthBox(), Qt::Key_Return);
    });
    QTest::mouseClick(m_view->closeMonthButton(), Qt::LeftButton);
    auto lock = PeriodCloseService(m_book.t().session()).lock();
    ASSERT_TRUE(lock.has_value());
    EXPECT_TRUE(lock->isClosed(QDate(2026, 5, 20)));
    EXPECT_FALSE(
        m_book.pay(m_book.customerA, "10", QDate(2026, 5, 21), QStringLiteral("LATE-MAY")).has_value());
}

} // namespace od::test
