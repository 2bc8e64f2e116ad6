// 订单计划 and 产能 driven by mouse and keyboard: an order opened from the waiting list shows its
// plan and chart, is committed (or promised earlier by a manager with a reason), and its steps'
// progress moves it into production and to ready to ship; Capacity shows an overloaded day in
// red and the steps behind it; intake shows the earliest possible delivery.
#include "TypeText.h"
#include "UiOrderFactory.h"

#include "CalendarRepository.h"
#include "OrderPlanRepository.h"
#include "RoutingRepository.h"
#include "WorkCentreRepository.h"
#include "intake/IntakeView.h"
#include "intake/OrderHeaderForm.h"
#include "planning/CapacityView.h"
#include "planning/GanttChart.h"
#include "planning/PlanningView.h"
#include "widgets/MessageBanner.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace od::test {

class PlanningViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        WorkCentre centre;
        centre.code = QStringLiteral("JG");
        centre.name = QStringLiteral("机加工");
        m_centreId = *WorkCentreRepository(m_db.db()).insert(centre);
        setRunHours(1);
        // 8 valves, confirmed; asked for 45 days after today (2026-07-16).
        m_order = m_orders.addDraft(m_orders.customerEast, 1);
        m_orders.submit(m_order);
        m_orders.confirm(m_order);
        m_db.actAs(m_db.managerId);
    }

    // 下料: 2 h setup; 机加工: `hours` per unit; both on JG (8 h a day).
    void setRunHours(int hours)
    {
        RoutingStep cut;
        cut.stepNo = 10;
        cut.name = QStringLiteral("下料");
        cut.workCentre = QStringLiteral("JG");
        cut.setupHours = Hours::fromWhole(2);
        RoutingStep machine;
        machine.stepNo = 20;
        machine.name = QStringLiteral("机加工");
        machine.workCentre = QStringLiteral("JG");
        machine.runHoursPerUnit = Hours::fromWhole(hours);
        ASSERT_TRUE(RoutingRepository(m_db.db()).replace(m_orders.valve, {cut, machine}).has_value());
    }

    static void clickRow(QTableWidget* table, int row)
    {
        const QRect rect = table->visualItemRect(table->item(row, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    }

    TestDatabase m_db;
    UiOrderFactory m_orders{m_db};
    qint64 m_centreId = 0;
    qint64 m_order = 0;
};

TEST_F(PlanningViewTest, AnOrderIsOpenedCommittedAndReportedOnWithTheMouse)
{
    PlanningView view(m_db.session());
    view.resize(1200, 760);
    view.show();
    auto* orders = view.findChild<QTableWidget*>(QStringLiteral("planningOrders"));
    ASSERT_EQ(orders->rowCount(), 1);
    clickRow(orders, 0);
    auto* steps = view.findChild<QTableWidget*>(QStringLiteral("planSteps"));
    ASSERT_EQ(steps->rowCount(), 3); // 下料, 机加工, shipping
    EXPECT_EQ(steps->item(1, 2)->text(), QStringLiteral("机加工"));
    EXPECT_EQ(steps->item(1, 3)->text(), QStringLiteral("JG"));
    EXPECT_EQ(steps->item(1, 4)->text(), QStringLiteral("8"));
    auto* earliest = view.findChild<QLabel*>(QStringLiteral("earliestLabel"));
    EXPECT_TRUE(earliest->text().contains(QStringLiteral("Jun 3, 2026"))) << earliest->text().toStdString();
    EXPECT_FALSE(earliest->property("late").toBool());
    auto* chart = view.findChild<GanttChart*>(QStringLiteral("planChart"));
    EXPECT_EQ(chart->firstDay(), QDate(2026, 6, 1));

    QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("commitButton")), Qt::LeftButton);
    EXPECT_EQ(m_orders.load(m_order).status, OrderStatus::Planned);
    EXPECT_EQ(m_orders.load(m_order).promisedDate, QDate(2026, 6, 3));
    EXPECT_TRUE(view.proposal().committed);
    EXPECT_EQ(orders->rowCount(), 0); // no longer waiting

    // Progress: start 下料, then 机加工 5 + 3 done, then finish both.
    clickRow(steps, 0);
    auto* start = view.findChild<QPushButton*>(QStringLiteral("startStepButton"));
    ASSERT_TRUE(start->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton);
    EXPECT_EQ(m_orders.load(m_order).status, OrderStatus::InProduction);
    clickRow(steps, 1);
    auto* quantity = view.findChild<QLineEdit*>(QStringLiteral("doneQuantity"));
    quantity->setFocus();
    typeText(quantity, QStringLiteral("12"));
    QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("reportDoneButton")), Qt::LeftButton);
    // More than the 8 planned is refused and nothing is recorded.
    EXPECT_EQ(view.proposal().plan.steps[1].quantityDone, Quantity());
    quantity->clear();
    typeText(quantity, QStringLiteral("5"));
    QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("reportDoneButton")), Qt::LeftButton);
    EXPECT_EQ(view.proposal().plan.steps[1].quantityDone, Quantity::fromUnits(5));
    EXPECT_TRUE(steps->item(1, 8)->text().contains(QStringLiteral("5 of 8")))
        << steps->item(1, 8)->text().toStdString();
    auto* finish = view.findChild<QPushButton*>(QStringLiteral("finishStepButton"));
    QTest::mouseClick(finish, Qt::LeftButton);
    clickRow(steps, 0);
    QTest::mouseClick(finish, Qt::LeftButton);
    EXPECT_EQ(m_orders.load(m_order).status, OrderStatus::ReadyToShip);
}

