// The intake form as a salesperson uses it all day, by keyboard: problems of the lines read in
// words under the grid, Ctrl+S goes to the first problem in the order of the form, absurd
// figures are named, and the status bar speaks of the page shown.
#include "TypeText.h"
#include "UiOrderFactory.h"

#include "intake/IntakeView.h"
#include "intake/OrderTotalsPanel.h"
#include "main/MainWindow.h"
#include "models/OrderLinesModel.h"
#include "orders/OrdersView.h"
#include "widgets/FieldErrorLabel.h"
#include "widgets/LookupLineEdit.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QCoreApplication>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

namespace od::test {

namespace {

QWidget* keyboardOwner()
{
    if (QWidget* popup = QApplication::activePopupWidget())
        return popup;
    return QApplication::focusWidget();
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* target = keyboardOwner();
    ASSERT_NE(target, nullptr);
    QTest::keyClick(target, key, modifiers);
}

void typeKeys(const QString& text)
{
    for (const QChar c : text) {
        QWidget* target = keyboardOwner();
        ASSERT_NE(target, nullptr);
        typeText(target, QString(c));
    }
}

} // namespace

class IntakeProblemsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OrderDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("IntakeProblemsTest"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // What the company has taken so far: 20 valves, confirmed by 华东机械.
        m_history = m_orders.addDraft(m_orders.customerEast, 19 * 14); // 1 + (266 × 7) % 97 = 20
        m_orders.submit(m_history);
        m_orders.confirm(m_history);
        m_window = std::make_unique<MainWindow>(m_db.session());
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
        ASSERT_TRUE(waitForOrders(*m_window->ordersView()->model(), 1));
        m_intake = m_window->intakeView();
        m_table = m_intake->findChild<QTableView*>(QStringLiteral("orderLinesTable"));
        m_lines = qobject_cast<OrderLinesModel*>(m_table->model());
        m_picker = m_intake->findChild<LookupLineEdit*>(QStringLiteral("customerPicker"));
        m_linesMessage = m_intake->findChild<FieldErrorLabel*>(QStringLiteral("linesError"));
        ASSERT_NE(m_linesMessage, nullptr);
        QTest::keySequence(m_window.get(), QKeySequence::New);
        ASSERT_EQ(m_window->currentPage(), QString::fromLatin1(PageIds::Intake));
    }

    // Alt+L to the grid, Insert for a new line, the product from its picker, Tab to the quantity.
    void addLine(const QString& product, const QString& quantity)
    {
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::AltModifier);
        ASSERT_EQ(QApplication::focusWidget(), m_table);
        press(Qt::Key_End, Qt::ControlModifier);
        press(Qt::Key_Insert);
        typeKeys(product);
        ASSERT_TRUE(waitUntil([] { return QApplication::activePopupWidget() != nullptr; }));
        press(Qt::Key_Down);
        press(Qt::Key_Return);
        press(Qt::Key_Tab); // specification
        press(Qt::Key_Tab); // quantity
        typeKeys(quantity);
        press(Qt::Key_Return);
    }

    void chooseCustomer(const QString& typed)
    {
        QTest::keyClick(m_window.get(), Qt::Key_C, Qt::AltModifier);
        ASSERT_EQ(QApplication::focusWidget(), m_picker);
        typeKeys(typed);
        ASSERT_TRUE(waitUntil([] { return QApplication::activePopupWidget() != nullptr; }));
        press(Qt::Key_Return);
        ASSERT_NE(m_picker->chosenId(), 0);
        // The delivery date the customer asked for (Alt+R), for an order that can be saved.
        QTest::keyClick(m_window.get(), Qt::Key_R, Qt::AltModifier);
        typeKeys(QStringLiteral("2026-08-01"));
    }

    void saveWithCtrlS() { QTest::keySequence(m_window.get(), QKeySequence::Save); }
    QString statusText() const { return m_window->orderCountText(); }

    TestDatabase m_db;
    UiOrderFactory m_orders{m_db};
    qint64 m_history = 0;
    std::unique_ptr<MainWindow> m_window;
    IntakeView* m_intake = nullptr;
    QTableView* m_table = nullptr;
    OrderLinesModel* m_lines = nullptr;
    LookupLineEdit* m_picker = nullptr;
    FieldErrorLabel* m_linesMessage = nullptr;
};

TEST_F(IntakeProblemsTest, LineProblemsReadBelowTheGridAndCtrlSGoesToTheFirstInFormOrder)
{
    addLine(QStringLiteral("V-100"), QStringLiteral("0"));
    addLine(QStringLiteral("P-200"), QStringLiteral("2x"));
    ASSERT_EQ(m_lines->rowCount(), 2);

    // No customer, a quantity of zero on line 1, text that is no number on line 2: the header
    // comes first in the form.
    saveWithCtrlS();
    EXPECT_EQ(QApplication::focusWidget(), m_picker);
    EXPECT_TRUE(m_linesMessage->isError());

    // Then line 1, and under the grid its problem in words, no pointing at a cell needed.
    chooseCustomer(QStringLiteral("C001"));
    saveWithCtrlS();
    EXPECT_EQ(QApplication::focusWidget(), m_table);
    EXPECT_EQ(m_table->currentIndex(), m_lines->index(0, OrderLinesModel::QuantityColumn));
    const QString onLine1 = m_linesMessage->text();
    EXPECT_TRUE(onLine1.contains(QStringLiteral("Line 1: the quantity must be more than zero")))
        << onLine1.toStdString();
    EXPECT_TRUE(onLine1.contains(QStringLiteral("Line(s) 2 need a look too"))) << onLine1.toStdString();
    EXPECT_FALSE(onLine1.contains(QStringLiteral("point at")));

    // The message follows the cursor.
    press(Qt::Key_Down);
    const QString onLine2 = m_linesMessage->text();
    EXPECT_TRUE(onLine2.contains(QStringLiteral("Line 2, Quantity: Not a quantity")))
        << onLine2.toStdString();
    EXPECT_TRUE(onLine2.contains(QStringLiteral("Line(s) 1 need a look too"))) << onLine2.toStdString();

    // Fix line 1 by typing over it; Ctrl+S now goes to line 2, then saves.
    press(Qt::Key_Up);
    typeKeys(QStringLiteral("3"));
    press(Qt::Key_Return);
    saveWithCtrlS();
    EXPECT_EQ(m_table->currentIndex(), m_lines->index(1, OrderLinesModel::QuantityColumn));
    EXPECT_EQ(m_intake->currentOrder().id, 0);
    typeKeys(QStringLiteral("2"));
    press(Qt::Key_Return);
    saveWithCtrlS();
    EXPECT_NE(m_intake->currentOrder().id, 0);
    EXPECT_TRUE(m_linesMessage->isHidden()) << m_linesMessage->text().toStdString();
}

