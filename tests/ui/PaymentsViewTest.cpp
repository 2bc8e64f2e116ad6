#include "SettlementBook.h"
#include "TypeText.h"
#include "UiOrderFactory.h"
#include "XlsxReader.h"

#include "settlement/PaymentsView.h"
#include "settlement/ReapplyPaymentDialog.h"
#include "widgets/CsvImportDialog.h"
#include "widgets/DateField.h"
#include "widgets/ListExportButton.h"
#include "widgets/LookupLineEdit.h"
#include "widgets/MessageBanner.h"
#include "widgets/ValidatedForm.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace od::test {

// The finance clerk's payments page (today is 2026-06-01): customer C-A owes two invoices, 1,130.00
// (due 3 June) and 113.00 (due 19 June).
class PaymentsViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_big = m_book.addOrder(m_book.customerA, {{10, "100"}}, QDate(2026, 5, 4));
        m_small = m_book.addOrder(m_book.customerA, {{2, "50"}}, QDate(2026, 5, 20));
        auto big = m_book.invoice({m_big}, QDate(2026, 5, 4));
        auto small = m_book.invoice({m_small}, QDate(2026, 5, 20));
        ASSERT_TRUE(big && small);
        m_bigNo = big->invoiceNo;
        m_smallNo = small->invoiceNo;
        m_view = std::make_unique<PaymentsView>(m_book.t().session());
        m_view->resize(1200, 800);
        m_view->show();
        QApplication::setActiveWindow(m_view.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_view.get()));
    }

    // Types the customer's code and takes the popup's first entry with Down and Enter.
    void chooseCustomerByKeyboard(const QString& typed)
    {
        LookupLineEdit* edit = m_view->customerEdit();
        edit->setFocus();
        typeText(edit, typed);
        QAbstractItemView* popup = edit->lookupCompleter()->popup();
        ASSERT_TRUE(waitUntil([&] { return popup->isVisible(); }));
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        ASSERT_EQ(edit->chosenId(), m_book.customerA);
    }

    void chooseCustomerWithMouse(const QString& typed)
    {
        LookupLineEdit* edit = m_view->customerEdit();
        QTest::mouseClick(edit, Qt::LeftButton);
        typeText(edit, typed);
        QAbstractItemView* popup = edit->lookupCompleter()->popup();
        ASSERT_TRUE(waitUntil([&] { return popup->isVisible(); }));
        QTest::mouseClick(popup->viewport(), Qt::LeftButton, {},
                          popup->visualRect(popup->model()->index(0, 0)).center());
        ASSERT_EQ(edit->chosenId(), m_book.customerA);
    }

    void typeInto(QLineEdit* edit, const QString& text)
    {
        QTest::mouseClick(edit, Qt::LeftButton);
        typeText(edit, text);
    }

    SettlementBook m_book;
    qint64 m_big = 0;
    qint64 m_small = 0;
    QString m_bigNo;
    QString m_smallNo;
    std::unique_ptr<PaymentsView> m_view;
};

TEST_F(PaymentsViewTest, RecordedByKeyboardItPaysTheInvoiceOfExactlyThatAmount)
{
    chooseCustomerByKeyboard(QStringLiteral("C-A"));
    EXPECT_EQ(m_view->openInvoicesTable()->rowCount(), 2);
    QTest::keyClick(m_view.get(), Qt::Key_A, Qt::AltModifier); // &Amount
    ASSERT_EQ(QApplication::focusWidget(), m_view->amountEdit());
    typeText(m_view->amountEdit(), QStringLiteral("113"));
    QTest::keyClick(m_view.get(), Qt::Key_R, Qt::AltModifier); // &Reference
    ASSERT_EQ(QApplication::focusWidget(), m_view->referenceEdit());
    typeText(m_view->referenceEdit(), QStringLiteral("BANK-100"));
    QTest::keyClick(m_view->referenceEdit(), Qt::Key_Return);

    EXPECT_EQ(m_book.settlementOf(m_small), SettlementStatus::Paid) << "the invoice of exactly 113.00";
    EXPECT_EQ(m_book.settlementOf(m_big), SettlementStatus::Invoiced);
    QTableWidget* payments = m_view->paymentsTable();
    ASSERT_EQ(payments->rowCount(), 1);
    EXPECT_EQ(payments->item(0, 1)->text(), QStringLiteral("BANK-100"));
    EXPECT_EQ(payments->item(0, 3)->text(), QStringLiteral("113.00"));
    EXPECT_EQ(payments->item(0, 6)->text(), m_smallNo + QStringLiteral(": 113.00"));
    EXPECT_EQ(m_view->openInvoicesTable()->rowCount(), 1);
    EXPECT_TRUE(m_view->banner()->text().contains(QStringLiteral("BANK-100")));
    // Ready for the next payment of the same customer.
    EXPECT_TRUE(m_view->amountEdit()->text().isEmpty());
    EXPECT_TRUE(m_view->referenceEdit()->text().isEmpty());
    EXPECT_EQ(m_view->customerEdit()->chosenId(), m_book.customerA);
}

