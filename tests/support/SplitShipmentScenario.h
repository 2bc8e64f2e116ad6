#pragma once
// An order still in production, forecast late, with one line finished (the "ship the finished
// lines now" suggestion's and shipping's tests). Every day is a working day (d0 = today, d1 the day
// after, …). 装配 ZP assembles pumps (1 h per unit), 机加工 JG machines valves (1 h per unit), 8 h a
// day each. The order: line 1, 2 pumps (2,560.00); line 2, 40 valves (51,200.00); asked for d6 and
// planned ZP d0, JG d0–d4, shipped d5: promised d5. Then JG is down on d1, d2 and d3 (its own
// holidays) and ZP's step is finished: re-planned, the valves take until d7, the order ships on d8,
// three days late, while line 1 could leave today and reach the customer on d1.
#include "TestDatabase.h"

namespace od::test {

struct SplitShipmentScenario
{
    qint64 orderId = 0;
    QString orderNo;
    qint64 customerId = 0;
    QDate today;
    int pumpStep = 0;  // the plan's step number of line 1's only step (装配)
    int valveStep = 0; // the plan's step number of line 2's only step (机加工)

    // Builds it in `db` with the session's today set to `today`; the session must be a manager's
    // (it commits the plan and reports the progress) and is left so.
    static SplitShipmentScenario build(TestDatabase& db, QDate today = QDate(2026, 6, 1));
};

} // namespace od::test