TEST_F(PlanningViewTest, AManagerPromisesAnEarlierDateWithAReasonByKeyboard)
{
    PlanningView view(m_db.session());
    view.resize(1200, 760);
    view.show();
    QApplication::setActiveWindow(&view);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
    auto* orders = view.findChild<QTableWidget*>(QStringLiteral("planningOrders"));
    orders->setFocus();
    QTest::keyClick(orders, Qt::Key_Down);
    ASSERT_EQ(view.currentOrderId(), m_order);

    // Alt+P: the promised date; earlier than the capacity allows (June 3).
    QTest::keyClick(&view, Qt::Key_P, Qt::AltModifier);
    auto* promise = view.findChild<QWidget*>(QStringLiteral("promiseDate"))->findChild<QLineEdit*>();
    ASSERT_EQ(QApplication::focusWidget(), promise);
    promise->selectAll();
    typeText(promise, QStringLiteral("2026-06-02"));
    // Without a reason the commit is refused and nothing changes (the button's mnemonic clicks it
    // a moment later).
    QTest::keyClick(&view, Qt::Key_C, Qt::AltModifier);
    auto* banner = view.findChild<MessageBanner*>();
    EXPECT_TRUE(waitUntil([&] { return banner->text().contains(QStringLiteral("say why")); }))
        << banner->text().toStdString();
    EXPECT_EQ(m_orders.load(m_order).status, OrderStatus::Confirmed);
    QTest::keyClick(&view, Qt::Key_R, Qt::AltModifier);
    auto* reason = view.findChild<QLineEdit*>(QStringLiteral("overrideReason"));
    ASSERT_EQ(QApplication::focusWidget(), reason);
    typeText(reason, QStringLiteral("客户加急，周六加班"));
    QTest::keyClick(reason, Qt::Key_Return);
    EXPECT_EQ(m_orders.load(m_order).status, OrderStatus::Planned);
    EXPECT_EQ(m_orders.load(m_order).promisedDate, QDate(2026, 6, 2));
    auto plan = *OrderPlanRepository(m_db.db()).committedForOrder(m_order);
    EXPECT_EQ(plan->overrideReason, QStringLiteral("客户加急，周六加班"));
}