TEST_F(PaymentsViewTest, AnAcceptanceBillRecordedWithTheMouseCarriesItsMaturityAndPaysPartOfTheOldestInvoice)
{
    chooseCustomerWithMouse(QStringLiteral("C-A"));
    EXPECT_FALSE(m_view->maturityField()->isEnabled()) << "only a bill has a maturity date";
    typeInto(m_view->amountEdit(), QStringLiteral("500"));
    QComboBox* method = m_view->methodCombo();
    QTest::mouseClick(method, Qt::LeftButton);
    QAbstractItemView* list = method->view();
    ASSERT_TRUE(waitUntil([&] { return list->isVisible(); }));
    const int bill = method->findData(int(PaymentMethod::AcceptanceBill));
    ASSERT_GE(bill, 0);
    // The popup takes no click in the moment after it opens (the release of the opening click).
    QTest::qWait(QApplication::doubleClickInterval() + 50);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualRect(list->model()->index(bill, 0)).center());
    ASSERT_EQ(method->currentIndex(), bill);
    ASSERT_TRUE(m_view->maturityField()->isEnabled());
    typeInto(m_view->maturityField()->lineEdit(), QStringLiteral("2026-09-01"));
    typeInto(m_view->referenceEdit(), QStringLiteral("BILL-7"));
    QTest::mouseClick(m_view->recordButton(), Qt::LeftButton);

    EXPECT_EQ(m_book.settlementOf(m_big), SettlementStatus::PartiallyPaid) << "oldest due first";
    EXPECT_EQ(m_book.settlementOf(m_small), SettlementStatus::Invoiced);
    QTableWidget* payments = m_view->paymentsTable();
    ASSERT_EQ(payments->rowCount(), 1);
    EXPECT_TRUE(payments->item(0, 2)->text().contains(QStringLiteral("2026")))
        << payments->item(0, 2)->text().toStdString();
    EXPECT_EQ(payments->item(0, 6)->text(), m_bigNo + QStringLiteral(": 500.00"));
    // The open invoice shows what is left.
    EXPECT_EQ(m_view->openInvoicesTable()->item(0, 6)->text(), QStringLiteral("630.00"));
}

TEST_F(PaymentsViewTest, ABadAmountIsShownNextToItsFieldAndNothingTypedIsLost)
{
    chooseCustomerByKeyboard(QStringLiteral("C-A"));
    typeInto(m_view->amountEdit(), QStringLiteral("12.345"));
    typeInto(m_view->referenceEdit(), QStringLiteral("BANK-5"));
    typeInto(m_view->noteEdit(), QStringLiteral("上半月货款"));
    QTest::mouseClick(m_view->recordButton(), Qt::LeftButton);

    EXPECT_FALSE(m_view->form()->errorText(QStringLiteral("amount")).isEmpty());
    EXPECT_TRUE(m_view->form()->errorText(QStringLiteral("reference")).isEmpty());
    EXPECT_EQ(QApplication::focusWidget(), m_view->amountEdit());
    EXPECT_EQ(m_view->amountEdit()->text(), QStringLiteral("12.345"));
    EXPECT_EQ(m_view->referenceEdit()->text(), QStringLiteral("BANK-5"));
    EXPECT_EQ(m_view->noteEdit()->text(), QStringLiteral("上半月货款"));
    EXPECT_EQ(m_view->paymentsTable()->rowCount(), 0);

    // Zero is refused by the rules, again under the amount.
    m_view->amountEdit()->selectAll();
    typeText(m_view->amountEdit(), QStringLiteral("0"));
    QTest::keyClick(m_view->amountEdit(), Qt::Key_Return);
    EXPECT_FALSE(m_view->form()->errorText(QStringLiteral("amount")).isEmpty());
    EXPECT_EQ(m_view->paymentsTable()->rowCount(), 0);

    // Corrected, it is recorded and the error goes.
    m_view->amountEdit()->selectAll();
    typeText(m_view->amountEdit(), QStringLiteral("12.34"));
    QTest::keyClick(m_view->amountEdit(), Qt::Key_Return);
    EXPECT_TRUE(m_view->form()->errorText(QStringLiteral("amount")).isEmpty());
    EXPECT_EQ(m_view->paymentsTable()->rowCount(), 1);
}

