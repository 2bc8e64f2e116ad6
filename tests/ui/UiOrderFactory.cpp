#include "UiOrderFactory.h"

#include "ConfirmationService.h"
#include "OrderIntakeService.h"
#include "OrderStatusService.h"
#include "PlanningService.h"
#include "models/OrderListModel.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

#include <gtest/gtest.h>

namespace od::test {

UiOrderFactory::UiOrderFactory(TestDatabase& db) : m_db(db)
{
    customerEast = db.addCustomer(QStringLiteral("C001"), QStringLiteral("华东机械有限公司"));
    customerShanghai = db.addCustomer(QStringLiteral("C002"), QStringLiteral("上海阀门厂"));
    customerAcme = db.addCustomer(QStringLiteral("C003"), QStringLiteral("Acme Pumps Ltd"));
    valve = db.addProduct(QStringLiteral("V-100"), QStringLiteral("不锈钢球阀 DN50"), 1'250'000); // 125.00
    pump = db.addProduct(QStringLiteral("P-200"), QStringLiteral("离心泵 IS80"), 38'000'000);     // 3,800.00
}

qint64 UiOrderFactory::addDraft(qint64 customerId, int seed, int daysAgo, int lines)
{
    OrderIntakeService intake(m_db.session());
    Order order = intake.newDraft();
    order.customerId = customerId;
    order.orderDate = m_db.session().today().addDays(-daysAgo);
    order.requestedDate = order.orderDate.addDays(45);
    for (int i = 0; i < lines; ++i) {
        OrderLine line;
        line.productId = i % 2 == 0 ? valve : pump;
        line.quantity = Quantity::fromUnits(1 + (seed * 7 + i) % 97);
        line.unitPrice = i % 2 == 0 ? UnitPrice::fromRaw(1'250'000) : UnitPrice::fromRaw(38'000'000);
        line.description = QStringLiteral("规格 %1").arg(seed);
        order.lines << line;
    }
    auto outcome = intake.saveDraft(order, true);
    EXPECT_TRUE(outcome.has_value());
    if (!outcome)
        return 0;
    EXPECT_TRUE(outcome->saved) << outcome->report.summary().toStdString();
    return order.id;
}

void UiOrderFactory::submit(qint64 orderId)
{
    OrderIntakeService intake(m_db.session());
    auto order = intake.load(orderId);
    ASSERT_TRUE(order.has_value());
    auto outcome = intake.submitForConfirmation(*order, true);
    ASSERT_TRUE(outcome.has_value());
    ASSERT_TRUE(outcome->saved) << outcome->report.summary().toStdString();
}

void UiOrderFactory::confirm(qint64 orderId)
{
    const Order order = load(orderId);
    Confirmation confirmation;
    confirmation.contactName = QStringLiteral("刘经理");
    confirmation.channel = ConfirmationChannel::Phone;
    confirmation.confirmedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    auto ok = ConfirmationService(m_db.session()).record(orderId, order.revision, confirmation);
    ASSERT_TRUE(ok.has_value()) << ok.error().message.toStdString();
}

void UiOrderFactory::moveTo(qint64 orderId, OrderStatus status)
{
    // Production and shipping steps are the manager's.
    Session manager(m_db.db(),
                    User{m_db.managerId, QStringLiteral("li"), QStringLiteral("李强"), Role::Manager, true});
    manager.setToday(m_db.session().today());
    if (status == OrderStatus::Planned) {
        // An order becomes planned by committing its plan.
        auto planned = PlanningService(manager).commit(orderId, {});
        ASSERT_TRUE(planned.has_value()) << planned.error().message.toStdString();
        return;
    }
    auto ok = OrderStatusService(manager).transition(orderId, status);
    ASSERT_TRUE(ok.has_value()) << ok.error().message.toStdString();
}

Order UiOrderFactory::load(qint64 orderId)
{
    auto order = OrderIntakeService(m_db.session()).load(orderId);
    EXPECT_TRUE(order.has_value());
    return order.value_or(Order{});
}

QList<qint64> UiOrderFactory::addMany(int count)
{
    const qint64 customers[] = {customerEast, customerShanghai, customerAcme};
    QList<qint64> ids;
    // One transaction per order is how the intake form saves; a few hundred take a moment.
    for (int i = 0; i < count; ++i) {
        const qint64 id = addDraft(customers[i % 3], i, i % 90, 1 + i % 3);
        ids << id;
        if (i % 5 == 1)
            submit(id);
        if (i % 10 == 3) {
            submit(id);
            confirm(id);
        }
    }
    return ids;
}

bool waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return true;
}

bool waitForOrders(const OrderListModel& model, int rows)
{
    return waitUntil([&model, rows] {
        if (model.isLoading())
            return false;
        for (int row = 0; row < qMin(rows, model.rowCount()); ++row)
            if (!model.rowAt(row))
                return false;
        return true;
    });
}

} // namespace od::test
