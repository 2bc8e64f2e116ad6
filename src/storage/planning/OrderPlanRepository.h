#pragma once

#include "Database.h"
#include "OrderPlan.h"
#include "StepDayLoad.h"

#include <QDateTime>

#include <optional>

namespace od {

// One step of a committed plan of an order still open, with what re-planning needs of its order.
struct CommittedPlanStep
{
    qint64 orderId = 0;
    QString orderNo;
    QDate orderDate;
    QDate requestedDate;
    QDate promisedDate; // the plan's, else the order's
    OrderPlanStep step;
};

// Order plans with their steps and the hours each work step takes per day. Every write keeps
// work_centre_load equal to the sum over committed plans; call it inside the transaction that
// changes the plan (and records its audit entry), so both change together or not at all.
class OrderPlanRepository
{
public:
    explicit OrderPlanRepository(Database& db) : m_db(db) {}

    // Inserts the plan, its steps and their hours per day; a committed plan's hours are added
    // to the load. The ids in `plan` are ignored; the new plan's id is returned.
    Result<qint64> insert(const OrderPlan& plan);
    Result<std::optional<OrderPlan>> byId(qint64 planId);
    Result<std::optional<OrderPlan>> forRevision(qint64 orderId, int revision);
    // The order's committed plan (of its latest planned revision), if any.
    Result<std::optional<OrderPlan>> committedForOrder(qint64 orderId);
    // Marks a committed plan released and takes its hours out of the load; a released plan is
    // left as it is.
    Status release(qint64 planId, const QDateTime& at);
    // Deletes the plan (a new plan of the same revision replaces it), taking its hours out of
    // the load first when it was committed.
    Status remove(qint64 planId);
    // Saves what may change on a step after planning: owner, not-before date, actual dates,
    // quantity done and status. Planned dates and hours change only with a new plan.
    Status updateStep(const OrderPlanStep& step);
    // A committed plan scheduled again in part ("move a step later"): the plan's earliest
    // completion and promised date, and for each of `steps` its planned dates, not-before date
    // and hours per day, the load following (the old days out, the new ones in).
    Status reschedule(const OrderPlan& plan, const QList<OrderPlanStep>& before,
                      const QList<OrderPlanStep>& after);

    // The steps of the committed plans of orders that are planned or in production (or held from
    // either), by order and then in plan order: what re-planning all open orders starts from.
    Result<QList<CommittedPlanStep>> committedOpenSteps();
    // The committed steps that take hours of the centre on the day, by order number.
    Result<QList<StepDayLoad>> stepsOnDay(qint64 workCentreId, const QDate& day);

private:
    Result<std::optional<OrderPlan>> single(const QString& where, const QVariantList& values);
    Status takeLoadOut(qint64 planId);
    Database& m_db;
};

} // namespace od
