#include "LessonService.h"
#include "TypeText.h"
#include "UiOrderFactory.h"

#include "ChineseAmount.h"
#include "CustomerService.h"
#include "OrderIntakeService.h"
#include "intake/IntakeView.h"
#include "intake/OrderTotalsPanel.h"
#include "models/OrderLinesModel.h"
#include "widgets/DateField.h"
#include "widgets/FieldErrorLabel.h"
#include "widgets/LookupLineEdit.h"
#include "widgets/MessageBanner.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

namespace od::test {

namespace {

template <typename T> T* child(QWidget& parent, const char* name)
{
    auto* found = parent.findChild<T*>(QLatin1String(name));
    EXPECT_NE(found, nullptr) << name;
    return found;
}

QAbstractItemView* popupOf(LookupLineEdit* edit)
{
    return edit->lookupCompleter()->popup();
}

// The line edit that is open in a cell of the lines table.
QLineEdit* cellEditor()
{
    return qobject_cast<QLineEdit*>(QApplication::focusWidget());
}

} // namespace

class IntakeViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // C001 华东机械有限公司, C002 上海阀门厂, C003 Acme; V-100 at 125.00 and P-200 at 3,800.00 a piece.
        m_customer = m_orders.customerEast;
        m_valve = m_orders.valve;
        m_pump = m_orders.pump;
        m_madeToOrder =
            m_db.addProduct(QStringLiteral("T-900"), QStringLiteral("定制储罐"), 9'000'000, 30, true);

        m_view = std::make_unique<IntakeView>(m_db.session());
        m_view->resize(1100, 720);
        m_view->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(m_view.get()));
        m_picker = child<LookupLineEdit>(*m_view, "customerPicker");
        m_table = child<QTableView>(*m_view, "orderLinesTable");
        m_lines = qobject_cast<OrderLinesModel*>(m_table->model());
    }

    // Types into the customer picker and clicks the first entry of its popup.
    void chooseCustomerWithMouse(const QString& typed)
    {
        m_picker->setFocus();
        typeText(m_picker, typed);
        QAbstractItemView* popup = popupOf(m_picker);
        ASSERT_TRUE(waitUntil([&] { return popup->isVisible(); }));
        const QRect first = popup->visualRect(popup->model()->index(0, 0));
        QTest::mouseClick(popup->viewport(), Qt::LeftButton, {}, first.center());
    }

    // Adds a line with the button, picks the product from the popup with the keyboard, then
    // tabs through the cells typing quantity and (when given) the unit price.
    void addLine(const QString& productTyped, const QString& quantity, const QString& price = {})
    {
        QTest::mouseClick(child<QPushButton>(*m_view, "addLineButton"), Qt::LeftButton);
        auto* picker = qobject_cast<LookupLineEdit*>(QApplication::focusWidget());
        ASSERT_NE(picker, nullptr) << "the product cell should open for typing";
        typeText(picker, productTyped);
        QAbstractItemView* popup = popupOf(picker);
        ASSERT_TRUE(waitUntil([&] { return popup->isVisible(); }));
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        QTest::keyClick(picker, Qt::Key_Tab); // → specification
        ASSERT_NE(cellEditor(), nullptr);
        QTest::keyClick(cellEditor(), Qt::Key_Tab); // → quantity
        ASSERT_NE(cellEditor(), nullptr);
        typeText(cellEditor(), quantity);
        QTest::keyClick(cellEditor(), Qt::Key_Tab); // → unit
        ASSERT_NE(cellEditor(), nullptr);
        QTest::keyClick(cellEditor(), Qt::Key_Tab); // → unit price
        ASSERT_NE(cellEditor(), nullptr);
        if (!price.isEmpty())
            typeText(cellEditor(), price);
        QTest::keyClick(cellEditor(), Qt::Key_Tab); // → discount
        ASSERT_NE(cellEditor(), nullptr);
        QTest::keyClick(cellEditor(), Qt::Key_Escape);
    }

    QString cell(int row, int column) const { return m_lines->index(row, column).data().toString(); }

    TestDatabase m_db;
    UiOrderFactory m_orders{m_db};
    qint64 m_customer = 0;
    qint64 m_valve = 0;
    qint64 m_pump = 0;
    qint64 m_madeToOrder = 0;
    std::unique_ptr<IntakeView> m_view;
    LookupLineEdit* m_picker = nullptr;
    QTableView* m_table = nullptr;
    OrderLinesModel* m_lines = nullptr;
};

