#include "SettlementBook.h"
#include "TypeText.h"
#include "UiOrderFactory.h"

#include "settlement/CreditNoteDialog.h"

#include "settlement/InvoicingView.h"
#include "settlement/OfficialInvoiceDialog.h"
#include "widgets/MessageBanner.h"
#include "widgets/ValidatedForm.h"
#include <QRadioButton>

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace od::test {

// The finance clerk's invoicing page (today is 2026-06-01): three shipped orders wait to be
// invoiced, two of customer C-A and one of C-B.
class InvoicingViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_first = m_book.addOrder(m_book.customerA, {{10, "100"}}, QDate(2026, 5, 4)); // 1,130.00 with tax
        m_second = m_book.addOrder(m_book.customerA, {{2, "50"}}, QDate(2026, 5, 6));  // 113.00
        m_other = m_book.addOrder(m_book.customerB, {{1, "200"}}, QDate(2026, 5, 8));  // 226.00
        m_view = std::make_unique<InvoicingView>(m_book.t().session());
        m_view->resize(1200, 800);
        m_view->show();
        QApplication::setActiveWindow(m_view.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_view.get()));
        m_queue = m_view->queueTable();
        m_invoices = m_view->invoicesTable();
        ASSERT_EQ(m_queue->rowCount(), 3);
        for (int row = 0; row < 3; ++row)
            m_numbers << m_queue->item(row, 0)->text();
    }

    QPushButton* button(const char* name)
    {
        auto* b = m_view->findChild<QPushButton*>(QLatin1String(name));
        EXPECT_NE(b, nullptr) << name;
        return b;
    }

    void click(QTableWidget* table, int row, Qt::KeyboardModifiers modifiers = {})
    {
        QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers,
                          table->visualItemRect(table->item(row, 0)).center());
    }

    QStringList queueNumbers() const
    {
        QStringList out;
        for (int row = 0; row < m_queue->rowCount(); ++row)
            out << m_queue->item(row, 0)->text();
        return out;
    }

    // Invoices the first order with the mouse and selects the new invoice.
    void invoiceFirstOrder()
    {
        click(m_queue, 0);
        QTest::mouseClick(button("invoiceWholeButton"), Qt::LeftButton);
        ASSERT_EQ(m_invoices->rowCount(), 1);
        click(m_invoices, 0);
    }

    SettlementBook m_book;
    qint64 m_first = 0;
    qint64 m_second = 0;
    qint64 m_other = 0;
    QStringList m_numbers;
    std::unique_ptr<InvoicingView> m_view;
    QTableWidget* m_queue = nullptr;
    QTableWidget* m_invoices = nullptr;
};

TEST_F(InvoicingViewTest, AnOrderInvoicedWithTheMouseLeavesTheQueueAndShowsItsInvoice)
{
    EXPECT_FALSE(button("invoiceWholeButton")->isEnabled()) << "nothing is selected yet";
    click(m_queue, 0);
    ASSERT_TRUE(button("invoiceWholeButton")->isEnabled());
    QTest::mouseClick(button("invoiceWholeButton"), Qt::LeftButton);

    EXPECT_EQ(m_book.settlementOf(m_first), SettlementStatus::Invoiced);
    EXPECT_EQ(m_book.settlementOf(m_second), SettlementStatus::Unbilled);
    EXPECT_EQ(queueNumbers(), (QStringList{m_numbers.at(1), m_numbers.at(2)}));
    ASSERT_EQ(m_invoices->rowCount(), 1);
    const QString invoiceNo = m_invoices->item(0, 0)->text();
    EXPECT_TRUE(invoiceNo.startsWith(QStringLiteral("INV-2026-"))) << invoiceNo.toStdString();
    EXPECT_EQ(m_invoices->item(0, 3)->text(), m_numbers.at(0));
    EXPECT_EQ(m_invoices->item(0, 6)->text(), QStringLiteral("1,130.00"));
    EXPECT_EQ(m_invoices->item(0, 8)->text(), QStringLiteral("0.00"));
    EXPECT_EQ(m_invoices->item(0, 9)->text(), QStringLiteral("1,130.00"));
    EXPECT_TRUE(m_view->banner()->text().contains(invoiceNo)) << m_view->banner()->text().toStdString();
    // The new invoice is selected, its line below.
    ASSERT_EQ(m_view->linesTable()->rowCount(), 1);
    EXPECT_EQ(m_view->linesTable()->item(0, 3)->text(), QStringLiteral("10"));
    EXPECT_EQ(m_view->linesTable()->item(0, 7)->text(), QStringLiteral("1,000.00"));
}