TEST_F(PlanningViewTest, AnOwnerIsChosenAndAStepMovedLaterBeforeTheCommit)
{
    PlanningView view(m_db.session());
    view.show();
    ASSERT_TRUE(view.openOrder(m_order));
    view.selectStep(1);
    auto* notBefore = view.findChild<QWidget*>(QStringLiteral("notBeforeDate"))->findChild<QLineEdit*>();
    notBefore->selectAll();
    typeText(notBefore, QStringLiteral("2026-06-08"));
    QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("moveLaterButton")), Qt::LeftButton);
    EXPECT_EQ(view.proposal().plan.steps[1].plannedStart, QDate(2026, 6, 8));
    EXPECT_EQ(view.proposal().earliestCompletion(), QDate(2026, 6, 9));
    auto* owner = view.findChild<QComboBox*>(QStringLiteral("ownerCombo"));
    const int wang = owner->findText(QStringLiteral("王芳"));
    ASSERT_GE(wang, 0);
    owner->setFocus();
    owner->setCurrentIndex(wang);
    Q_EMIT owner->activated(wang);
    EXPECT_EQ(view.proposal().plan.steps[1].ownerUserId, m_db.salespersonId);
    EXPECT_TRUE(view.commitPlan());
    auto plan = *OrderPlanRepository(m_db.db()).committedForOrder(m_order);
    EXPECT_EQ(plan->steps[1].ownerUserId, m_db.salespersonId);
    EXPECT_EQ(plan->steps[1].plannedStart, QDate(2026, 6, 8));
}

TEST_F(PlanningViewTest, ALatePlanSaysSoInRed)
{
    setRunHours(50); // 400 h on 8 h a day: past the 45 days asked for
    PlanningView view(m_db.session());
    view.show();
    ASSERT_TRUE(view.openOrder(m_order));
    auto* earliest = view.findChild<QLabel*>(QStringLiteral("earliestLabel"));
    EXPECT_TRUE(earliest->property("late").toBool());
    EXPECT_TRUE(earliest->text().contains(QStringLiteral("later than the requested")))
        << earliest->text().toStdString();
}

TEST_F(PlanningViewTest, ALaterPromiseWaitsForTheCustomersAcceptanceAllByKeyboard)
{
    setRunHours(50); // 402 h on 8 h a day: far past the July 16 asked for
    PlanningView view(m_db.session());
    view.resize(1200, 800);
    view.show();
    QApplication::setActiveWindow(&view);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
    ASSERT_TRUE(view.openOrder(m_order));
    auto* steps = view.findChild<QTableWidget*>(QStringLiteral("planSteps"));
    steps->setFocus();
    // A button's mnemonic clicks it a moment later (animateClick).
    const auto press = [&](Qt::Key key) { QTest::keyClick(&view, key, Qt::AltModifier); };
    press(Qt::Key_C); // commit
    ASSERT_TRUE(waitUntil([&] { return m_orders.load(m_order).status == OrderStatus::Planned; }));
    auto* box = view.findChild<QGroupBox*>(QStringLiteral("acceptanceBox"));
    ASSERT_TRUE(box->isVisible());
    auto* state = view.findChild<QLabel*>(QStringLiteral("acceptanceState"));
    EXPECT_TRUE(state->property("missing").toBool());
    EXPECT_TRUE(state->styleSheet().contains(QStringLiteral("#c62828")));
    auto* earliest = view.findChild<QLabel*>(QStringLiteral("earliestLabel"));
    EXPECT_TRUE(earliest->property("late").toBool());

    // Starting the first step is refused until the customer's acceptance is recorded.
    steps->setFocus();
    QTest::keyClick(steps, Qt::Key_Home, Qt::ControlModifier);
    ASSERT_EQ(steps->currentRow(), 0);
    auto* banner = view.findChild<MessageBanner*>();
    press(Qt::Key_A);
    EXPECT_TRUE(waitUntil([&] { return banner->text().contains(QStringLiteral("accepted the new date")); }))
        << banner->text().toStdString();
    EXPECT_EQ(m_orders.load(m_order).status, OrderStatus::Planned);

    // Who accepted is needed: refused without it, and the cursor goes there.
    auto* contact = view.findChild<QLineEdit*>(QStringLiteral("acceptanceContact"));
    press(Qt::Key_E);
    EXPECT_TRUE(waitUntil([&] { return QApplication::focusWidget() == contact; }));
    EXPECT_TRUE(state->property("missing").toBool());
    typeText(contact, QStringLiteral("陈经理"));
    press(Qt::Key_V);
    auto* channel = view.findChild<QComboBox*>(QStringLiteral("acceptanceChannel"));
    ASSERT_EQ(QApplication::focusWidget(), channel);
    QTest::keyClick(channel, Qt::Key_Down); // Email
    EXPECT_EQ(channel->currentData().toString(), QStringLiteral("email"));
    QTest::keyClick(channel, Qt::Key_Tab);
    auto* note = view.findChild<QLineEdit*>(QStringLiteral("acceptanceNote"));
    ASSERT_EQ(QApplication::focusWidget(), note);
    typeText(note, QStringLiteral("客户邮件同意"));
    QTest::keyClick(note, Qt::Key_Return);
    EXPECT_FALSE(state->property("missing").toBool());
    EXPECT_TRUE(state->text().contains(QStringLiteral("陈经理"))) << state->text().toStdString();

    // Now production starts and the step is finished with a note, by keyboard.
    steps->setFocus();
    QTest::keyClick(steps, Qt::Key_Home, Qt::ControlModifier);
    press(Qt::Key_A);
    EXPECT_TRUE(waitUntil([&] { return m_orders.load(m_order).status == OrderStatus::InProduction; }));
    press(Qt::Key_T);
    auto* progressNote = view.findChild<QLineEdit*>(QStringLiteral("progressNote"));
    ASSERT_EQ(QApplication::focusWidget(), progressNote);
    typeText(progressNote, QStringLiteral("下料完成"));
    press(Qt::Key_I);
    EXPECT_TRUE(waitUntil([&] { return view.proposal().plan.steps[0].status == PlanStepStatus::Finished; }));
}

