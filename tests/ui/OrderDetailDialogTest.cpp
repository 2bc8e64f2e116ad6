#include "UiOrderFactory.h"

#include "OrderIntakeService.h"
#include "OrderStatusService.h"
#include "detail/OrderDetailDialog.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace od::test {

namespace {

QStringList columnTexts(QTableWidget* table, int column)
{
    QStringList out;
    for (int row = 0; row < table->rowCount(); ++row)
        out << (table->item(row, column) ? table->item(row, column)->text() : QString());
    return out;
}

} // namespace

class OrderDetailDialogTest : public ::testing::Test
{
protected:
    void SetUp() override { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void actAsManager()
    {
        m_db.session().setUser(
            User{m_db.managerId, QStringLiteral("li"), QStringLiteral("李强"), Role::Manager, true});
    }

    TestDatabase m_db;
    UiOrderFactory m_orders{m_db};
};

TEST_F(OrderDetailDialogTest, ShowsTheLinesAndTheTimeline)
{
    const qint64 id = m_orders.addDraft(m_orders.customerEast, 5, 0, 2);
    m_orders.submit(id);
    OrderDetailDialog dialog(m_db.session(), id);
    dialog.show();

    auto* lines = dialog.findChild<QTableWidget*>(QStringLiteral("linesTable"));
    ASSERT_NE(lines, nullptr);
    ASSERT_EQ(lines->rowCount(), 2);
    EXPECT_TRUE(lines->item(0, 1)->text().contains(QStringLiteral("V-100")));
    EXPECT_TRUE(lines->item(1, 1)->text().contains(QStringLiteral("离心泵")));
    const Order order = m_orders.load(id);
    EXPECT_EQ(lines->item(1, 7)->text(), QStringLiteral("¥") +
                                             QLocale().toString(order.lines.at(1).amount.minor() / 100) +
                                             QStringLiteral(".00"));

    auto* timeline = dialog.findChild<QTableWidget*>(QStringLiteral("timelineTable"));
    ASSERT_NE(timeline, nullptr);
    ASSERT_GE(timeline->rowCount(), 2);
    // Newest first: the submission, then the creation.
    EXPECT_EQ(timeline->item(0, 2)->text(), QStringLiteral("Sent for confirmation"));
    EXPECT_EQ(timeline->item(timeline->rowCount() - 1, 2)->text(), QStringLiteral("Created"));
    EXPECT_TRUE(dialog.windowTitle().contains(order.orderNo));
    // Awaiting confirmation is still editable; confirming happens in the confirmation view.
    EXPECT_TRUE(dialog.findChild<QPushButton*>(QStringLiteral("editButton"))->isVisibleTo(&dialog));
    EXPECT_FALSE(dialog.offeredTargets().contains(OrderStatus::Confirmed));
    EXPECT_TRUE(dialog.offeredTargets().contains(OrderStatus::Draft));
}

TEST_F(OrderDetailDialogTest, AStatusActionMovesTheOrderWithItsNote)
{
    const qint64 id = m_orders.addDraft(m_orders.customerAcme, 1);
    m_orders.submit(id);
    m_orders.confirm(id);
    actAsManager();
    {
        // A confirmed order is planned by committing its plan, not by a button here.
        OrderDetailDialog confirmed(m_db.session(), id);
        auto* planned = confirmed.findChild<QPushButton*>(QStringLiteral("statusAction_planned"));
        ASSERT_NE(planned, nullptr);
        EXPECT_FALSE(planned->isEnabled());
    }
    m_orders.moveTo(id, OrderStatus::Planned);
    OrderDetailDialog dialog(m_db.session(), id);
    QString askedLabel;
    dialog.setNotePrompt(
        [&askedLabel](QWidget*, const QString&, const QString& label) -> std::optional<QString> {
            askedLabel = label;
            return QStringLiteral("材料已备齐");
        });
    QSignalSpy changed(&dialog, &OrderDetailDialog::orderChanged);
    dialog.show();

    auto* production = dialog.findChild<QPushButton*>(QStringLiteral("statusAction_in_production"));
    ASSERT_NE(production, nullptr);
    EXPECT_FALSE(dialog.findChild<QPushButton*>(QStringLiteral("editButton"))->isVisibleTo(&dialog));
    QTest::mouseClick(production, Qt::LeftButton);

    EXPECT_FALSE(askedLabel.isEmpty());
    EXPECT_EQ(m_orders.load(id).status, OrderStatus::InProduction);
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed.at(0).at(0).toLongLong(), id);
    // The dialog shows the new state: header, next action, timeline entry with the note.
    EXPECT_EQ(dialog.order().status, OrderStatus::InProduction);
    EXPECT_NE(dialog.findChild<QPushButton*>(QStringLiteral("statusAction_ready_to_ship")), nullptr);
    auto* timeline = dialog.findChild<QTableWidget*>(QStringLiteral("timelineTable"));
    EXPECT_TRUE(timeline->item(0, 4)->text().contains(QStringLiteral("材料已备齐")));
}

