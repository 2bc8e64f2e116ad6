#pragma once

#include "OrderListQuery.h"
#include "OrderPlan.h"
#include "PlanProposal.h"
#include "PlanningReports.h"
#include "Session.h"
#include "StepDayLoad.h"
#include "User.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <functional>
#include <optional>

namespace od {

class OrderChange;

// Planning orders on the factory's real capacity (订单计划): the confirmed orders waiting for a
// plan, a proposal for one of them on top of the plans already committed, committing it (the
// order becomes planned with its promised date), the earliest possible delivery of lines not
// ordered yet, re-planning every open order, and the load per work centre and day.
class PlanningService
{
    Q_DECLARE_TR_FUNCTIONS(PlanningService)

public:
    // Called with orders done and in all; returning false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit PlanningService(Session& session) : m_session(session) {}

    // Confirmed orders without a plan, oldest order first (then by number).
    Result<QList<OrderListRow>> waitingList(int limit = 1000);

    // A plan for a confirmed order on the load committed now, saving nothing; the planner's
    // choices (owners, later starts) applied. For an order already planned: its committed plan.
    Result<PlanProposal> propose(qint64 orderId, const QList<StepChoice>& choices = {});

    // Plans the order again inside one transaction, on the load committed at that moment, and
    // commits it: the plan is stored for the order's revision, its hours join the work centres'
    // load, the order becomes planned with the promised date, with its timeline event and audit
    // record. A promised date earlier than the plan's earliest date is refused unless a manager
    // gives a reason.
    Result<PlanProposal> commit(qint64 orderId, const PlanCommitRequest& request);

    // Changes a committed plan of a planned or in-production order (owner of a step, a step not
    // started moved later) in one transaction with its timeline event and audit record.
    Result<PlanProposal> changeCommitted(qint64 orderId, const PlanStepChange& change);
    // The same change inside an order change already open (its transaction), not committed and
    // without a permission check: for the services that decide it (allocation suggestions).
    static Result<PlanProposal> changeCommittedIn(Session& session, OrderChange& change,
                                                  const PlanStepChange& request);

    // The earliest delivery date for these lines if they were ordered today (最早可交期), on
    // the load committed now; saves nothing.
    Result<QDate> earliestDelivery(const QList<PromiseLine>& lines, const QDate& requestedDate = {});

    // Plans every open order's remaining work again from today, in order of promised date then
    // order date, on an empty load, and lists those whose promised date is no longer reachable
    // and by how many days. Saves nothing. May run on a worker thread with its own session.
    Result<ReplanReport> replanAll(const Progress& progress = {});

    // Hours available and planned per work centre and calendar day, non-working days included
    // (with 0 available), by centre code and date. `workCentre` empty = every centre.
    Result<QList<CentreDayLoad>> load(const QDate& from, const QDate& to, const QString& workCentre = {});
    // The steps that make up a centre's load on a day.
    Result<QList<StepDayLoad>> stepsOnDay(const QString& workCentre, const QDate& day);

    // The order's committed plan, if it has one.
    Result<std::optional<OrderPlan>> committedPlan(qint64 orderId);
    // The people a step may be given to: active users, by display name.
    Result<QList<User>> owners();

private:
    Session& m_session;
};

} // namespace od