TEST_F(PlanningViewTest, ACommittedPlanChangesOwnerAndMovesAStepLaterWithTheMouse)
{
    m_orders.moveTo(m_order, OrderStatus::Planned); // 机加工 on June 2, promised June 3
    PlanningView view(m_db.session());
    view.resize(1200, 800);
    view.show();
    ASSERT_TRUE(view.openOrder(m_order));
    ASSERT_TRUE(view.proposal().committed);
    auto* steps = view.findChild<QTableWidget*>(QStringLiteral("planSteps"));
    clickRow(steps, 1);
    auto* moveLater = view.findChild<QPushButton*>(QStringLiteral("moveLaterButton"));
    ASSERT_TRUE(moveLater->isEnabled());
    auto* notBefore = view.findChild<QWidget*>(QStringLiteral("notBeforeDate"))->findChild<QLineEdit*>();
    notBefore->selectAll();
    typeText(notBefore, QStringLiteral("2026-06-08"));
    // Later than promised: refused until the promise may move along.
    QTest::mouseClick(moveLater, Qt::LeftButton);
    EXPECT_EQ(view.proposal().plan.steps[1].plannedStart, QDate(2026, 6, 2));
    auto* banner = view.findChild<MessageBanner*>();
    EXPECT_TRUE(banner->text().contains(QStringLiteral("after the promised")))
        << banner->text().toStdString();
    auto* movePromise = view.findChild<QCheckBox*>(QStringLiteral("movePromiseCheck"));
    QTest::mouseClick(movePromise, Qt::LeftButton, {}, QPoint(6, movePromise->height() / 2));
    ASSERT_TRUE(movePromise->isChecked());
    notBefore->selectAll();
    typeText(notBefore, QStringLiteral("2026-06-08"));
    QTest::mouseClick(moveLater, Qt::LeftButton);
    EXPECT_EQ(view.proposal().plan.steps[1].plannedStart, QDate(2026, 6, 8));
    EXPECT_EQ(m_orders.load(m_order).promisedDate, QDate(2026, 6, 9));
    EXPECT_EQ(steps->item(1, 6)->text(), QStringLiteral("Jun 8, 2026"));

    auto* owner = view.findChild<QComboBox*>(QStringLiteral("ownerCombo"));
    ASSERT_TRUE(owner->isEnabled());
    const int wang = owner->findText(QStringLiteral("王芳"));
    ASSERT_GE(wang, 0);
    owner->setCurrentIndex(wang);
    Q_EMIT owner->activated(wang);
    auto plan = *OrderPlanRepository(m_db.db()).committedForOrder(m_order);
    EXPECT_EQ(plan->steps[1].ownerUserId, m_db.salespersonId);
    EXPECT_EQ(plan->steps[1].plannedStart, QDate(2026, 6, 8));
    EXPECT_EQ(steps->item(1, 5)->text(), QStringLiteral("王芳"));
}