TEST_F(PaymentsViewTest, TheSameReferenceTwiceIsRefusedUnderTheReference)
{
    chooseCustomerByKeyboard(QStringLiteral("C-A"));
    typeInto(m_view->amountEdit(), QStringLiteral("100"));
    typeInto(m_view->referenceEdit(), QStringLiteral("BANK-1"));
    QTest::mouseClick(m_view->recordButton(), Qt::LeftButton);
    ASSERT_EQ(m_view->paymentsTable()->rowCount(), 1);
    typeInto(m_view->amountEdit(), QStringLiteral("100"));
    typeInto(m_view->referenceEdit(), QStringLiteral("BANK-1"));
    QTest::mouseClick(m_view->recordButton(), Qt::LeftButton);
    EXPECT_FALSE(m_view->form()->errorText(QStringLiteral("reference")).isEmpty());
    EXPECT_EQ(m_view->referenceEdit()->text(), QStringLiteral("BANK-1"));
    EXPECT_EQ(m_view->paymentsTable()->rowCount(), 1) << "recorded once";
}

TEST_F(PaymentsViewTest, ANamedInvoiceIsPaidFirstAndTheRestIsAnAdvance)
{
    chooseCustomerByKeyboard(QStringLiteral("C-A"));
    // Double-clicking the small invoice names it and proposes its open amount.
    QTableWidget* open = m_view->openInvoicesTable();
    int smallRow = -1;
    for (int row = 0; row < open->rowCount(); ++row)
        if (open->item(row, 0)->text() == m_smallNo)
            smallRow = row;
    ASSERT_GE(smallRow, 0);
    const QPoint at = open->visualItemRect(open->item(smallRow, 0)).center();
    QTest::mouseClick(open->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(open->viewport(), Qt::LeftButton, {}, at);
    EXPECT_EQ(m_view->invoicesEdit()->text(), m_smallNo);
    EXPECT_EQ(m_view->amountEdit()->text(), QStringLiteral("113.00"));
    m_view->amountEdit()->selectAll();
    typeText(m_view->amountEdit(), QStringLiteral("200"));
    typeInto(m_view->referenceEdit(), QStringLiteral("BANK-2"));
    QTest::keyClick(m_view->referenceEdit(), Qt::Key_Return);
    ASSERT_EQ(m_view->paymentsTable()->rowCount(), 1);
    EXPECT_EQ(m_view->paymentsTable()->item(0, 5)->text(), QStringLiteral("87.00")) << "the advance";
    EXPECT_EQ(m_book.settlementOf(m_small), SettlementStatus::Paid);
    EXPECT_EQ(m_book.settlementOf(m_big), SettlementStatus::Invoiced);
}

TEST_F(PaymentsViewTest, APaymentReappliedByHandMovesToTheInvoiceTyped)
{
    ASSERT_TRUE(m_book.pay(m_book.customerA, "113", QDate(2026, 5, 25), QStringLiteral("BANK-R")));
    ASSERT_EQ(m_book.settlementOf(m_small), SettlementStatus::Paid);
    chooseCustomerByKeyboard(QStringLiteral("C-A"));
    QTableWidget* payments = m_view->paymentsTable();
    ASSERT_EQ(payments->rowCount(), 1);
    QTest::mouseClick(payments->viewport(), Qt::LeftButton, {},
                      payments->visualItemRect(payments->item(0, 1)).center());

    QString refusal;
    bool accepted = false;
    m_view->setDialogHook([&](QDialog* d) {
        auto* dialog = qobject_cast<ReapplyPaymentDialog*>(d);
        ASSERT_NE(dialog, nullptr);
        dialog->show();
        QApplication::setActiveWindow(dialog);
        ASSERT_TRUE(QTest::qWaitForWindowActive(dialog));
        QTableWidget* table = dialog->table();
        const auto typeInCell = [&](const QString& invoiceNo, const QString& text) {
            table->setFocus();
            table->setCurrentCell(dialog->rowOf(invoiceNo), ReapplyPaymentDialog::AmountColumn);
            QTest::keyClick(table, Qt::Key_F2);
            auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
            ASSERT_NE(editor, nullptr);
            QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
            typeText(editor, text);
            QTest::keyClick(editor, Qt::Key_Return);
        };
        QPushButton* apply = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        // More than the payment is refused, and the amounts stay as typed.
        typeInCell(m_bigNo, QStringLiteral("113"));
        typeInCell(m_smallNo, QStringLiteral("100"));
        QTest::mouseClick(apply, Qt::LeftButton);
        refusal = dialog->errorText();
        EXPECT_EQ(table->item(dialog->rowOf(m_smallNo), ReapplyPaymentDialog::AmountColumn)->text(),
                  QStringLiteral("100"));
        typeInCell(m_smallNo, QStringLiteral("0"));
        QTest::mouseClick(apply, Qt::LeftButton);
        accepted = dialog->result() == QDialog::Accepted;
    });
    QTest::mouseClick(m_view->findChild<QPushButton*>(QStringLiteral("reapplyPaymentButton")),
                      Qt::LeftButton);
    EXPECT_FALSE(refusal.isEmpty());
    EXPECT_TRUE(accepted);
    ASSERT_EQ(payments->rowCount(), 1);
    EXPECT_EQ(payments->item(0, 6)->text(), m_bigNo + QStringLiteral(": 113.00"));
    EXPECT_EQ(m_book.settlementOf(m_big), SettlementStatus::PartiallyPaid);
    EXPECT_EQ(m_book.settlementOf(m_small), SettlementStatus::Invoiced);
}

TEST_F(PaymentsViewTest, APaymentsFileIsImportedAllOrNothingAndASecondTimeRecordsNothingNew)
{
    QTemporaryDir dir;
    const auto write = [&](const QString& name, const QByteArray& text) {
        QFile file(dir.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(text);
        return file.fileName();
    };
    const QString bad = write(QStringLiteral("bad.csv"), "customer_code,date,amount,reference\n"
                                                         "C-A,2026-05-30,113,CSV-1\n"
                                                         "C-A,2026-05-30,-5,CSV-2\n");
    const QString good = write(QStringLiteral("good.csv"), "customer_code,date,amount,reference\n"
                                                           "C-A,2026-05-30,113,CSV-1\n"
                                                           "C-A,2026-05-31,1130,CSV-2\n");
    int step = 0;
    m_view->setDialogHook([&](QDialog* d) {
        auto* dialog = qobject_cast<CsvImportDialog*>(d);
        ASSERT_NE(dialog, nullptr);
        dialog->show();
        if (step == 0) {
            EXPECT_FALSE(dialog->checkFile(bad));
            EXPECT_FALSE(dialog->importButton()->isEnabled());
            ASSERT_GE(dialog->errorList()->count(), 1);
            EXPECT_TRUE(dialog->errorList()->item(0)->text().startsWith(bad + QStringLiteral(":3:")));
            ASSERT_TRUE(dialog->checkFile(good));
            QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
            EXPECT_TRUE(dialog->importDone());
        } else {
            // Already recorded: each row is named and there is nothing to import.
            dialog->checkFile(good);
            EXPECT_FALSE(dialog->importButton()->isEnabled());
            EXPECT_EQ(dialog->errorList()->count(), 2);
            if (dialog->errorList()->count() > 0) {
                EXPECT_TRUE(dialog->errorList()->item(0)->text().contains(QStringLiteral("CSV-1")));
            }
        }
        dialog->accept();
    });
    chooseCustomerByKeyboard(QStringLiteral("C-A"));
    QTest::mouseClick(m_view->findChild<QPushButton*>(QStringLiteral("importPaymentsButton")),
                      Qt::LeftButton);
    EXPECT_EQ(m_view->paymentsTable()->rowCount(), 2);
    EXPECT_EQ(m_book.settlementOf(m_big), SettlementStatus::Paid);
    EXPECT_EQ(m_book.settlementOf(m_small), SettlementStatus::Paid);
    step = 1;
    QTest::mouseClick(m_view->findChild<QPushButton*>(QStringLiteral("importPaymentsButton")),
                      Qt::LeftButton);
    EXPECT_EQ(m_view->paymentsTable()->rowCount(), 2);
}

TEST_F(PaymentsViewTest, TheCustomersPaymentsAreExportedToAWorkbookWithTheMouse)
{
    chooseCustomerByKeyboard(QStringLiteral("C-A"));
    typeInto(m_view->amountEdit(), QStringLiteral("113"));
    typeInto(m_view->referenceEdit(), QStringLiteral("BANK-200"));
    QTest::keyClick(m_view->referenceEdit(), Qt::Key_Return);
    ASSERT_EQ(m_view->paymentsTable()->rowCount(), 1);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("payments.xlsx"));
    auto* button = m_view->findChild<ListExportButton*>();
    ASSERT_NE(button, nullptr);
    button->setAskSavePath([&](QWidget*, const QString&) { return path; });
    QTest::mouseClick(button, Qt::LeftButton);
    XlsxReader book(path);
    ASSERT_TRUE(book.ok()) << book.error().toStdString();
    ASSERT_EQ(book.rowCount(0), 2);
    EXPECT_EQ(book.cell(0, QStringLiteral("B2")).value, QStringLiteral("113.00"));
    EXPECT_EQ(book.cell(0, QStringLiteral("B2")).formatCode, QStringLiteral("#,##0.00"));
    EXPECT_EQ(book.cell(0, QStringLiteral("D2")).value, QStringLiteral("BANK-200"));
    EXPECT_EQ(book.cell(0, QStringLiteral("F2")).value, QStringLiteral("113.00")); // applied to the invoice
}

} // namespace od::test
