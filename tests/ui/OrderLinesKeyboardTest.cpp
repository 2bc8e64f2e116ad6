// The order lines grid driven the way a salesperson types: keys only, sent to whatever widget has
// the keyboard (the table, the cell editor that opened, the product popup), with the pause in
// which the form validates itself between keys.
#include "TypeText.h"
#include "UiOrderFactory.h"

#include "OrderIntakeService.h"
#include "intake/IntakeView.h"
#include "models/OrderLinesModel.h"
#include "widgets/LookupLineEdit.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

namespace od::test {

namespace {

// Where a key goes: the open popup (the product list) if there is one, else the focus widget.
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

// Types each character into whichever widget has the keyboard at that moment: the first key
// lands on the table and opens the cell's editor, the rest go to the editor.
void typeKeys(const QString& text)
{
    for (const QChar c : text) {
        QWidget* target = keyboardOwner();
        ASSERT_NE(target, nullptr);
        typeText(target, QString(c));
    }
}

} // namespace

class OrderLinesKeyboardTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // Line 1: V-100 “旧规格” 20 个 at 125.00, 5% off, wanted 2026-07-01; line 2: P-200, 21 台.
        OrderIntakeService intake(m_db.session());
        Order order = intake.newDraft();
        order.customerId = m_orders.customerEast;
        order.requestedDate = QDate(2026, 8, 1);
        OrderLine first;
        first.productId = m_orders.valve;
        first.description = QStringLiteral("旧规格");
        first.quantity = Quantity::fromUnits(20);
        first.unit = QStringLiteral("个");
        first.unitPrice = UnitPrice::fromRaw(1'250'000);
        first.discount = BasisPoints::fromRaw(500);
        first.requestedDate = QDate(2026, 7, 1);
        OrderLine second;
        second.productId = m_orders.pump;
        second.quantity = Quantity::fromUnits(21);
        second.unitPrice = UnitPrice::fromRaw(38'000'000);
        order.lines = {first, second};
        auto saved = intake.saveDraft(order, true);
        ASSERT_TRUE(saved.has_value() && saved->saved);
        m_orderId = order.id;

        m_view = std::make_unique<IntakeView>(m_db.session());
        m_view->resize(1200, 720);
        m_view->show();
        m_view->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_view.get()));
        ASSERT_TRUE(m_view->openOrder(m_orderId));
        m_table = m_view->findChild<QTableView*>(QStringLiteral("orderLinesTable"));
        ASSERT_NE(m_table, nullptr);
        m_lines = qobject_cast<OrderLinesModel*>(m_table->model());
        ASSERT_NE(m_lines, nullptr);
        ASSERT_EQ(m_lines->rowCount(), 2);
    }

    // Puts the keyboard on the table at the first line's product cell (Ctrl+Home) and walks
    // right with the arrow keys to `column`.
    void goToCell(int row, int column)
    {
        m_table->setFocus(Qt::TabFocusReason);
        press(Qt::Key_Home, Qt::ControlModifier);
        for (int r = 0; r < row; ++r)
            press(Qt::Key_Down);
        for (int c = 0; c < column; ++c)
            press(Qt::Key_Right);
        ASSERT_EQ(m_table->currentIndex(), m_lines->index(row, column));
        ASSERT_EQ(QApplication::focusWidget(), m_table);
    }

    // The pause in which the form checks itself (amounts, marks on the cells) while a cell is
    // still open: it used to put the cell's old text back under the cursor.
    void pauseToThink() { m_view->validateNow(); }

    QString cell(int row, int column) const { return m_lines->index(row, column).data().toString(); }
    QLineEdit* openEditor() const { return qobject_cast<QLineEdit*>(QApplication::focusWidget()); }

    TestDatabase m_db;
    UiOrderFactory m_orders{m_db};
    qint64 m_orderId = 0;
    std::unique_ptr<IntakeView> m_view;
    QTableView* m_table = nullptr;
    OrderLinesModel* m_lines = nullptr;
};

