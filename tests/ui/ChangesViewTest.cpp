#include "UiOrderFactory.h"

#include "ChangeRequestService.h"
#include "changes/ChangesPanel.h"
#include "changes/ChangesView.h"
#include "changes/RequestChangeDialog.h"
#include "detail/OrderDetailDialog.h"
#include "widgets/NoteDialog.h"
#include "widgets/ValidatedForm.h"

#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace od::test {

// A salesperson raises a change on a confirmed order from its detail, sees the impact before
// sending it, and a manager approves it on the Changes page, by keyboard and by mouse.
class ChangesViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OrderDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("ChangesViewTest"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_orderId = m_orders.addDraft(m_orders.customerEast, 1);
        m_orders.submit(m_orderId);
        m_orders.confirm(m_orderId);
        m_order = m_orders.load(m_orderId);
    }

    static void activate(QDialog* dialog)
    {
        // Shown and active, as under exec(), so that its window shortcuts (Ctrl+Enter) work.
        dialog->show();
        QApplication::setActiveWindow(dialog);
        ASSERT_TRUE(QTest::qWaitForWindowActive(dialog));
    }

    // From the order's detail, as its salesperson: line 1 to `quantity`, typed reason, Ctrl+Enter.
    void askFromDetail(const QString& quantity, QString* impactText = nullptr, bool* accepted = nullptr)
    {
        OrderDetailDialog detail(m_db.session(), m_orderId);
        auto* tabs = detail.findChild<QTabWidget*>(QStringLiteral("detailTabs"));
        ASSERT_NE(tabs, nullptr);
        ChangesPanel* panel = detail.changes();
        ASSERT_NE(panel, nullptr);
        EXPECT_EQ(tabs->tabText(tabs->indexOf(panel)), QStringLiteral("Changes (0)"));
        panel->setDialogHook([&](QDialog* d) {
            auto* dialog = qobject_cast<RequestChangeDialog*>(d);
            ASSERT_NE(dialog, nullptr);
            activate(dialog);
            QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("changeReason")),
                             QStringLiteral("Customer needs more pieces"));
            dialog->lines()->item(0, 3)->setText(quantity);
            if (!m_spec.isEmpty())
                dialog->lines()->item(0, 6)->setText(m_spec);
            dialog->refreshImpact();
            if (impactText)
                *impactText = dialog->impact()->text();
            QTest::keyClick(dialog->findChild<QPlainTextEdit*>(QStringLiteral("changeReason")),
                            Qt::Key_Return, Qt::ControlModifier);
            if (accepted)
                *accepted = dialog->result() == QDialog::Accepted;
        });
        QTest::mouseClick(detail.findChild<QPushButton*>(QStringLiteral("requestChangeButton")),
                          Qt::LeftButton);
        EXPECT_EQ(tabs->tabText(tabs->indexOf(panel)),
                  accepted && !*accepted ? QStringLiteral("Changes (0)") : QStringLiteral("Changes (1)"));
    }

    std::unique_ptr<ChangesView> managersPage()
    {
        m_db.actAs(m_db.managerId);
        auto view = std::make_unique<ChangesView>(m_db.session());
        view->resize(1100, 700);
        view->show();
        return view;
    }

    TestDatabase m_db;
    UiOrderFactory m_orders{m_db};
    qint64 m_orderId = 0;
    Order m_order;
    QString m_spec; // typed as line 1's new specification when set
};

TEST_F(ChangesViewTest, TheImpactIsShownBeforeSendingAndTheManagerApprovesByMouse)
{
    QString impact;
    askFromDetail(QStringLiteral("5"), &impact);
    // The new total and the difference in words are there before the request is sent.
    EXPECT_TRUE(impact.contains(QStringLiteral("Total"))) << impact.toStdString();
    EXPECT_TRUE(impact.contains(QStringLiteral("Earliest delivery"))) << impact.toStdString();
    EXPECT_TRUE(impact.contains(QStringLiteral("元")) || impact.contains(QStringLiteral("整")))
        << impact.toStdString();

    auto view = managersPage();
    ASSERT_EQ(view->panel()->count(), 1);
    auto* table = view->findChild<QTableWidget*>(QStringLiteral("changesTable"));
    EXPECT_EQ(table->item(0, 1)->text(), m_order.orderNo);
    EXPECT_EQ(table->item(0, 4)->text(), QStringLiteral("Waiting for approval"));
    auto* approve = view->findChild<QPushButton*>(QStringLiteral("approveChangeButton"));
    ASSERT_TRUE(approve->isEnabled());
    view->panel()->setDialogHook([](QDialog* d) {
        auto* dialog = qobject_cast<NoteDialog*>(d);
        ASSERT_NE(dialog, nullptr);
        QTest::keyClicks(dialog->editor(), QStringLiteral("OK, capacity is there"));
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    });
    QTest::mouseClick(approve, Qt::LeftButton);
    EXPECT_EQ(table->item(0, 4)->text(), QStringLiteral("Waiting for the customer"));
    EXPECT_FALSE(approve->isEnabled());
    const Order revised = m_orders.load(m_orderId);
    EXPECT_EQ(revised.revision, 2);
    EXPECT_EQ(revised.status, OrderStatus::AwaitingConfirmation);
    EXPECT_EQ(revised.lines.first().quantity, Quantity::fromUnits(5));
    EXPECT_TRUE(view->panel()->detail()->text().contains(QStringLiteral("Made revision 2")));

    // The order's revision comparison names the change request that made revision 2.
    OrderDetailDialog detail(m_db.session(), m_orderId);
    auto* caption = detail.findChild<QTabWidget*>(QStringLiteral("detailTabs"));
    ASSERT_NE(caption, nullptr);
    bool named = false;
    for (QLabel* label : detail.findChildren<QLabel*>())
        named = named || label->text().contains(table->item(0, 0)->text());
    EXPECT_TRUE(named);
}

