// The customer and product pickers by keyboard: the first Down highlights the first match, Enter
// takes it and nothing else, and "New customer…" is reached only on purpose.
#include "TypeText.h"
#include "UiOrderFactory.h"

#include "intake/IntakeView.h"
#include "models/OrderLinesModel.h"
#include "widgets/LookupLineEdit.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QDialog>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

namespace od::test {

class PickerKeyboardTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_db.addCustomer(QStringLiteral("C010"), QStringLiteral("华东泵业"));
        m_view = std::make_unique<IntakeView>(m_db.session());
        m_view->resize(1100, 720);
        m_view->show();
        m_view->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_view.get()));
        m_picker = m_view->findChild<LookupLineEdit*>(QStringLiteral("customerPicker"));
        ASSERT_NE(m_picker, nullptr);
        // Any dialog that opens is noted and closed, so that a wrong one fails the test, not hangs it.
        m_watch = new QTimer(m_view.get());
        QObject::connect(m_watch, &QTimer::timeout, [this] {
            if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
                m_dialogsOpened << dialog->objectName();
                dialog->reject();
            }
        });
        m_watch->start(20);
    }

    QAbstractItemView* popup(LookupLineEdit* edit) const { return edit->lookupCompleter()->popup(); }

    void typeIntoPicker(LookupLineEdit* edit, const QString& text)
    {
        typeText(edit, text);
        ASSERT_TRUE(waitUntil([&] { return popup(edit)->isVisible(); }));
    }

    TestDatabase m_db;
    UiOrderFactory m_orders{m_db};
    std::unique_ptr<IntakeView> m_view;
    LookupLineEdit* m_picker = nullptr;
    QTimer* m_watch = nullptr;
    QStringList m_dialogsOpened;
};

TEST_F(PickerKeyboardTest, TheFirstDownHighlightsTheFirstMatchAndEnterTakesOnlyIt)
{
    m_picker->setFocus();
    // "华东" matches 华东机械有限公司 (C001) and 华东泵业 (C010); "New customer…" is last.
    typeIntoPicker(m_picker, QStringLiteral("华东"));
    QAbstractItemView* list = popup(m_picker);
    ASSERT_EQ(list->model()->rowCount(), 3);
    QTest::keyClick(list, Qt::Key_Down);
    EXPECT_EQ(list->currentIndex().row(), 0);
    QTest::keyClick(list, Qt::Key_Return);
    QTest::qWait(100); // a dialog would open from the event loop
    EXPECT_EQ(m_picker->chosenId(), m_orders.customerEast);
    EXPECT_TRUE(m_dialogsOpened.isEmpty()) << m_dialogsOpened.join(u',').toStdString();

    // Enter straight after typing takes the first match, never the new-customer entry.
    m_picker->clearChosen();
    typeIntoPicker(m_picker, QStringLiteral("华东"));
    QTest::keyClick(popup(m_picker), Qt::Key_Return);
    QTest::qWait(100);
    EXPECT_EQ(m_picker->chosenId(), m_orders.customerEast);
    EXPECT_TRUE(m_dialogsOpened.isEmpty());

    // Up from nothing does not jump to "New customer…" at the bottom: Enter still takes the
    // first match.
    m_picker->clearChosen();
    typeIntoPicker(m_picker, QStringLiteral("华东"));
    QTest::keyClick(popup(m_picker), Qt::Key_Up);
    QTest::keyClick(popup(m_picker), Qt::Key_Return);
    QTest::qWait(100);
    EXPECT_EQ(m_picker->chosenId(), m_orders.customerEast);
    EXPECT_TRUE(m_dialogsOpened.isEmpty()) << m_dialogsOpened.join(u',').toStdString();
}

TEST_F(PickerKeyboardTest, NewCustomerIsReachedOnPurposeAndThenChoosesNothingElse)
{
    m_picker->setFocus();
    typeIntoPicker(m_picker, QStringLiteral("华东"));
    QAbstractItemView* list = popup(m_picker);
    for (int i = 0; i < 3; ++i) // the two matches, then the entry below them
        QTest::keyClick(list, Qt::Key_Down);
    EXPECT_EQ(list->currentIndex().row(), 2);
    QTest::keyClick(list, Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return !m_dialogsOpened.isEmpty(); }));
    EXPECT_EQ(m_dialogsOpened, QStringList{QStringLiteral("customerDialog")});
    QTest::qWait(50);
    EXPECT_EQ(m_picker->chosenId(), 0) << "cancelling the new customer leaves the field unchosen";
    EXPECT_EQ(m_picker->text(), QStringLiteral("华东"));
}

TEST_F(PickerKeyboardTest, TheProductPickerTakesTheFirstMatchOnTheFirstDown)
{
    auto* table = m_view->findChild<QTableView*>(QStringLiteral("orderLinesTable"));
    ASSERT_NE(table, nullptr);
    QTest::mouseClick(m_view->findChild<QPushButton*>(QStringLiteral("addLineButton")), Qt::LeftButton);
    auto* picker = qobject_cast<LookupLineEdit*>(QApplication::focusWidget());
    ASSERT_NE(picker, nullptr);
    // "-" is in both SKUs, V-100 and P-200; the completer marks no row by itself.
    typeIntoPicker(picker, QStringLiteral("-"));
    QAbstractItemView* list = popup(picker);
    ASSERT_GE(list->model()->rowCount(), 2);
    const QString first = list->model()->index(0, 0).data().toString();
    QTest::keyClick(list, Qt::Key_Down);
    EXPECT_EQ(list->currentIndex().row(), 0);
    QTest::keyClick(list, Qt::Key_Return);
    const qint64 chosen = table->model()->index(0, 0).data(OrderLinesModel::ProductIdRole).toLongLong();
    ASSERT_NE(chosen, 0);
    EXPECT_TRUE(first.startsWith(picker->chosenItem().text)) << first.toStdString();
}

} // namespace od::test