TEST_F(OrderLinesKeyboardTest, TypingOverEveryKindOfCellReplacesWhatItHeld)
{
    goToCell(0, OrderLinesModel::ProductColumn);

    // Product: the first key opens the picker and replaces “V-100 …”.
    typeKeys(QStringLiteral("P-2"));
    auto* picker = qobject_cast<LookupLineEdit*>(QApplication::focusWidget());
    ASSERT_NE(picker, nullptr);
    pauseToThink();
    typeKeys(QStringLiteral("00"));
    EXPECT_EQ(picker->text(), QStringLiteral("P-200"));
    ASSERT_TRUE(waitUntil([&] { return picker->lookupCompleter()->popup()->isVisible(); }));
    press(Qt::Key_Down);
    press(Qt::Key_Return);
    EXPECT_EQ(m_lines->index(0, 0).data(OrderLinesModel::ProductIdRole).toLongLong(), m_orders.pump);

    // Specification, Chinese included.
    press(Qt::Key_Tab);
    pauseToThink();
    typeKeys(QStringLiteral("304不锈钢"));
    // Quantity: “15” over “20” is 15, not 2015.
    press(Qt::Key_Tab);
    ASSERT_NE(openEditor(), nullptr);
    EXPECT_EQ(openEditor()->selectedText(), QStringLiteral("20")) << "the cell opens with its text selected";
    pauseToThink();
    typeKeys(QStringLiteral("15"));
    // Unit: “套” over “台” (the product's unit).
    press(Qt::Key_Tab);
    pauseToThink();
    typeKeys(QStringLiteral("套"));
    // Price: “1280” over “3800.00”, and nothing lands in the unit.
    press(Qt::Key_Tab);
    pauseToThink();
    typeKeys(QStringLiteral("1280"));
    // Discount: “7.5” over “5”.
    press(Qt::Key_Tab);
    pauseToThink();
    typeKeys(QStringLiteral("7.5"));
    // Date: “2027-02-15” over “2026-07-01”, then Enter commits.
    press(Qt::Key_Tab);
    pauseToThink();
    typeKeys(QStringLiteral("2027-02-15"));
    press(Qt::Key_Return);

    EXPECT_EQ(cell(0, OrderLinesModel::ProductColumn), QStringLiteral("P-200 离心泵 IS80"));
    EXPECT_EQ(cell(0, OrderLinesModel::DescriptionColumn), QStringLiteral("304不锈钢"));
    EXPECT_EQ(cell(0, OrderLinesModel::QuantityColumn), QStringLiteral("15"));
    EXPECT_EQ(cell(0, OrderLinesModel::UnitColumn), QStringLiteral("套"));
    EXPECT_EQ(cell(0, OrderLinesModel::UnitPriceColumn), QStringLiteral("1280"));
    EXPECT_EQ(cell(0, OrderLinesModel::DiscountColumn), QStringLiteral("7.5"));
    EXPECT_EQ(cell(0, OrderLinesModel::LineDateColumn), QStringLiteral("2027-02-15"));
    // 15 × 1,280.00 × 92.5% = 17,760.00
    EXPECT_EQ(cell(0, OrderLinesModel::AmountColumn), QStringLiteral("17,760.00"));
    // Enter moved down to the next line's date, with no editor open.
    EXPECT_EQ(m_table->currentIndex(), m_lines->index(1, OrderLinesModel::LineDateColumn));
    EXPECT_EQ(QApplication::focusWidget(), m_table);

    ASSERT_TRUE(m_view->saveDraft());
    const Order saved = m_orders.load(m_orderId);
    ASSERT_EQ(saved.lines.size(), 2);
    EXPECT_EQ(saved.lines[0].productId, m_orders.pump);
    EXPECT_EQ(saved.lines[0].quantity.raw(), 15'000);
    EXPECT_EQ(saved.lines[0].unit, QStringLiteral("套"));
    EXPECT_EQ(saved.lines[0].unitPrice.raw(), 12'800'000);
    EXPECT_EQ(saved.lines[0].discount.raw(), 750);
    EXPECT_EQ(saved.lines[0].requestedDate, QDate(2027, 2, 15));
    EXPECT_EQ(saved.lines[0].amount.minor(), 1'776'000);
}

TEST_F(OrderLinesKeyboardTest, TheKeyThatOpensACellIsItsFirstCharacterEvenInAnEmptyCell)
{
    goToCell(1, OrderLinesModel::DiscountColumn); // empty
    typeKeys(QStringLiteral("1"));
    ASSERT_NE(openEditor(), nullptr);
    EXPECT_EQ(openEditor()->text(), QStringLiteral("1"));
    pauseToThink(); // a refresh between the keys must not take the “1” away
    typeKeys(QStringLiteral("0"));
    press(Qt::Key_Tab);
    EXPECT_EQ(cell(1, OrderLinesModel::DiscountColumn), QStringLiteral("10"));
    // Tab opened the date cell; a date typed whole, with a pause after the first key.
    typeKeys(QStringLiteral("2"));
    pauseToThink();
    typeKeys(QStringLiteral("027-02-15"));
    press(Qt::Key_Tab);
    EXPECT_EQ(cell(1, OrderLinesModel::LineDateColumn), QStringLiteral("2027-02-15"));
}

TEST_F(OrderLinesKeyboardTest, F2EditsInPlaceWithTheCursorAtTheEnd)
{
    goToCell(0, OrderLinesModel::QuantityColumn);
    press(Qt::Key_F2);
    QLineEdit* editor = openEditor();
    ASSERT_NE(editor, nullptr);
    EXPECT_FALSE(editor->hasSelectedText());
    EXPECT_EQ(editor->cursorPosition(), 2);
    pauseToThink();
    typeKeys(QStringLiteral("5"));
    press(Qt::Key_Return);
    EXPECT_EQ(cell(0, OrderLinesModel::QuantityColumn), QStringLiteral("205"));

    // F2 on the product keeps the chosen product and puts the cursor after its name.
    goToCell(0, OrderLinesModel::ProductColumn);
    press(Qt::Key_F2);
    auto* picker = qobject_cast<LookupLineEdit*>(QApplication::focusWidget());
    ASSERT_NE(picker, nullptr);
    EXPECT_FALSE(picker->hasSelectedText());
    EXPECT_EQ(picker->cursorPosition(), picker->text().size());
    press(Qt::Key_Escape);
    EXPECT_EQ(m_lines->index(0, 0).data(OrderLinesModel::ProductIdRole).toLongLong(), m_orders.valve);
}

TEST_F(OrderLinesKeyboardTest, EnterCommitsAndMovesDownShiftEnterUpTabRight)
{
    goToCell(0, OrderLinesModel::QuantityColumn);
    typeKeys(QStringLiteral("3"));
    press(Qt::Key_Return);
    EXPECT_EQ(cell(0, OrderLinesModel::QuantityColumn), QStringLiteral("3"));
    EXPECT_EQ(m_table->currentIndex(), m_lines->index(1, OrderLinesModel::QuantityColumn));
    typeKeys(QStringLiteral("4"));
    press(Qt::Key_Return);
    EXPECT_EQ(cell(1, OrderLinesModel::QuantityColumn), QStringLiteral("4"));
    // The last line: Enter stays on it.
    EXPECT_EQ(m_table->currentIndex(), m_lines->index(1, OrderLinesModel::QuantityColumn));
    // Enter on a cell that is not open moves too, and Shift+Enter goes back up.
    press(Qt::Key_Return, Qt::ShiftModifier);
    EXPECT_EQ(m_table->currentIndex(), m_lines->index(0, OrderLinesModel::QuantityColumn));
    press(Qt::Key_Return);
    EXPECT_EQ(m_table->currentIndex(), m_lines->index(1, OrderLinesModel::QuantityColumn));
    // Tab commits and opens the cell to the right.
    typeKeys(QStringLiteral("8"));
    press(Qt::Key_Tab);
    EXPECT_EQ(cell(1, OrderLinesModel::QuantityColumn), QStringLiteral("8"));
    EXPECT_EQ(m_table->currentIndex(), m_lines->index(1, OrderLinesModel::UnitColumn));
    ASSERT_NE(openEditor(), nullptr);
    EXPECT_EQ(openEditor()->selectedText(), QStringLiteral("台"));
}

TEST_F(OrderLinesKeyboardTest, EscapePutsTheCellBack)
{
    goToCell(0, OrderLinesModel::QuantityColumn);
    typeKeys(QStringLiteral("99"));
    pauseToThink();
    press(Qt::Key_Escape);
    EXPECT_EQ(cell(0, OrderLinesModel::QuantityColumn), QStringLiteral("20"));
    EXPECT_EQ(QApplication::focusWidget(), m_table);
    EXPECT_FALSE(m_view->hasUnsavedChanges());

    // A product chosen in the cell brought its unit and price; Escape takes all of it back.
    press(Qt::Key_Home);
    typeKeys(QStringLiteral("P-200"));
    ASSERT_TRUE(waitUntil([] { return QApplication::activePopupWidget() != nullptr; }));
    press(Qt::Key_Down);
    press(Qt::Key_Return);
    EXPECT_EQ(cell(0, OrderLinesModel::UnitPriceColumn), QStringLiteral("3800.00"));
    press(Qt::Key_Escape);
    EXPECT_EQ(QApplication::focusWidget(), m_table);
    EXPECT_EQ(m_lines->index(0, 0).data(OrderLinesModel::ProductIdRole).toLongLong(), m_orders.valve);
    EXPECT_EQ(cell(0, OrderLinesModel::UnitColumn), QStringLiteral("个"));
    EXPECT_EQ(cell(0, OrderLinesModel::UnitPriceColumn), QStringLiteral("125.00"));
    EXPECT_EQ(cell(0, OrderLinesModel::AmountColumn), QStringLiteral("2,375.00"));
}

TEST_F(OrderLinesKeyboardTest, BackspaceEmptiesTheCellIntoItsEditor)
{
    goToCell(0, OrderLinesModel::DiscountColumn);
    press(Qt::Key_Backspace);
    ASSERT_NE(openEditor(), nullptr);
    EXPECT_TRUE(openEditor()->text().isEmpty());
    typeKeys(QStringLiteral("2"));
    press(Qt::Key_Return);
    EXPECT_EQ(cell(0, OrderLinesModel::DiscountColumn), QStringLiteral("2"));
}

TEST_F(OrderLinesKeyboardTest, TypingOnTheAmountChangesNothingAndStaysPut)
{
    goToCell(0, OrderLinesModel::AmountColumn);
    const QString before = cell(0, OrderLinesModel::AmountColumn);
    typeKeys(QStringLiteral("1280"));
    EXPECT_EQ(m_table->currentIndex(), m_lines->index(0, OrderLinesModel::AmountColumn));
    EXPECT_EQ(cell(0, OrderLinesModel::AmountColumn), before);
    EXPECT_FALSE(m_view->hasUnsavedChanges());
}

} // namespace od::test
