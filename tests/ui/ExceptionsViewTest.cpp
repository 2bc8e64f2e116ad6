#include "UiOrderFactory.h"

#include "detail/OrderDetailDialog.h"
#include "exceptions/ExceptionStepDialog.h"
#include "exceptions/ExceptionsPanel.h"
#include "exceptions/ExceptionsView.h"
#include "exceptions/RaiseExceptionDialog.h"
#include "widgets/ValidatedForm.h"

#include <QApplication>
#include <QCheckBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

#include "LessonService.h"
#include "lessons/LessonDialog.h"

#include <QDialogButtonBox>

namespace od::test {

// Raising, planning and closing an exception from the Exceptions page and an order's detail, by
// keyboard where a user types and by mouse where a user clicks.
class ExceptionsViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OrderDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("ExceptionsViewTest"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_orderId = m_orders.addDraft(m_orders.customerEast, 1);
        m_orderNo = m_orders.load(m_orderId).orderNo;
        m_db.actAs(m_db.managerId);
        m_view = std::make_unique<ExceptionsView>(m_db.session());
        m_view->resize(1100, 700);
        m_view->show();
    }

    QPushButton* button(QWidget* in, const char* name)
    {
        auto* b = in->findChild<QPushButton*>(QString::fromLatin1(name));
        EXPECT_NE(b, nullptr) << name;
        return b;
    }

    // Raises an exception through the page's dialog, typing as a user would.
    void raise(const QString& description, bool* accepted = nullptr, QString* error = nullptr)
    {
        m_view->panel()->setDialogHook([&](QDialog* d) {
            auto* dialog = qobject_cast<RaiseExceptionDialog*>(d);
            ASSERT_NE(dialog, nullptr);
            // Shown and active, as under exec(), so that its window shortcuts (Ctrl+Enter) work.
            dialog->show();
            QApplication::setActiveWindow(dialog);
            ASSERT_TRUE(QTest::qWaitForWindowActive(dialog));
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("exceptionOrder")), m_orderNo);
            QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("exceptionDescription")),
                             description);
            QTest::keyClick(dialog->findChild<QPlainTextEdit*>(QStringLiteral("exceptionDescription")),
                            Qt::Key_Return, Qt::ControlModifier);
            if (accepted)
                *accepted = dialog->result() == QDialog::Accepted;
            if (error)
                *error = dialog->form()->errorText(QStringLiteral("description"));
        });
        QTest::mouseClick(button(m_view.get(), "raiseExceptionButton"), Qt::LeftButton);
    }

    TestDatabase m_db;
    UiOrderFactory m_orders{m_db};
    qint64 m_orderId = 0;
    QString m_orderNo;
    std::unique_ptr<ExceptionsView> m_view;
};

TEST_F(ExceptionsViewTest, RaisedByKeyboardItAppearsInTheListWithItsCount)
{
    EXPECT_EQ(m_view->panel()->count(), 0);
    bool accepted = false;
    raise(QStringLiteral("Casting failed the pressure test"), &accepted);
    EXPECT_TRUE(accepted);
    ASSERT_EQ(m_view->panel()->count(), 1);
    auto* table = m_view->findChild<QTableWidget*>(QStringLiteral("exceptionsTable"));
    EXPECT_EQ(table->item(0, 1)->text(), m_orderNo);
    EXPECT_TRUE(table->item(0, 0)->text().startsWith(QStringLiteral("EXC-")));
    EXPECT_TRUE(m_view->statusText().startsWith(QStringLiteral("1 open exception")))
        << m_view->statusText().toStdString();
}

TEST_F(ExceptionsViewTest, AMissingDescriptionIsShownUnderItsFieldAndNothingIsRaised)
{
    bool accepted = true;
    QString error;
    raise(QString(), &accepted, &error);
    EXPECT_FALSE(accepted);
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(m_view->panel()->count(), 0);
}