TEST_F(PlanningViewTest, CapacityShowsAnOverloadedDayInRedAndItsSteps)
{
    m_orders.moveTo(m_order, OrderStatus::Planned); // committed: 2 h on June 1, 8 h on June 2
    // The machine is then down on June 2.
    CalendarDay off;
    off.date = QDate(2026, 6, 2);
    off.kind = CalendarDayKind::Holiday;
    ASSERT_TRUE(CalendarRepository(m_db.db()).save(off, m_centreId).has_value());

    CapacityView view(m_db.session());
    view.show();
    view.setRange(QDate(2026, 6, 1), 2);
    QTableWidget* grid = view.grid();
    ASSERT_EQ(grid->rowCount(), 1);
    ASSERT_EQ(grid->columnCount(), 14);
    EXPECT_EQ(grid->item(0, 0)->text(), QStringLiteral("2 / 8"));
    EXPECT_FALSE(grid->item(0, 0)->data(Qt::UserRole).toBool());
    EXPECT_EQ(grid->item(0, 1)->text(), QStringLiteral("8 / 0"));
    EXPECT_TRUE(grid->item(0, 1)->data(Qt::UserRole).toBool());
    EXPECT_TRUE(view.statusText().contains(QStringLiteral("1 overloaded day")))
        << view.statusText().toStdString();
    const QRect cell = grid->visualItemRect(grid->item(0, 1));
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, cell.center());
    ASSERT_EQ(view.steps()->rowCount(), 1);
    EXPECT_TRUE(view.steps()->item(0, 3)->text().contains(QStringLiteral("机加工")));
    view.setByWeek(true);
    EXPECT_EQ(grid->columnCount(), 2);
    EXPECT_EQ(grid->item(0, 0)->text(), QStringLiteral("10 / 32"));
}

TEST_F(PlanningViewTest, IntakeShowsTheEarliestPossibleDelivery)
{
    m_db.actAs(m_db.salespersonId);
    const qint64 draft = m_orders.addDraft(m_orders.customerShanghai, 1);
    IntakeView intake(m_db.session());
    intake.show();
    ASSERT_TRUE(intake.openOrder(draft));
    auto* label = intake.findChild<QLabel*>(QStringLiteral("earliestDelivery"));
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(waitUntil([&] { return label->text().contains(QStringLiteral("Jun 3, 2026")); }))
        << label->text().toStdString();
    EXPECT_FALSE(label->property("late").toBool());
}

TEST_F(PlanningViewTest, ReplanningAllNamesTheOrdersAMachineDownMakesLate)
{
    m_orders.moveTo(m_order, OrderStatus::Planned); // promised June 3
    PlanningView view(m_db.session());
    view.show();
    ASSERT_TRUE(view.replanAll());
    auto* banner = view.findChild<MessageBanner*>();
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->text().contains(QStringLiteral("every promised date")));
    // JG is down the first week of June.
    for (int d = 1; d <= 5; ++d) {
        CalendarDay off;
        off.date = QDate(2026, 6, d);
        off.kind = CalendarDayKind::Holiday;
        ASSERT_TRUE(CalendarRepository(m_db.db()).save(off, m_centreId).has_value());
    }
    QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("replanButton")), Qt::LeftButton);
    const QString text = banner->text();
    EXPECT_TRUE(text.contains(m_orders.load(m_order).orderNo)) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("now Jun 10, 2026: 7 day"))) << text.toStdString();
}

} // namespace od::test