TEST_F(ChangesViewTest, TheManagerApprovesByKeyboardAndARejectionNeedsItsReason)
{
    askFromDetail(QStringLiteral("7"));
    auto view = managersPage();
    ASSERT_EQ(view->panel()->count(), 1);
    QApplication::setActiveWindow(view.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(view.get()));
    auto* table = view->findChild<QTableWidget*>(QStringLiteral("changesTable"));
    table->setFocus();

    // Reject without a reason: refused, nothing decided.
    bool rejectOpened = false;
    view->panel()->setDialogHook([&](QDialog* d) {
        auto* dialog = qobject_cast<NoteDialog*>(d);
        ASSERT_NE(dialog, nullptr);
        rejectOpened = true;
        activate(dialog);
        QTest::keyClick(dialog->editor(), Qt::Key_Return, Qt::ControlModifier);
    });
    // Tab from the list reaches Approve, then Reject; Space presses the button.
    auto* approve = view->findChild<QPushButton*>(QStringLiteral("approveChangeButton"));
    auto* reject = view->findChild<QPushButton*>(QStringLiteral("rejectChangeButton"));
    QTest::keyClick(table, Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), approve);
    QTest::keyClick(approve, Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), reject);
    QTest::keyClick(reject, Qt::Key_Space);
    EXPECT_TRUE(rejectOpened);
    EXPECT_EQ(table->item(0, 4)->text(), QStringLiteral("Waiting for approval"));
    EXPECT_TRUE(view->panel()->detail()->text().contains(QStringLiteral("Say why the change is rejected")))
        << view->panel()->detail()->text().toStdString();
    QApplication::setActiveWindow(view.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(view.get()));

    // Shift+Tab back to Approve, Space, the comment typed, Ctrl+Enter.
    bool opened = false;
    view->panel()->setDialogHook([&](QDialog* d) {
        auto* dialog = qobject_cast<NoteDialog*>(d);
        ASSERT_NE(dialog, nullptr);
        opened = true;
        activate(dialog);
        QTest::keyClicks(dialog->editor(), QStringLiteral("Agreed"));
        QTest::keyClick(dialog->editor(), Qt::Key_Return, Qt::ControlModifier);
    });
    reject->setFocus();
    QTest::keyClick(reject, Qt::Key_Backtab, Qt::ShiftModifier);
    ASSERT_EQ(QApplication::focusWidget(), approve);
    QTest::keyClick(approve, Qt::Key_Space);
    EXPECT_TRUE(opened);
    EXPECT_EQ(table->item(0, 4)->text(), QStringLiteral("Waiting for the customer"));
    EXPECT_EQ(m_orders.load(m_orderId).lines.first().quantity, Quantity::fromUnits(7));

    // The status filter narrows the list.
    QComboBox* status = view->statusFilter();
    status->setCurrentIndex(status->findText(QStringLiteral("Rejected")));
    EXPECT_EQ(view->panel()->count(), 0);
}

TEST_F(ChangesViewTest, AQuantityWithTooManyDecimalsStaysInTheDialogWithItsReason)
{
    bool accepted = true;
    askFromDetail(QStringLiteral("5.0001"), nullptr, &accepted);
    EXPECT_FALSE(accepted);
    ChangeRequestFilter all;
    EXPECT_TRUE(ChangeRequestService(m_db.session()).list(all)->isEmpty());
}

} // namespace od::test

namespace od::test {

TEST_F(ChangesViewTest, TheManagerSavesTheChangeConfirmationAsPdf)
{
    askFromDetail(QStringLiteral("5"));
    auto view = managersPage();
    view->panel()->setDialogHook([](QDialog* d) {
        auto* dialog = qobject_cast<NoteDialog*>(d);
        ASSERT_NE(dialog, nullptr);
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    });
    QTest::mouseClick(view->findChild<QPushButton*>(QStringLiteral("approveChangeButton")), Qt::LeftButton);
    const QString path = m_db.dir() + QStringLiteral("/change.pdf");
    view->panel()->setSavePathFunction([&](QWidget*, const QString&) { return path; });
    auto* pdf = view->findChild<QPushButton*>(QStringLiteral("changePdfButton"));
    ASSERT_TRUE(pdf->isEnabled());
    QTest::mouseClick(pdf, Qt::LeftButton);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << view->panel()->detail()->text().toStdString();
    EXPECT_TRUE(file.read(5).startsWith("%PDF-"));
}

} // namespace od::test

namespace od::test {

TEST_F(ChangesViewTest, AnotherSpecificationTypedInTheFormIsPartOfTheRequest)
{
    m_spec = QStringLiteral("Flanges to HG/T 20592 PN16");
    askFromDetail(QStringLiteral("2"));
    ChangeRequestFilter all;
    const QList<ChangeRequest> asked =
        ChangeRequestService(m_db.session()).list(all).value_or(QList<ChangeRequest>());
    ASSERT_EQ(asked.size(), 1);
    const auto stored = ChangeRequestService(m_db.session()).change(asked.first().id);
    ASSERT_TRUE(stored.has_value());
    ASSERT_EQ(stored->specs.size(), 1);
    EXPECT_EQ(stored->specs.first().description, m_spec);
}

} // namespace od::test