TEST_F(IntakeViewTest, LinesModelPassesTheModelTester)
{
    QAbstractItemModelTester tester(m_lines, QAbstractItemModelTester::FailureReportingMode::Warning);
    m_lines->insertLine(0);
    m_lines->setData(m_lines->index(0, OrderLinesModel::QuantityColumn), QStringLiteral("2"));
    m_lines->insertLine(1);
    m_lines->removeLine(0);
    EXPECT_EQ(m_lines->rowCount(), 1);
}

TEST_F(IntakeViewTest, FillingTheFormByKeyboardAndMouseSavesADraftWithExactTotals)
{
    QSignalSpy saved(m_view.get(), &IntakeView::orderSaved);
    chooseCustomerWithMouse(QStringLiteral("华东"));
    EXPECT_EQ(m_picker->chosenId(), m_customer);
    EXPECT_TRUE(m_picker->text().contains(QStringLiteral("C001")));

    auto* requested = child<DateField>(*m_view, "requestedDate");
    requested->lineEdit()->setFocus();
    typeText(requested->lineEdit(), QStringLiteral("2026-06-20"));

    addLine(QStringLiteral("V-1"), QStringLiteral("3"), QStringLiteral("120.5"));
    addLine(QStringLiteral("离心"), QStringLiteral("2"));
    ASSERT_EQ(m_lines->rowCount(), 2);
    EXPECT_EQ(m_lines->index(0, 0).data(OrderLinesModel::ProductIdRole).toLongLong(), m_valve);
    EXPECT_EQ(m_lines->index(1, 0).data(OrderLinesModel::ProductIdRole).toLongLong(), m_pump);
    EXPECT_EQ(cell(1, OrderLinesModel::UnitColumn), QStringLiteral("台")); // from the product
    EXPECT_EQ(cell(1, OrderLinesModel::UnitPriceColumn), QStringLiteral("3800.00"));
    EXPECT_EQ(cell(0, OrderLinesModel::AmountColumn), QStringLiteral("361.50"));
    EXPECT_EQ(cell(1, OrderLinesModel::AmountColumn), QStringLiteral("7,600.00"));

    // 7,961.50 + 13% tax (1,034.995 → 1,035.00, half away from zero) = 8,996.50, while typing.
    auto* totals = m_view->findChild<OrderTotalsPanel*>();
    ASSERT_NE(totals, nullptr);
    EXPECT_EQ(totals->totalText(), QStringLiteral("¥8,996.50"));
    EXPECT_EQ(child<QLabel>(*m_view, "taxValue")->text(), QStringLiteral("¥1,035.00"));
    EXPECT_TRUE(totals->totalInWordsText().contains(ChineseAmount::inWords(Money::fromMinor(899'650))));
    EXPECT_TRUE(m_view->hasUnsavedChanges());

    QTest::mouseClick(child<QPushButton>(*m_view, "saveDraftButton"), Qt::LeftButton);
    ASSERT_EQ(saved.count(), 1);
    EXPECT_FALSE(m_view->hasUnsavedChanges());
    const qint64 id = saved.at(0).at(0).toLongLong();
    auto order = OrderIntakeService(m_db.session()).load(id);
    ASSERT_TRUE(order.has_value());
    EXPECT_EQ(order->customerId, m_customer);
    EXPECT_EQ(order->requestedDate, QDate(2026, 6, 20));
    ASSERT_EQ(order->lines.size(), 2);
    EXPECT_EQ(order->lines[0].quantity.raw(), 3'000);
    EXPECT_EQ(order->lines[0].unitPrice.raw(), 1'205'000);
    EXPECT_EQ(order->subtotal.minor(), 796'150);
    EXPECT_EQ(order->tax.minor(), 103'500);
    EXPECT_EQ(order->total.minor(), 899'650);
    const QString info = child<QLabel>(*m_view, "savedInfo")->text();
    EXPECT_TRUE(info.contains(order->orderNo)) << info.toStdString();
    EXPECT_TRUE(child<QLabel>(*m_view, "intakeTitle")->text().contains(QStringLiteral("revision 1")));
}

TEST_F(IntakeViewTest, AQuantityOfZeroIsShownOnTheCellAndNothingIsSaved)
{
    QSignalSpy saved(m_view.get(), &IntakeView::orderSaved);
    chooseCustomerWithMouse(QStringLiteral("C001"));
    child<DateField>(*m_view, "requestedDate")->setDate(QDate(2026, 7, 1));
    addLine(QStringLiteral("V-100"), QStringLiteral("0"));

    EXPECT_FALSE(m_view->saveDraft());
    EXPECT_EQ(saved.count(), 0);
    const QModelIndex quantity = m_lines->index(0, OrderLinesModel::QuantityColumn);
    EXPECT_TRUE(quantity.data(OrderLinesModel::HasErrorRole).toBool());
    EXPECT_TRUE(quantity.data(Qt::ToolTipRole).toString().contains(QStringLiteral("more than zero")));
    EXPECT_EQ(quantity.data().toString(), QStringLiteral("0")); // what was typed stays
    EXPECT_EQ(m_table->currentIndex(), quantity);               // the bad cell has the cursor
    EXPECT_FALSE(child<FieldErrorLabel>(*m_view, "linesError")->isHidden());
    EXPECT_FALSE(
        OrderIntakeService(m_db.session()).loadByNumber(QStringLiteral("SO-2026-000001")).has_value());
}

TEST_F(IntakeViewTest, TextThatIsNotANumberKeepsItsTextAndBlocksSaving)
{
    chooseCustomerWithMouse(QStringLiteral("C001"));
    child<DateField>(*m_view, "requestedDate")->setDate(QDate(2026, 7, 1));
    addLine(QStringLiteral("V-100"), QStringLiteral("2"), QStringLiteral("12.5x"));
    const QModelIndex price = m_lines->index(0, OrderLinesModel::UnitPriceColumn);
    EXPECT_EQ(price.data().toString(), QStringLiteral("12.5x"));
    EXPECT_TRUE(price.data(OrderLinesModel::HasErrorRole).toBool());
    EXPECT_TRUE(price.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Not a price")));
    EXPECT_EQ(m_view->findChild<OrderTotalsPanel*>()->totalText(), QStringLiteral("—"));
    EXPECT_FALSE(m_view->saveDraft());
    EXPECT_EQ(m_table->currentIndex(), price);
}

TEST_F(IntakeViewTest, ARequestedDateInsideTheLeadTimeWarnsAndSaveAnywaySaves)
{
    QStringList asked;
    bool answer = false;
    m_view->setAskFunction([&](QWidget*, const QString&, const QString&, const QStringList& warnings) {
        asked = warnings;
        return answer;
    });
    chooseCustomerWithMouse(QStringLiteral("C001"));
    auto* requested = child<DateField>(*m_view, "requestedDate");
    requested->lineEdit()->setFocus();
    typeText(requested->lineEdit(), QStringLiteral("2026-06-10"));
    addLine(QStringLiteral("T-900"), QStringLiteral("1"));
    m_lines->setData(m_lines->index(0, OrderLinesModel::DescriptionColumn),
                     QStringLiteral("5 m³, 304 steel"));

    // The warning appears next to the date once typing pauses.
    auto* dateWarning = child<FieldErrorLabel>(*m_view, "requestedDateError");
    ASSERT_TRUE(waitUntil([&] { return !dateWarning->isHidden(); }));
    EXPECT_FALSE(dateWarning->isError());
    EXPECT_TRUE(dateWarning->text().contains(QStringLiteral("30 days"))) << dateWarning->text().toStdString();

    EXPECT_FALSE(m_view->saveDraft()); // "go back and fix"
    ASSERT_EQ(asked.size(), 1);
    EXPECT_TRUE(asked.first().contains(QStringLiteral("Jul 1, 2026"))) << asked.first().toStdString();
    EXPECT_EQ(m_view->currentOrder().id, 0);

    answer = true;
    asked.clear();
    EXPECT_TRUE(m_view->saveDraft());
    EXPECT_EQ(asked.size(), 1);
    auto order = OrderIntakeService(m_db.session()).load(m_view->currentOrder().id);
    ASSERT_TRUE(order.has_value());
    EXPECT_EQ(order->requestedDate, QDate(2026, 6, 10));
    EXPECT_EQ(order->total.minor(), 101'700); // 900.00 + 13%
    EXPECT_FALSE(dateWarning->isHidden());    // the accepted warning stays in sight
}

TEST_F(IntakeViewTest, TheSaveAnywayQuestionListsTheWarningsInAMessageBox)
{
    QString boxText;
    QTimer::singleShot(0, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        ASSERT_NE(box, nullptr);
        boxText = box->informativeText();
        box->reject();
    });
    EXPECT_FALSE(
        IntakeView::askWithMessageBox(m_view.get(), QStringLiteral("Save anyway?"), QStringLiteral("Save?"),
                                      {QStringLiteral("first warning"), QStringLiteral("second warning")}));
    EXPECT_TRUE(boxText.contains(QStringLiteral("first warning")));
    EXPECT_TRUE(boxText.contains(QStringLiteral("second warning")));
}

TEST_F(IntakeViewTest, EditingAnOrderAwaitingConfirmationStartsANewRevision)
{
    UiOrderFactory& orders = m_orders;
    const qint64 id = orders.addDraft(orders.customerEast, 3);
    orders.submit(id);
    ASSERT_TRUE(m_view->openOrder(id));
    auto* note = child<QLabel>(*m_view, "intakeNote");
    EXPECT_FALSE(note->isHidden());
    EXPECT_TRUE(note->text().contains(QStringLiteral("revision 2"))) << note->text().toStdString();

    auto* notes = child<QPlainTextEdit>(*m_view, "orderNotes");
    notes->setFocus();
    typeText(notes, QStringLiteral("Deliver to gate 3"));
    ASSERT_TRUE(m_view->saveDraft());
    EXPECT_TRUE(child<QLabel>(*m_view, "savedInfo")->text().contains(QStringLiteral("confirm it again")));
    const Order order = orders.load(id);
    EXPECT_EQ(order.revision, 2);
    EXPECT_EQ(order.status, OrderStatus::Draft);
    EXPECT_EQ(order.notes, QStringLiteral("Deliver to gate 3"));
}

TEST_F(IntakeViewTest, AConfirmedOrderOpensReadOnly)
{
    UiOrderFactory& orders = m_orders;
    const qint64 id = orders.addDraft(orders.customerEast, 4);
    orders.submit(id);
    orders.confirm(id);
    ASSERT_TRUE(m_view->openOrder(id));
    EXPECT_FALSE(child<QLabel>(*m_view, "intakeNote")->isHidden());
    EXPECT_TRUE(child<QPushButton>(*m_view, "saveDraftButton")->isHidden());
    EXPECT_FALSE(m_lines->flags(m_lines->index(0, OrderLinesModel::QuantityColumn)) & Qt::ItemIsEditable);
    EXPECT_TRUE(m_picker->isReadOnly());
    EXPECT_FALSE(m_view->saveDraft());
}

TEST_F(IntakeViewTest, AConflictIsShownInTheBannerAndTheTypedTextStays)
{
    UiOrderFactory& orders = m_orders;
    const qint64 id = orders.addDraft(orders.customerEast, 5);
    ASSERT_TRUE(m_view->openOrder(id));

    // Someone else saves the same order in the meantime.
    Order elsewhere = orders.load(id);
    elsewhere.notes = QStringLiteral("changed on another PC");
    auto other = OrderIntakeService(m_db.session()).saveDraft(elsewhere, true);
    ASSERT_TRUE(other.has_value() && other->saved);

    auto* notes = child<QPlainTextEdit>(*m_view, "orderNotes");
    notes->setPlainText(QStringLiteral("my own note"));
    EXPECT_FALSE(m_view->saveDraft());
    auto* banner = m_view->findChild<MessageBanner*>();
    ASSERT_NE(banner, nullptr);
    EXPECT_FALSE(banner->isHidden());
    EXPECT_TRUE(banner->text().contains(QStringLiteral("reload"), Qt::CaseInsensitive))
        << banner->text().toStdString();
    EXPECT_EQ(notes->toPlainText(), QStringLiteral("my own note"));
    EXPECT_TRUE(m_view->hasUnsavedChanges());
}

TEST_F(IntakeViewTest, InsertAndDeleteKeysAddAndRemoveLines)
{
    m_view->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_view.get()));
    m_table->setFocus();
    QTest::keyClick(m_table, Qt::Key_Insert);
    ASSERT_EQ(m_lines->rowCount(), 1);
    auto* picker = qobject_cast<LookupLineEdit*>(QApplication::focusWidget());
    ASSERT_NE(picker, nullptr) << "the new line's product cell opens for typing";
    QTest::keyClick(picker, Qt::Key_Escape);
    QTest::keyClick(m_table, Qt::Key_Insert);
    ASSERT_EQ(m_lines->rowCount(), 2);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    EXPECT_EQ(m_table->currentIndex().row(), 1);
    QTest::keyClick(m_table, Qt::Key_Delete);
    EXPECT_EQ(m_lines->rowCount(), 1);
    EXPECT_TRUE(m_view->hasUnsavedChanges());
}

TEST_F(IntakeViewTest, NewCustomerFromThePickerIsCreatedAndChosen)
{
    m_picker->setFocus();
    typeText(m_picker, QStringLiteral("苏州精工"));
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        auto* code = dialog->findChild<QLineEdit*>(QStringLiteral("codeEdit"));
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
        ASSERT_NE(code, nullptr);
        EXPECT_EQ(name->text(), QStringLiteral("苏州精工")); // what was typed in the picker
        typeText(code, QStringLiteral("C777"));
        QTest::keyClick(code, Qt::Key_Return);
    });
    QTest::mouseClick(child<QPushButton>(*m_view, "newCustomerButton"), Qt::LeftButton);
    ASSERT_NE(m_picker->chosenId(), 0);
    auto customer = CustomerService(m_db.session()).byId(m_picker->chosenId());
    ASSERT_TRUE(customer.has_value());
    EXPECT_EQ(customer->code, QStringLiteral("C777"));
    EXPECT_EQ(customer->name, QStringLiteral("苏州精工"));
}

} // namespace od::test

namespace od::test {

TEST_F(IntakeViewTest, LessonsAboutTheChosenCustomerAndProductShowBesideTheForm)
{
    ASSERT_TRUE(LessonService(m_db.session())
                    .add(QStringLiteral("该客户要求随货附材质证明"), {QStringLiteral("C001")}, {}));
    ASSERT_TRUE(LessonService(m_db.session())
                    .add(QStringLiteral("泵需提前两天预约试压"), {}, {QStringLiteral("P-200")}));
    QLabel* lessons = m_view->lessonsLabel();
    EXPECT_FALSE(lessons->isVisible());
    chooseCustomerWithMouse(QStringLiteral("华东"));
    ASSERT_TRUE(waitUntil([&] { return lessons->isVisible(); }));
    EXPECT_TRUE(lessons->text().contains(QStringLiteral("材质证明")));
    EXPECT_FALSE(lessons->text().contains(QStringLiteral("试压"))); // about another product
}

} // namespace od::test