TEST_F(InvoicingViewTest, TwoOrdersOfOneCustomerInvoicedTogetherByKeyboard)
{
    m_queue->setFocus();
    QTest::keyClick(m_queue, Qt::Key_Home, Qt::ControlModifier);
    QTest::keyClick(m_queue, Qt::Key_Down, Qt::ShiftModifier);
    ASSERT_EQ(m_queue->selectionModel()->selectedRows().size(), 2);
    QTest::keyClick(m_queue, Qt::Key_I, Qt::AltModifier); // &Invoice orders
    // A button's Alt+letter presses it the way a click does, a moment later.
    ASSERT_TRUE(waitUntil([&] { return m_invoices->rowCount() > 0; }));

    EXPECT_EQ(m_book.settlementOf(m_first), SettlementStatus::Invoiced);
    EXPECT_EQ(m_book.settlementOf(m_second), SettlementStatus::Invoiced);
    EXPECT_EQ(m_book.settlementOf(m_other), SettlementStatus::Unbilled);
    EXPECT_EQ(queueNumbers(), QStringList{m_numbers.at(2)});
    ASSERT_EQ(m_invoices->rowCount(), 1) << "one invoice for both orders";
    EXPECT_TRUE(m_invoices->item(0, 3)->text().contains(m_numbers.at(0)));
    EXPECT_TRUE(m_invoices->item(0, 3)->text().contains(m_numbers.at(1)));
    EXPECT_EQ(m_invoices->item(0, 6)->text(), QStringLiteral("1,243.00"));
    EXPECT_EQ(m_view->linesTable()->rowCount(), 2);
}

TEST_F(InvoicingViewTest, OrdersOfTwoCustomersAreNotPutOnOneInvoice)
{
    click(m_queue, 0);
    click(m_queue, 2, Qt::ControlModifier);
    ASSERT_EQ(m_queue->selectionModel()->selectedRows().size(), 2);
    QTest::mouseClick(button("invoiceWholeButton"), Qt::LeftButton);
    EXPECT_TRUE(m_view->banner()->text().contains(QStringLiteral("one customer")))
        << m_view->banner()->text().toStdString();
    EXPECT_EQ(m_invoices->rowCount(), 0);
    EXPECT_EQ(m_queue->rowCount(), 3);
    EXPECT_EQ(m_book.settlementOf(m_first), SettlementStatus::Unbilled);
}

TEST_F(InvoicingViewTest, TheOfficialNumberTypedInTheDialogAppearsInTheList)
{
    invoiceFirstOrder();
    bool accepted = false;
    m_view->setDialogHook([&](QDialog* d) {
        auto* dialog = qobject_cast<OfficialInvoiceDialog*>(d);
        ASSERT_NE(dialog, nullptr);
        dialog->show();
        QApplication::setActiveWindow(dialog);
        ASSERT_TRUE(QTest::qWaitForWindowActive(dialog));
        typeText(dialog->numberEdit(), QStringLiteral("04419876"));
        QTest::keyClick(dialog->numberEdit(), Qt::Key_Return);
        accepted = dialog->result() == QDialog::Accepted;
    });
    QTest::mouseClick(button("officialInvoiceButton"), Qt::LeftButton);
    EXPECT_TRUE(accepted);
    ASSERT_EQ(m_invoices->rowCount(), 1);
    EXPECT_EQ(m_invoices->item(0, 10)->text(), QStringLiteral("04419876"));
}

TEST_F(InvoicingViewTest, ABadCreditAmountIsShownUnderItsFieldAndKeptThenTheCreditNoteLowersWhatIsOpen)
{
    invoiceFirstOrder();
    QString firstError;
    QString keptText;
    bool accepted = false;
    m_view->setDialogHook([&](QDialog* d) {
        auto* dialog = qobject_cast<CreditNoteDialog*>(d);
        ASSERT_NE(dialog, nullptr);
        dialog->show();
        QApplication::setActiveWindow(dialog);
        ASSERT_TRUE(QTest::qWaitForWindowActive(dialog));
        typeText(dialog->reasonEdit(), QStringLiteral("退货 1 台"));
        typeText(dialog->amountEdit(), QStringLiteral("113.005"));
        QTest::keyClick(dialog->amountEdit(), Qt::Key_Return);
        firstError = dialog->form()->errorText(QStringLiteral("amount"));
        keptText = dialog->amountEdit()->text();
        EXPECT_EQ(dialog->result(), QDialog::Rejected);
        dialog->amountEdit()->selectAll();
        typeText(dialog->amountEdit(), QStringLiteral("113"));
        QTest::keyClick(dialog->amountEdit(), Qt::Key_Return);
        accepted = dialog->result() == QDialog::Accepted;
    });
    QTest::mouseClick(button("creditNoteButton"), Qt::LeftButton);
    EXPECT_FALSE(firstError.isEmpty());
    EXPECT_EQ(keptText, QStringLiteral("113.005"));
    EXPECT_TRUE(accepted);
    ASSERT_EQ(m_invoices->rowCount(), 1);
    EXPECT_EQ(m_invoices->item(0, 7)->text(), QStringLiteral("113.00"));
    EXPECT_EQ(m_invoices->item(0, 9)->text(), QStringLiteral("1,017.00"));
}