TEST_F(IntakeProblemsTest, AnAbsurdQuantityIsAWarningNamingTheFigureAndTooLargeSaysSo)
{
    QStringList asked;
    m_intake->setAskFunction([&](QWidget*, const QString&, const QString&, const QStringList& warnings) {
        asked = warnings;
        return false; // go back and fix
    });
    chooseCustomer(QStringLiteral("C001"));
    addLine(QStringLiteral("V-100"), QStringLiteral("99999999"));
    saveWithCtrlS();
    const QString all = asked.join(u'\n');
    EXPECT_TRUE(all.contains(QStringLiteral("99,999,999"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("at most 20"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("¥"))) << all.toStdString(); // the total, as money
    EXPECT_FALSE(all.contains(QStringLiteral("12499999875"))) << all.toStdString();
    // "Go back and fix" puts the cursor on the quantity.
    EXPECT_EQ(m_table->currentIndex(), m_lines->index(0, OrderLinesModel::QuantityColumn));
    EXPECT_EQ(m_intake->currentOrder().id, 0);

    // Eleven digits are past any quantity: it says so, not "too many decimals".
    typeKeys(QStringLiteral("99999999999"));
    press(Qt::Key_Return);
    const QString message = m_linesMessage->text();
    EXPECT_TRUE(message.contains(QStringLiteral("Too large: a quantity can be at most 1,000,000,000")))
        << message.toStdString();
    EXPECT_EQ(m_lines->index(0, OrderLinesModel::AmountColumn).data().toString(), QStringLiteral("—"));
    EXPECT_EQ(m_intake->findChild<OrderTotalsPanel*>()->totalText(), QStringLiteral("—"));
}

TEST_F(IntakeProblemsTest, ALineWithoutAnAmountIsNotInTheTotalsAndOneWithAnAmountIs)
{
    chooseCustomer(QStringLiteral("C001"));
    addLine(QStringLiteral("V-100"), QStringLiteral("2")); // 250.00
    // A product typed but not chosen still has an amount, and the totals count it.
    press(Qt::Key_Insert);
    typeKeys(QStringLiteral("zzz")); // nothing matches: no list opens
    press(Qt::Key_Tab);
    press(Qt::Key_Tab);
    typeKeys(QStringLiteral("1"));
    press(Qt::Key_Tab);
    press(Qt::Key_Tab);
    typeKeys(QStringLiteral("100"));
    press(Qt::Key_Return);
    ASSERT_EQ(m_lines->rowCount(), 2);
    EXPECT_EQ(m_lines->index(1, OrderLinesModel::ProductColumn).data().toString(), QStringLiteral("zzz"));
    EXPECT_EQ(m_lines->index(1, OrderLinesModel::AmountColumn).data().toString(), QStringLiteral("100.00"));
    auto* subtotal = m_intake->findChild<QLabel*>(QStringLiteral("subtotalValue"));
    EXPECT_EQ(subtotal->text(), QStringLiteral("¥350.00"));
    // A quantity that is no number: that line shows no amount and the totals show none either.
    press(Qt::Key_Up);
    press(Qt::Key_Home);
    for (int i = 0; i < OrderLinesModel::QuantityColumn; ++i)
        press(Qt::Key_Right);
    typeKeys(QStringLiteral("2x"));
    press(Qt::Key_Return);
    EXPECT_EQ(m_lines->index(0, OrderLinesModel::AmountColumn).data().toString(), QStringLiteral("—"));
    EXPECT_EQ(subtotal->text(), QStringLiteral("—"));
}

TEST_F(IntakeProblemsTest, TheStatusBarSpeaksOfThePageShownAndTheOrderCountFollowsASave)
{
    // (No English translation is loaded in the tests: "%n line(s)" reads as written.)
    EXPECT_EQ(statusText(), QStringLiteral("0 line(s)"));
    chooseCustomer(QStringLiteral("C001"));
    addLine(QStringLiteral("V-100"), QStringLiteral("3"));
    EXPECT_EQ(statusText(), QStringLiteral("1 line(s) · not saved"));
    saveWithCtrlS();
    ASSERT_NE(m_intake->currentOrder().id, 0);
    EXPECT_EQ(statusText(), QStringLiteral("1 line(s) · saved"));

    m_window->showPage(QString::fromLatin1(PageIds::Orders));
    ASSERT_TRUE(waitUntil([&] { return statusText() == QStringLiteral("2 orders"); }))
        << statusText().toStdString();
}

} // namespace od::test
