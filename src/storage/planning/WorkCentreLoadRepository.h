#pragma once

#include "CapacityGrid.h"
#include "CapacityLoad.h"
#include "Database.h"
#include "Hours.h"

#include <QDate>
#include <QList>
#include <QSqlQuery>

#include <optional>

namespace od {

// Hours committed plans take on one work centre on one day.
struct WorkCentreDayLoad
{
    qint64 workCentreId = 0;
    QDate date;
    Hours hours;

    bool operator==(const WorkCentreDayLoad&) const = default;
};

// A day whose kept load differs from the sum over the committed plans.
struct WorkCentreLoadMismatch
{
    QString workCentre; // code
    QDate date;
    Hours kept;    // work_centre_load
    Hours planned; // the committed plans' steps
};

// The committed load per work centre and day (work_centre_load). OrderPlanRepository keeps it
// in step with the committed plans inside the same transaction; planning reads a year of it in
// one indexed range scan per centre.
class WorkCentreLoadRepository
{
public:
    explicit WorkCentreLoadRepository(Database& db) : m_db(db) {}

    // Non-zero loads of every centre between the dates (inclusive), by centre and date.
    Result<QList<WorkCentreDayLoad>> between(const QDate& from, const QDate& to);
    // Adds the committed load of the grid's window to `load` (centres matched by id).
    Status addTo(CapacityLoad& load, const CapacityGrid& grid);
    // Adds `hours` (negative to take them away) to a centre's day.
    Status add(qint64 workCentreId, const QDate& date, Hours hours);

    // The same numbers summed from the committed plans' steps, the slow way: for checking the
    // kept sums and for repairing them.
    Result<QList<WorkCentreDayLoad>> summedFromPlans(const QDate& from, const QDate& to);
    // Recomputes every kept sum from the committed plans.
    Status rebuild();
    // Days where the kept sum and the plans disagree, by centre and date, at most `limit`.
    Result<QList<WorkCentreLoadMismatch>> mismatches(int limit);

private:
    Result<QList<WorkCentreDayLoad>> read(QSqlQuery& q);
    Database& m_db;
    std::optional<QSqlQuery> m_add; // prepared at the first add(), reused for the rest
};

} // namespace od
