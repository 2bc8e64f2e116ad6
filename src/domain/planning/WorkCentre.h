#pragma once

#include "BasisPoints.h"
#include "Error.h"
#include "Hours.h"

#include <QCoreApplication>
#include <QString>

namespace od {

// A place where work is done (工作中心): a group of identical machines or people that share one
// queue. Its capacity on a working day is
//     hours per shift × shifts × parallel units × efficiency,
// computed exactly in thousandths of an hour and rounded down, so the plan never counts on
// capacity the centre does not have (8 h × 2 shifts × 3 units × 85% = 40.8 h exactly;
// 7.5 h × 1 × 3 × 87.55% = 19.69875 h, counted as 19.698 h).
struct WorkCentre
{
    Q_DECLARE_TR_FUNCTIONS(WorkCentre)

public:
    static constexpr int MaxUnits = 10'000;
    static constexpr int MaxEfficiencyBasisPoints = 20'000; // 200%: a centre may beat its standard times

    qint64 id = 0; // 0 until saved
    QString code;
    QString name;
    QString department;
    Hours hoursPerShift = Hours::fromWhole(8);
    int shifts = 1;
    int units = 1; // machines or people working in parallel
    BasisPoints efficiency = BasisPoints::fromRaw(BasisPoints::Full);
    bool active = true;

    // The hours available on an ordinary working day (no overtime).
    Hours regularHours() const;
    // The hours available on a day: the regular hours when it is a working day for the centre,
    // plus `overtimePerUnit` (overtime is worked by every unit, at the centre's efficiency).
    // Zero on a non-working day without overtime.
    Hours availableHours(bool workingDay, Hours overtimePerUnit) const;

    // The rules a work centre typed or imported must follow; the error's field is the CSV column.
    // A centre without capacity (no hours, shifts or units) is refused here: it could never
    // finish a step.
    Status check() const;
};

} // namespace od