TEST_F(ExceptionsViewTest, PlannedAndClosedByMouseItLeavesTheOpenList)
{
    raise(QStringLiteral("Steel arrives two weeks late"));
    ASSERT_EQ(m_view->panel()->count(), 1);
    m_view->panel()->setDialogHook([](QDialog* d) {
        auto* dialog = qobject_cast<ExceptionStepDialog*>(d);
        ASSERT_NE(dialog, nullptr);
        QTest::keyClicks(dialog->textEdit(), QStringLiteral("Buy from the second supplier"));
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    });
    QTest::mouseClick(button(m_view.get(), "planExceptionButton"), Qt::LeftButton);
    ASSERT_EQ(m_view->panel()->count(), 1);
    EXPECT_EQ(m_view->panel()->current()->responsePlan, QStringLiteral("Buy from the second supplier"));

    m_view->panel()->setDialogHook([](QDialog* d) {
        auto* dialog = qobject_cast<ExceptionStepDialog*>(d);
        ASSERT_NE(dialog, nullptr);
        // Closing without a resolution is refused in the dialog, which stays open.
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
        EXPECT_NE(dialog->result(), QDialog::Accepted);
        EXPECT_FALSE(dialog->form()->errorText(QStringLiteral("resolution")).isEmpty());
        QTest::keyClicks(dialog->textEdit(), QStringLiteral("Second supplier delivered"));
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    });
    QTest::mouseClick(button(m_view.get(), "closeExceptionButton"), Qt::LeftButton);
    EXPECT_EQ(m_view->panel()->count(), 0);
    // Unticking "Open only" shows it, closed.
    m_view->findChild<QCheckBox*>(QStringLiteral("exceptionsOpenOnly"))->setChecked(false);
    ASSERT_EQ(m_view->panel()->count(), 1);
    EXPECT_FALSE(m_view->panel()->current()->isOpen());
    EXPECT_FALSE(button(m_view.get(), "closeExceptionButton")->isEnabled());

    // What it taught becomes a lesson, filled in from the exception and its order.
    ASSERT_TRUE(m_view->panel()->lessonButton()->isEnabled());
    QString prefilledCustomer;
    m_view->panel()->setDialogHook([&](QDialog* d) {
        auto* dialog = qobject_cast<LessonDialog*>(d);
        ASSERT_NE(dialog, nullptr);
        dialog->show();
        QApplication::setActiveWindow(dialog);
        ASSERT_TRUE(QTest::qWaitForWindowActive(dialog));
        prefilledCustomer = dialog->customersEdit()->text();
        EXPECT_TRUE(dialog->textEdit()->toPlainText().contains(QStringLiteral("Second supplier delivered")));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        EXPECT_EQ(dialog->result(), QDialog::Accepted);
    });
    QTest::mouseClick(m_view->panel()->lessonButton(), Qt::LeftButton);
    EXPECT_EQ(prefilledCustomer, QStringLiteral("C001"));
    auto lessons = LessonService(m_db.session()).search(QStringLiteral("second supplier"));
    ASSERT_TRUE(lessons.has_value());
    ASSERT_EQ(lessons->size(), 1);
    EXPECT_EQ(lessons->first().orderNo, m_orderNo);
}

TEST_F(ExceptionsViewTest, TheOrdersDetailHasItsExceptionsAndRaisesOnThatOrder)
{
    OrderDetailDialog detail(m_db.session(), m_orderId);
    auto* tabs = detail.findChild<QTabWidget*>(QStringLiteral("detailTabs"));
    auto* panel = detail.findChild<ExceptionsPanel*>(QStringLiteral("orderExceptions"));
    ASSERT_NE(panel, nullptr);
    EXPECT_EQ(tabs->tabText(tabs->indexOf(panel)), QStringLiteral("Exceptions (0)"));
    panel->setDialogHook([](QDialog* d) {
        auto* dialog = qobject_cast<RaiseExceptionDialog*>(d);
        ASSERT_NE(dialog, nullptr);
        // The order is given; the user only says what went wrong.
        EXPECT_TRUE(dialog->findChild<QLineEdit*>(QStringLiteral("exceptionOrder"))->isReadOnly());
        QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("exceptionDescription")),
                         QStringLiteral("Customer disputes the flange standard"));
        QTest::mouseClick(dialog->raiseButton(), Qt::LeftButton);
    });
    QTest::mouseClick(button(panel, "raiseExceptionButton"), Qt::LeftButton);
    EXPECT_EQ(tabs->tabText(tabs->indexOf(panel)), QStringLiteral("Exceptions (1)"));
    EXPECT_EQ(panel->current()->orderId, m_orderId);
}

} // namespace od::test