TEST_F(OrderDetailDialogTest, ASalespersonIsOfferedOnlyWhatTheirRoleAllows)
{
    const qint64 id = m_orders.addDraft(m_orders.customerAcme, 1);
    m_orders.submit(id);
    m_orders.confirm(id);
    OrderDetailDialog confirmed(m_db.session(), id);
    // Production steps are the manager's; the salesperson sees the order but no buttons for them.
    EXPECT_TRUE(confirmed.offeredTargets().isEmpty());
    EXPECT_EQ(confirmed.findChild<QPushButton*>(QStringLiteral("statusAction_planned")), nullptr);

    const qint64 draft = m_orders.addDraft(m_orders.customerAcme, 2);
    OrderDetailDialog own(m_db.session(), draft);
    // Withdrawing one's own unconfirmed order is allowed.
    EXPECT_EQ(own.offeredTargets(), QList<OrderStatus>{OrderStatus::Cancelled});
}

TEST_F(OrderDetailDialogTest, BackingOutOfTheNoteLeavesTheOrderAlone)
{
    const qint64 id = m_orders.addDraft(m_orders.customerAcme, 1);
    OrderDetailDialog dialog(m_db.session(), id);
    dialog.setNotePrompt([](QWidget*, const QString&, const QString&) { return std::optional<QString>(); });
    EXPECT_FALSE(dialog.changeStatus(OrderStatus::Cancelled));
    EXPECT_EQ(m_orders.load(id).status, OrderStatus::Draft);
}

TEST_F(OrderDetailDialogTest, ARefusedMoveIsExplainedInTheDialog)
{
    const qint64 id = m_orders.addDraft(m_orders.customerAcme, 1);
    m_orders.submit(id);
    m_orders.confirm(id);
    actAsManager();
    OrderDetailDialog dialog(m_db.session(), id);
    dialog.setNotePrompt(
        [](QWidget*, const QString&, const QString&) { return std::optional<QString>(QString()); });
    dialog.show();
    // Someone else cancels the order while the dialog is open.
    m_orders.moveTo(id, OrderStatus::Cancelled);
    auto* hold = dialog.findChild<QPushButton*>(QStringLiteral("statusAction_on_hold"));
    ASSERT_NE(hold, nullptr);
    QTest::mouseClick(hold, Qt::LeftButton);
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("detailError"));
    ASSERT_NE(error, nullptr);
    EXPECT_TRUE(error->isVisibleTo(&dialog));
    EXPECT_FALSE(error->text().isEmpty());
    EXPECT_EQ(m_orders.load(id).status, OrderStatus::Cancelled);
}

TEST_F(OrderDetailDialogTest, ReturningToDraftNeedsAReason)
{
    const qint64 id = m_orders.addDraft(m_orders.customerAcme, 1);
    m_orders.submit(id);
    OrderDetailDialog dialog(m_db.session(), id);
    dialog.setNotePrompt(
        [](QWidget*, const QString&, const QString&) { return std::optional<QString>(QString()); });
    dialog.show();
    EXPECT_FALSE(dialog.changeStatus(OrderStatus::Draft));
    EXPECT_FALSE(dialog.findChild<QLabel*>(QStringLiteral("detailError"))->text().isEmpty());
    EXPECT_EQ(m_orders.load(id).status, OrderStatus::AwaitingConfirmation);
    dialog.setNotePrompt([](QWidget*, const QString&, const QString&) {
        return std::optional<QString>(QStringLiteral("客户要改数量"));
    });
    EXPECT_TRUE(dialog.changeStatus(OrderStatus::Draft));
    EXPECT_EQ(m_orders.load(id).status, OrderStatus::Draft);
}

TEST_F(OrderDetailDialogTest, ComparesAnEarlierRevisionWithTheCurrentOne)
{
    const qint64 id = m_orders.addDraft(m_orders.customerShanghai, 3, 0, 1);
    m_orders.submit(id);
    // The customer asks for more valves and a pump: a new revision.
    OrderIntakeService intake(m_db.session());
    Order order = m_orders.load(id);
    order.lines[0].quantity = Quantity::fromUnits(500);
    OrderLine pump;
    pump.productId = m_orders.pump;
    pump.quantity = Quantity::fromUnits(2);
    pump.unitPrice = UnitPrice::fromRaw(38'000'000);
    order.lines << pump;
    auto saved = intake.saveDraft(order, true);
    ASSERT_TRUE(saved.has_value());
    ASSERT_TRUE(saved->saved) << saved->report.summary().toStdString();
    ASSERT_TRUE(saved->newRevision);

    OrderDetailDialog dialog(m_db.session(), id);
    dialog.show();
    EXPECT_TRUE(dialog.tabs()->tabText(3).contains(QStringLiteral("1")));
    auto* differences = dialog.findChild<QTableWidget*>(QStringLiteral("revisionDifferences"));
    ASSERT_NE(differences, nullptr);
    const QStringList what = columnTexts(differences, 0);
    EXPECT_TRUE(what.filter(QStringLiteral("Changed: Line 1")).size() == 1) << what.join(u'|').toStdString();
    EXPECT_TRUE(what.filter(QStringLiteral("Added: Line 2")).size() == 1) << what.join(u'|').toStdString();
    EXPECT_TRUE(what.contains(QStringLiteral("Total")));
    const int changedRow = int(what.indexOf(what.filter(QStringLiteral("Changed: Line 1")).value(0)));
    ASSERT_GE(changedRow, 0);
    EXPECT_TRUE(differences->item(changedRow, 2)->text().contains(QStringLiteral("500")));
}

} // namespace od::test