TEST_F(InvoicingViewTest, ReturnedGoodsAreCreditedLineByLineFromTheKeyboardAndAWrongQuantityIsKept)
{
    invoiceFirstOrder();
    QString firstError;
    QString keptText;
    QString creditedBefore;
    bool accepted = false;
    m_view->setDialogHook([&](QDialog* d) {
        auto* dialog = qobject_cast<CreditNoteDialog*>(d);
        ASSERT_NE(dialog, nullptr);
        dialog->show();
        QApplication::setActiveWindow(dialog);
        ASSERT_TRUE(QTest::qWaitForWindowActive(dialog));
        typeText(dialog->reasonEdit(), QStringLiteral("退货 2 件"));
        QTableWidget* lines = dialog->linesTable();
        ASSERT_EQ(lines->rowCount(), 1) << "the order's one goods line";
        EXPECT_FALSE(lines->isEnabled()) << "until the clerk chooses a credit by line";
        QTest::keyClick(dialog, Qt::Key_G, Qt::AltModifier); // a mnemonic clicks after a short animation
        for (int i = 0; i < 100 && !dialog->linesButton()->isChecked(); ++i)
            QTest::qWait(10);
        ASSERT_TRUE(dialog->linesButton()->isChecked());
        ASSERT_EQ(QApplication::focusWidget(), lines) << "choosing it goes to the first quantity";
        creditedBefore = lines->item(0, 3)->text();
        // Return ends the edit of the cell; Return again issues the credit note.
        QTest::keyClicks(lines, QStringLiteral("1"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral(".5x"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // ends the edit
        QCoreApplication::processEvents();
        QTest::keyClick(lines, Qt::Key_Return); // issues
        firstError = dialog->form()->errorText(QStringLiteral("lines"));
        keptText = lines->item(0, 4)->text();
        EXPECT_EQ(dialog->result(), QDialog::Rejected);
        QTest::keyClicks(lines, QStringLiteral("2"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCoreApplication::processEvents();
        QTest::keyClick(lines, Qt::Key_Return);
        accepted = dialog->result() == QDialog::Accepted;
    });
    QTest::keyClick(button("creditNoteButton"), Qt::Key_Space);
    EXPECT_EQ(creditedBefore, QStringLiteral("0"));
    EXPECT_TRUE(firstError.contains(QStringLiteral("1.5x"))) << firstError.toStdString();
    EXPECT_EQ(keptText, QStringLiteral("1.5x"));
    EXPECT_TRUE(accepted);
    ASSERT_EQ(m_invoices->rowCount(), 1);
    // Two of ten pieces at 100.00 with 13 % tax come off the 1,130.00 invoice.
    EXPECT_EQ(m_invoices->item(0, 7)->text(), QStringLiteral("226.00"));
    EXPECT_EQ(m_invoices->item(0, 9)->text(), QStringLiteral("904.00"));
}

TEST_F(InvoicingViewTest, TheSelectedInvoiceIsSavedAsAPdf)
{
    invoiceFirstOrder();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("invoice.pdf"));
    QString suggested;
    m_view->setAskSavePath([&](QWidget*, const QString& s) {
        suggested = s;
        return path;
    });
    QTest::mouseClick(button("invoicePdfButton"), Qt::LeftButton);
    EXPECT_TRUE(suggested.endsWith(m_invoices->item(0, 0)->text() + QStringLiteral(".pdf")))
        << suggested.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5) == "%PDF-");
    EXPECT_TRUE(m_view->banner()->text().contains(QStringLiteral("invoice.pdf")));
}

TEST_F(InvoicingViewTest, OpenOnlyHidesAPaidInvoice)
{
    invoiceFirstOrder();
    ASSERT_TRUE(m_book.pay(m_book.customerA, "1130", QDate(2026, 6, 1), QStringLiteral("BANK-9")));
    m_view->reload();
    ASSERT_EQ(m_invoices->rowCount(), 1);
    EXPECT_EQ(m_invoices->item(0, 9)->text(), QStringLiteral("0.00"));
    QTest::mouseClick(m_view->findChild<QWidget*>(QStringLiteral("invoicesOpenOnly")), Qt::LeftButton);
    EXPECT_EQ(m_invoices->rowCount(), 0);
}

} // namespace od::test
