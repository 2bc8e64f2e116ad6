#pragma once

#include "Order.h"
#include "OrderStatus.h"
#include "TestDatabase.h"

#include <QList>

#include <functional>

namespace od {
class OrderListModel;
}

namespace od::test {

// Orders for the UI tests, entered through the same services the intake form uses.
class UiOrderFactory
{
public:
    explicit UiOrderFactory(TestDatabase& db);

    qint64 customerEast = 0;     // 华东机械有限公司
    qint64 customerShanghai = 0; // 上海阀门厂
    qint64 customerAcme = 0;     // Acme Pumps Ltd
    qint64 valve = 0;
    qint64 pump = 0;

    // A saved draft with `lines` lines (quantity grows with `seed`), dated `daysAgo` before today.
    qint64 addDraft(qint64 customerId, int seed, int daysAgo = 0, int lines = 1);
    // Moves a draft on: sent for confirmation, confirmed by the customer, planned…
    void submit(qint64 orderId);
    void confirm(qint64 orderId);
    void moveTo(qint64 orderId, OrderStatus status);
    Order load(qint64 orderId);

    // `count` orders over the three customers with a mix of statuses; returns their ids.
    QList<qint64> addMany(int count);

private:
    TestDatabase& m_db;
};

// Runs the event loop until `done` holds or `timeoutMs` passes; returns whether it held.
bool waitUntil(const std::function<bool()>& done, int timeoutMs = 3000);

// Waits until the Orders list has counted its rows and loaded the first `rows` of them.
bool waitForOrders(const OrderListModel& model, int rows = 1);

} // namespace od::test
