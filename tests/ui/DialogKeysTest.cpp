// Dialogs by keyboard: Tab follows the form (also past a date and time), Enter confirms a
// one-line form, Ctrl+Enter a note of several lines (where Enter is a new line), Escape cancels.
#include "TypeText.h"
#include "UiOrderFactory.h"

#include "ConfirmationService.h"
#include "OrderQueryService.h"
#include "confirmation/RecordConfirmationDialog.h"
#include "detail/OrderDetailDialog.h"
#include "widgets/NoteDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

namespace od::test {

class DialogKeysTest : public ::testing::Test
{
protected:
    void SetUp() override { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void actAsManager()
    {
        m_db.session().setUser(
            User{m_db.managerId, QStringLiteral("li"), QStringLiteral("李强"), Role::Manager, true});
    }

    // Runs `drive` on the next modal dialog as soon as it is open (checked from its own loop).
    void whenDialogOpens(std::function<void(QDialog*)> drive)
    {
        auto* poll = new QTimer(&m_watcher);
        QObject::connect(poll, &QTimer::timeout, [this, poll, drive] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible())
                return;
            poll->stop();
            m_opened = dialog->objectName();
            drive(dialog);
            if (dialog->isVisible()) // the test's keys did not close it: do not hang
                dialog->reject();
        });
        poll->start(10);
    }

    TestDatabase m_db;
    UiOrderFactory m_orders{m_db};
    QString m_opened;
    QObject m_watcher;
};

TEST_F(DialogKeysTest, RecordConfirmationTabsPastTheDateAndTimeIntoTheRemarks)
{
    const qint64 id = m_orders.addDraft(m_orders.customerEast, 2);
    m_orders.submit(id);
    const Order order = m_orders.load(id);
    RecordConfirmationDialog dialog(m_db.session(), id, order.revision, order.orderNo,
                                    QStringLiteral("刘经理"));
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));

    auto* contact = dialog.findChild<QLineEdit*>(QStringLiteral("contactEdit"));
    auto* channel = dialog.findChild<QComboBox*>(QStringLiteral("channelCombo"));
    auto* when = dialog.findChild<QDateTimeEdit*>(QStringLiteral("confirmedAtEdit"));
    auto* remarks = dialog.findChild<QLineEdit*>(QStringLiteral("remarksEdit"));
    ASSERT_EQ(QApplication::focusWidget(), contact);
    const QDateTime shownAt = when->dateTime();
    QTest::keyClick(contact, Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), channel);
    QTest::keyClick(channel, Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), when);
    QTest::keyClick(when, Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), remarks) << "Tab left the date and time for the next field";
    typeText(remarks, QStringLiteral("分两批交货"));
    EXPECT_EQ(when->dateTime(), shownAt) << "nothing typed went into the date";
    QTest::keyClick(remarks, Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    auto confirmations = OrderQueryService(m_db.session()).confirmations(id);
    ASSERT_TRUE(confirmations.has_value());
    ASSERT_EQ(confirmations->size(), 1);
    EXPECT_EQ(confirmations->first().remarks, QStringLiteral("分两批交货"));

    // Shift+Tab goes back the same way.
    RecordConfirmationDialog again(m_db.session(), id, order.revision, order.orderNo, QString());
    again.show();
    QApplication::setActiveWindow(&again);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&again));
    auto* againRemarks = again.findChild<QLineEdit*>(QStringLiteral("remarksEdit"));
    againRemarks->setFocus();
    QTest::keyClick(againRemarks, Qt::Key_Backtab);
    EXPECT_EQ(QApplication::focusWidget(),
              again.findChild<QDateTimeEdit*>(QStringLiteral("confirmedAtEdit")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    EXPECT_EQ(QApplication::focusWidget(), again.findChild<QComboBox*>(QStringLiteral("channelCombo")));
}

TEST_F(DialogKeysTest, AHoldNoteTakesSeveralLinesAndCtrlEnterConfirmsIt)
{
    const qint64 id = m_orders.addDraft(m_orders.customerAcme, 1);
    m_orders.submit(id);
    m_orders.confirm(id);
    actAsManager();
    OrderDetailDialog detail(m_db.session(), id);
    detail.show();
    auto* hold = detail.findChild<QPushButton*>(QStringLiteral("statusAction_on_hold"));
    ASSERT_NE(hold, nullptr);

    whenDialogOpens([](QDialog* dialog) {
        auto* note = dialog->findChild<QPlainTextEdit*>(QStringLiteral("noteEdit"));
        ASSERT_NE(note, nullptr);
        ASSERT_EQ(QApplication::focusWidget(), note);
        typeText(note, QStringLiteral("客户资金未到位"));
        QTest::keyClick(note, Qt::Key_Return); // a new line, not "OK"
        EXPECT_TRUE(dialog->isVisible());
        typeText(note, QStringLiteral("下周再联系"));
        QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier);
    });
    QTest::mouseClick(hold, Qt::LeftButton);
    EXPECT_EQ(m_opened, QStringLiteral("noteDialog"));
    EXPECT_EQ(m_orders.load(id).status, OrderStatus::OnHold);
    auto events = OrderQueryService(m_db.session()).timeline(id);
    ASSERT_TRUE(events.has_value());
    EXPECT_EQ(events->last().data.value(QStringLiteral("note")).toString(),
              QStringLiteral("客户资金未到位\n下周再联系"));
}

TEST_F(DialogKeysTest, EscapeCancelsANoteAndNothingChanges)
{
    const qint64 id = m_orders.addDraft(m_orders.customerAcme, 1);
    m_orders.submit(id);
    m_orders.confirm(id);
    actAsManager();
    OrderDetailDialog detail(m_db.session(), id);
    detail.show();
    whenDialogOpens([](QDialog* dialog) {
        auto* note = dialog->findChild<QPlainTextEdit*>(QStringLiteral("noteEdit"));
        typeText(note, QStringLiteral("不要了"));
        QTest::keyClick(note, Qt::Key_Escape);
    });
    QTest::mouseClick(detail.findChild<QPushButton*>(QStringLiteral("statusAction_planned")), Qt::LeftButton);
    EXPECT_EQ(m_opened, QStringLiteral("noteDialog"));
    EXPECT_EQ(m_orders.load(id).status, OrderStatus::Confirmed);
}

TEST_F(DialogKeysTest, TabInANoteLeavesTheTextForTheButtons)
{
    NoteDialog dialog(QStringLiteral("Plan"), QStringLiteral("Note:"));
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClick(dialog.editor(), Qt::Key_Tab);
    EXPECT_TRUE(dialog.editor()->toPlainText().isEmpty());
    EXPECT_EQ(QApplication::focusWidget(), dialog.confirmButton());
}

} // namespace od::test
