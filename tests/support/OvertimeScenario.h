#pragma once
// A work centre fully loaded before a promise (the allocation suggestions' tests). Every day is a
// working day (the company works all week, no calendar entries) so that the scenario holds from
// any today (d0; d1 the day after, …). 机加工 JG, 8 h a day, makes valves in two steps (下料 2 h
// setup, 机加工 1 h per unit); 装配 ZP assembles pumps (1 h per unit). Order A, 24 valves asked for
// d4, is planned 下料 d0, 机加工 d1–d3, shipped d4: promised d4. Order B, one pump asked for d29,
// is planned on ZP. Then JG is down on d1 (its own holiday): re-planned, A's 机加工 takes d2–d4
// and it ships on d5, a day late. JG is fully loaded on d2 and d3 before the promise; 4 h of
// overtime on both (12 h each) finish A's 机加工 on d3 and ship it on the promised d4 again.
#include "TestDatabase.h"

namespace od::test {

struct OvertimeScenario
{
    qint64 orderA = 0;
    qint64 orderB = 0;
    QString orderNoA;
    qint64 machiningId = 0;
    qint64 valveId = 0;
    qint64 latheId = 0; // 数控 SK, once addLathe() made it

    QDate today;

    // Builds it in `db` with the session's today set to `today`; the session must be a manager's
    // (it commits the plans) and is left so.
    static OvertimeScenario build(TestDatabase& db, QDate today = QDate(2026, 6, 1));
    // Adds 数控 SK (8 h a day, nothing planned on it) as an alternative centre of the valve's
    // 机加工 step: moving order A's 机加工 there (d1–d3) ships it on the promised d4 as well.
    void addLathe(TestDatabase& db);
    QString expectedMoveKey() const { return QStringLiteral("move:%1:1:20:SK").arg(orderNoA); }
    // The only suggestion the scenario has: overtime:JG:4:d3.
    QString expectedKey() const
    {
        return QStringLiteral("overtime:JG:4:") + today.addDays(3).toString(Qt::ISODate);
    }
};

} // namespace od::test
