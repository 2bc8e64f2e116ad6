#include "PlanningService.h"

#include "AuditEntry.h"
#include "CalendarRepository.h"
#include "FixedPoint.h"
#include "OpenWork.h"
#include "OrderChange.h"
#include "OrderEventText.h"
#include "OrderPlanRepository.h"
#include "OrderQueryService.h"
#include "Permissions.h"
#include "PlanningContext.h"
#include "PlanningSettingsRepository.h"
#include "StepAlternativeRepository.h"
#include "UserRepository.h"
#include "WorkCentreLoadRepository.h"
#include "WorkCentreRepository.h"

#include <QHash>

#include <algorithm>

namespace od {

namespace {

// Owners chosen by the planner, by line and routing step.
void applyOwners(OrderPlan& plan, const QList<StepChoice>& choices)
{
    for (const StepChoice& choice : choices) {
        for (OrderPlanStep& step : plan.steps)
            if (step.lineNo == choice.lineNo && step.stepNo == choice.stepNo && choice.ownerUserId > 0)
                step.ownerUserId = choice.ownerUserId;
    }
}

Result<QHash<qint64, QString>> ownerNames(Database& db, const OrderPlan& plan)
{
    QHash<qint64, QString> names;
    UserRepository users(db);
    for (const OrderPlanStep& step : plan.steps) {
        if (step.ownerUserId <= 0 || names.contains(step.ownerUserId))
            continue;
        auto user = users.byId(step.ownerUserId);
        if (!user)
            return std::unexpected(user.error());
        names.insert(step.ownerUserId, *user ? (*user)->displayName : QString());
    }
    return names;
}

PlanProposal proposalOf(const Order& order, const OrderPlan& plan)
{
    PlanProposal p;
    p.orderId = order.id;
    p.orderNo = order.orderNo;
    p.customerName = order.customerName;
    p.revision = order.revision;
    p.version = order.version;
    p.orderDate = order.orderDate;
    p.requestedDate = order.requestedDate;
    p.plan = plan;
    return p;
}

} // namespace

Result<QList<OrderListRow>> PlanningService::waitingList(int limit)
{
    if (auto ok = Permissions::require(m_session, Permission::PlanOrders); !ok)
        return std::unexpected(ok.error());
    OrderListQuery query;
    query.status = OrderStatus::Confirmed;
    query.sortColumn = OrderListQuery::Column::OrderDate;
    query.descending = false;
    return OrderQueryService(m_session).page(query, 0, qBound(1, limit, 100'000));
}

Result<PlanProposal> PlanningService::propose(qint64 orderId, const QList<StepChoice>& choices)
{
    if (auto ok = Permissions::require(m_session, Permission::PlanOrders); !ok)
        return std::unexpected(ok.error());
    auto order = OrderQueryService(m_session).order(orderId);
    if (!order)
        return std::unexpected(order.error());
    if (order->status != OrderStatus::Confirmed) {
        auto committed = OrderPlanRepository(m_session.db()).forRevision(orderId, order->revision);
        if (!committed)
            return std::unexpected(committed.error());
        if (*committed && (*committed)->committed) {
            PlanProposal p = proposalOf(*order, **committed);
            p.committed = true;
            p.promisedDate = (*committed)->promisedDate;
            auto names = ownerNames(m_session.db(), p.plan);
            if (!names)
                return std::unexpected(names.error());
            p.ownerNames = *names;
            return p;
        }
        return std::unexpected(
            Error::conflict(tr("Only a confirmed order can be planned; %1 is \"%2\".")
                                .arg(order->orderNo, OrderStatusInfo::displayName(order->status))));
    }
    auto context = PlanningContext::load(m_session);
    if (!context)
        return std::unexpected(context.error());
    auto demand = (*context)->demandFor(*order, choices);
    if (!demand)
        return std::unexpected(demand.error());
    auto schedule = (*context)->scheduler().propose((*context)->committed(), *demand);
    if (!schedule)
        return std::unexpected(schedule.error().toError());
    OrderPlan plan = OrderPlan::fromSchedule(*schedule, *demand, order->revision, (*context)->grid());
    applyOwners(plan, choices);
    PlanProposal p = proposalOf(*order, plan);
    auto names = ownerNames(m_session.db(), p.plan);
    if (!names)
        return std::unexpected(names.error());
    p.ownerNames = *names;
    return p;
}

Result<PlanProposal> PlanningService::commit(qint64 orderId, const PlanCommitRequest& request)
{
    if (auto ok = Permissions::require(m_session, Permission::CommitPlans); !ok)
        return std::unexpected(ok.error());
    // The commit plans again inside its transaction, on the load as it is now: a plan
    // committed by someone else a moment ago is counted, never overbooked.
    auto opened = OrderChange::open(m_session, orderId, request.expectedVersion);
    if (!opened)
        return std::unexpected(opened.error());
    OrderChange& change = **opened;
    const Order before = change.before();
    if (before.status != OrderStatus::Confirmed)
        return std::unexpected(
            Error::conflict(tr("Only a confirmed order can be planned; %1 is \"%2\".")
                                .arg(before.orderNo, OrderStatusInfo::displayName(before.status))));
    for (const StepChoice& choice : request.choices) {
        if (choice.notBefore.isValid() && choice.notBefore < m_session.today())
            return std::unexpected(Error::invalid(tr("A step cannot be moved to a day in the past (%1).")
                                                      .arg(choice.notBefore.toString(Qt::ISODate)),
                                                  QStringLiteral("not_before")));
    }
    auto context = PlanningContext::load(m_session);
    if (!context)
        return std::unexpected(context.error());
    auto demand = (*context)->demandFor(before, request.choices);
    if (!demand)
        return std::unexpected(demand.error());
    auto schedule = (*context)->scheduler().propose((*context)->committed(), *demand);
    if (!schedule)
        return std::unexpected(schedule.error().toError());

    const QDate earliest = schedule->completion;
    const QDate promised = request.promisedDate.isValid() ? request.promisedDate : earliest;
    const QString reason = request.overrideReason.trimmed();
    if (promised < m_session.today())
        return std::unexpected(
            Error::invalid(tr("The promised date cannot be in the past."), QStringLiteral("promised_date")));
    if (promised < earliest) {
        if (!Permissions::allows(m_session, Permission::OverridePlanDate))
            return std::unexpected(
                Error{Error::Kind::Forbidden,
                      tr("The capacity allows delivery on %1 at the earliest; only a manager may promise %2, "
                         "with a "
                         "reason.")
                          .arg(earliest.toString(Qt::ISODate), promised.toString(Qt::ISODate)),
                      QStringLiteral("promised_date")});
        if (reason.isEmpty())
            return std::unexpected(Error::invalid(
                tr("%1 is earlier than the capacity allows (%2): say why it is promised anyway.")
                    .arg(promised.toString(Qt::ISODate), earliest.toString(Qt::ISODate)),
                QStringLiteral("override_reason")));
    }

    OrderPlan plan = OrderPlan::fromSchedule(*schedule, *demand, before.revision, (*context)->grid());
    applyOwners(plan, request.choices);
    plan.promisedDate = promised;
    plan.overrideReason = promised < earliest ? reason : QString();
    plan.committed = true;
    plan.committedBy = m_session.user().id;
    plan.committedAt = QDateTime::currentDateTimeUtc();

    OrderPlanRepository plans(m_session.db());
    // A plan left from before (released with an earlier cancellation of the commit) gives way.
    auto existing = plans.forRevision(orderId, before.revision);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing) {
        if (auto ok = plans.remove((*existing)->id); !ok)
            return std::unexpected(ok.error());
    }
    auto planId = plans.insert(plan);
    if (!planId)
        return std::unexpected(planId.error());
    plan.id = *planId;

    change.order().promisedDate = promised;
    if (auto ok = change.savePromisedDate(); !ok)
        return std::unexpected(ok.error());
    if (auto ok = change.moveTo(OrderStatus::Planned); !ok)
        return std::unexpected(ok.error());
    OrderEvent event;
    OrderEventText::planned(event, promised, earliest, plan.overrideReason);
    QList<FieldChange> changes{
        {QStringLiteral("status"), OrderStatusInfo::key(before.status),
         OrderStatusInfo::key(OrderStatus::Planned)},
        {QStringLiteral("promised_date"), before.promisedDate.toString(Qt::ISODate),
         promised.toString(Qt::ISODate)},
        {QStringLiteral("earliest_completion"), QString(), earliest.toString(Qt::ISODate)}};
    if (!plan.overrideReason.isEmpty())
        changes << FieldChange{QStringLiteral("override_reason"), QString(), plan.overrideReason};
    if (auto ok = change.record(event, QStringLiteral("order.plan"), changes); !ok)
        return std::unexpected(ok.error());
    if (auto ok = change.commit(); !ok)
        return std::unexpected(ok.error());

    PlanProposal p = proposalOf(change.order(), plan);
    p.committed = true;
    p.promisedDate = promised;
    auto names = ownerNames(m_session.db(), p.plan);
    if (names)
        p.ownerNames = *names;
    return p;
}

Result<PlanProposal> PlanningService::changeCommitted(qint64 orderId, const PlanStepChange& request)
{
    if (auto ok = Permissions::require(m_session, Permission::CommitPlans); !ok)
        return std::unexpected(ok.error());
    if (request.ownerUserId <= 0 && !request.notBefore.isValid() && request.workCentre.isEmpty())
        return std::unexpected(Error::invalid(tr("Choose another owner or a later start for the step.")));
    auto opened = OrderChange::open(m_session, orderId, request.expectedVersion);
    if (!opened)
        return std::unexpected(opened.error());
    auto changed = changeCommittedIn(m_session, **opened, request);
    if (!changed)
        return changed;
    if (auto ok = (*opened)->commit(); !ok)
        return std::unexpected(ok.error());
    return changed;
}

Result<PlanProposal> PlanningService::changeCommittedIn(Session& m_session, OrderChange& change,
                                                        const PlanStepChange& request)
{
    const Order before = change.before();
    if (before.status != OrderStatus::Planned && before.status != OrderStatus::InProduction)
        return std::unexpected(Error::conflict(
            tr("Only the plan of a planned order or one in production can be changed; %1 is \"%2\".")
                .arg(before.orderNo, OrderStatusInfo::displayName(before.status))));
    OrderPlanRepository plans(m_session.db());
    auto stored = plans.forRevision(before.id, before.revision);
    if (!stored)
        return std::unexpected(stored.error());
    if (!*stored || !(*stored)->committed)
        return std::unexpected(
            Error::conflict(tr("%1 has no committed plan to change.").arg(before.orderNo)));
    OrderPlan plan = **stored;
    if (request.stepNo < 1 || request.stepNo > plan.steps.size())
        return std::unexpected(Error::notFound(tr("The plan of %1 has steps 1 to %2; there is no step %3.")
                                                   .arg(before.orderNo)
                                                   .arg(plan.steps.size())
                                                   .arg(request.stepNo)));
    const int index = request.stepNo - 1;
    OrderPlanStep& step = plan.steps[index];
    QList<FieldChange> changes;
    QString ownerName;
    if (request.ownerUserId > 0 && request.ownerUserId != step.ownerUserId) {
        auto user = UserRepository(m_session.db()).byId(request.ownerUserId);
        if (!user)
            return std::unexpected(user.error());
        if (!*user || !(*user)->active)
            return std::unexpected(
                Error::invalid(tr("The chosen owner is not an active user."), QStringLiteral("owner")));
        auto names = ownerNames(m_session.db(), plan);
        changes << FieldChange{QStringLiteral("step_%1.owner").arg(request.stepNo),
                               names ? names->value(step.ownerUserId) : QString(), (*user)->displayName};
        ownerName = (*user)->displayName;
        step.ownerUserId = request.ownerUserId;
        if (auto ok = plans.updateStep(step); !ok)
            return std::unexpected(ok.error());
    }

    QDate earliest = plan.earliestCompletion;
    const bool toCentre = !request.workCentre.isEmpty() && request.workCentre != step.workCentre;
    const QString fromCentre = step.workCentre;
    if (request.notBefore.isValid() || toCentre) {
        const QDate today = m_session.today();
        if (toCentre && step.kind != StepKind::Work)
            return std::unexpected(
                Error::invalid(tr("Only a step on a work centre can move to another centre."),
                               QStringLiteral("work_centre")));
        if (step.kind == StepKind::Shipping)
            return std::unexpected(Error::invalid(
                tr("Shipping follows the last step; move that step instead."), QStringLiteral("not_before")));
        if (step.status != PlanStepStatus::Pending)
            return std::unexpected(
                Error::conflict(tr("Step %1 (%2) has started; only a step not started yet can be moved.")
                                    .arg(request.stepNo)
                                    .arg(step.name)));
        StepAlternative target;
        if (toCentre) {
            auto alternatives = StepAlternativeRepository(m_session.db()).forOrder(before.id);
            if (!alternatives)
                return std::unexpected(alternatives.error());
            const auto found = std::find_if(alternatives->cbegin(), alternatives->cend(), [&](const auto& a) {
                return a.lineNo == step.lineNo && a.stepNo == step.stepNo &&
                       a.workCentre == request.workCentre;
            });
            if (found == alternatives->cend())
                return std::unexpected(Error::invalid(
                    tr("%1 is not an alternative work centre of step %2 (%3); add it to the routing first.")
                        .arg(request.workCentre)
                        .arg(request.stepNo)
                        .arg(step.name),
                    QStringLiteral("work_centre")));
            target = *found;
        }
        if (request.notBefore.isValid() && request.notBefore < today)
            return std::unexpected(Error::invalid(tr("A step cannot be moved to a day in the past (%1).")
                                                      .arg(request.notBefore.toString(Qt::ISODate)),
                                                  QStringLiteral("not_before")));
        if (request.notBefore.isValid() && request.notBefore <= step.plannedStart)
            return std::unexpected(Error::invalid(
                tr("Step %1 is planned to start on %2; to move it later choose a day after that.")
                    .arg(request.stepNo)
                    .arg(step.plannedStart.toString(Qt::ISODate)),
                QStringLiteral("not_before")));
        // The step, the steps after it on its line and shipping are scheduled again on the load
        // without their own hours; the other lines stay as they are.
        QList<int> moved;
        for (int i = index; i < plan.steps.size(); ++i)
            if (plan.steps[i].lineNo == step.lineNo || plan.steps[i].kind == StepKind::Shipping)
                moved << i;
        auto context = PlanningContext::load(m_session);
        if (!context)
            return std::unexpected(context.error());
        const CapacityGrid& grid = (*context)->grid();
        CapacityLoad load = (*context)->committed();
        for (int i : std::as_const(moved)) {
            const OrderPlanStep& s = plan.steps[i];
            const int centre = grid.indexOfId(s.workCentreId);
            if (centre < 0)
                continue;
            for (const DayHours& d : s.days)
                load.add(centre, d.date, Hours::fromRaw(-d.hours.raw()));
        }
        // A step moved to another centre only: it starts when the steps before it on its line
        // leave it free, as planned (and not before its own later start, if it has one).
        QDate stepFree = step.notBefore > today ? step.notBefore : QDate();
        for (int i = 0; i < index; ++i) {
            const OrderPlanStep& s = plan.steps[i];
            if (s.lineNo != step.lineNo)
                continue;
            const QDate finish = s.status == PlanStepStatus::Finished && s.actualFinish.isValid()
                                     ? s.actualFinish
                                     : s.plannedFinish;
            const QDate free = finish.addDays(1 + s.waitDays);
            if (free > today && free > stepFree)
                stepFree = free;
        }
        OrderDemand demand;
        demand.orderId = before.id;
        demand.orderNo = before.orderNo;
        demand.orderDate = before.orderDate;
        demand.requestedDate = before.requestedDate;
        demand.promisedDate = plan.promisedDate;
        LineDemand line;
        line.lineNo = step.lineNo;
        line.quantity = step.quantity;
        for (int i : std::as_const(moved)) {
            const OrderPlanStep& s = plan.steps[i];
            if (s.kind == StepKind::Shipping)
                continue;
            StepDemand d;
            d.stepNo = s.stepNo;
            d.name = s.name;
            d.kind = s.kind;
            d.workCentre = i == index && toCentre ? target.workCentre : s.workCentre;
            d.hours = s.hours;
            d.waitDaysAfter = s.waitDays;
            if (s.kind != StepKind::Work)
                d.calendarDays = int(qMax<qint64>(1, s.plannedStart.daysTo(s.plannedFinish) + 1));
            d.notBefore = i == index && request.notBefore.isValid() ? request.notBefore
                          : i == index                              ? stepFree
                                       : (s.notBefore > today ? s.notBefore : QDate());
            line.steps << d;
        }
        demand.lines << line;
        // Every other line holds shipping back until the day after its last step (and its wait):
        // a lead time from today to then stands for it.
        QHash<int, QDate> lineEnds;
        for (const OrderPlanStep& s : std::as_const(plan.steps)) {
            if (s.lineNo == step.lineNo || s.kind == StepKind::Shipping)
                continue;
            const QDate finish = s.status == PlanStepStatus::Finished && s.actualFinish.isValid()
                                     ? s.actualFinish
                                     : s.plannedFinish;
            const QDate free = finish.addDays(1 + s.waitDays);
            if (free > lineEnds.value(s.lineNo))
                lineEnds.insert(s.lineNo, free);
        }
        for (auto it = lineEnds.cbegin(); it != lineEnds.cend(); ++it) {
            const qint64 days = today.daysTo(it.value());
            if (days <= 0)
                continue;
            LineDemand other;
            other.lineNo = it.key();
            StepDemand wait;
            wait.stepNo = 1;
            wait.kind = StepKind::LeadTime;
            wait.calendarDays = int(days);
            other.steps << wait;
            demand.lines << other;
        }
        std::sort(demand.lines.begin(), demand.lines.end(),
                  [](const LineDemand& a, const LineDemand& b) { return a.lineNo < b.lineNo; });
        auto schedule = (*context)->scheduler().propose(load, demand);
        if (!schedule)
            return std::unexpected(schedule.error().toError());
        QList<OrderPlanStep> was, now;
        for (int i : std::as_const(moved)) {
            OrderPlanStep& s = plan.steps[i];
            for (const ScheduledStep& done : std::as_const(schedule->steps)) {
                const bool same = s.kind == StepKind::Shipping
                                      ? done.kind == StepKind::Shipping
                                      : done.lineNo == s.lineNo && done.stepNo == s.stepNo;
                if (!same)
                    continue;
                was << s;
                s.plannedStart = done.start;
                s.plannedFinish = done.finish;
                s.days = done.days;
                if (i == index && request.notBefore.isValid())
                    s.notBefore = request.notBefore;
                if (i == index && toCentre) {
                    s.workCentreId = target.workCentreId;
                    s.workCentre = target.workCentre;
                }
                now << s;
                break;
            }
        }
        earliest = schedule->completion;
        if (plan.promisedDate.isValid() && earliest > plan.promisedDate) {
            if (!request.movePromise && toCentre && !request.notBefore.isValid())
                return std::unexpected(Error::conflict(
                    tr("Moving step %1 to %2 makes the earliest delivery %3, after the promised %4.")
                        .arg(request.stepNo)
                        .arg(request.workCentre, earliest.toString(Qt::ISODate),
                             plan.promisedDate.toString(Qt::ISODate)),
                    QStringLiteral("work_centre")));
            if (!request.movePromise)
                return std::unexpected(Error::conflict(tr("Moving step %1 to %2 makes the earliest delivery "
                                                          "%3, after the promised %4: move the promise "
                                                          "too, or choose an earlier day.")
                                                           .arg(request.stepNo)
                                                           .arg(request.notBefore.toString(Qt::ISODate),
                                                                earliest.toString(Qt::ISODate),
                                                                plan.promisedDate.toString(Qt::ISODate)),
                                                       QStringLiteral("not_before")));
            changes << FieldChange{QStringLiteral("promised_date"), plan.promisedDate.toString(Qt::ISODate),
                                   earliest.toString(Qt::ISODate)};
            plan.promisedDate = earliest;
            change.order().promisedDate = earliest;
            if (auto ok = change.savePromisedDate(); !ok)
                return std::unexpected(ok.error());
        }
        if (request.notBefore.isValid())
            changes << FieldChange{QStringLiteral("step_%1.not_before").arg(request.stepNo), QString(),
                                   request.notBefore.toString(Qt::ISODate)};
        if (toCentre)
            changes << FieldChange{QStringLiteral("step_%1.work_centre").arg(request.stepNo), fromCentre,
                                   request.workCentre};
        changes << FieldChange{QStringLiteral("earliest_completion"),
                               plan.earliestCompletion.toString(Qt::ISODate), earliest.toString(Qt::ISODate)};
        plan.earliestCompletion = earliest;
        if (auto ok = plans.reschedule(plan, was, now); !ok)
            return std::unexpected(ok.error());
    }
    if (changes.isEmpty())
        return std::unexpected(Error::invalid(tr("Step %1 already has that owner.").arg(request.stepNo),
                                              QStringLiteral("owner")));
    if (!request.reason.trimmed().isEmpty())
        changes << FieldChange{QStringLiteral("reason"), QString(), request.reason.trimmed()};

    OrderEvent event;
    OrderEventText::planChanged(event, request.stepNo, step.name, ownerName, request.notBefore, earliest);
    if (auto ok = change.record(event, QStringLiteral("order.plan_change"), changes); !ok)
        return std::unexpected(ok.error());

    PlanProposal p = proposalOf(change.order(), plan);
    p.committed = true;
    p.promisedDate = plan.promisedDate;
    if (auto names = ownerNames(m_session.db(), p.plan))
        p.ownerNames = *names;
    return p;
}

Result<QDate> PlanningService::earliestDelivery(const QList<PromiseLine>& lines, const QDate& requestedDate)
{
    if (!Permissions::allows(m_session, Permission::EditOwnOrders) &&
        !Permissions::allows(m_session, Permission::PlanOrders))
        return std::unexpected(Permissions::require(m_session, Permission::PlanOrders).error());
    if (lines.isEmpty())
        return std::unexpected(Error::invalid(tr("Add a line to see the earliest possible delivery.")));
    auto context = PlanningContext::load(m_session);
    if (!context)
        return std::unexpected(context.error());
    auto demand = (*context)->demandFor(lines, requestedDate);
    if (!demand)
        return std::unexpected(demand.error());
    auto schedule = (*context)->scheduler().propose((*context)->committed(), *demand);
    if (!schedule)
        return std::unexpected(schedule.error().toError());
    return schedule->completion;
}

Result<ReplanReport> PlanningService::replanAll(const Progress& progress)
{
    if (auto ok = Permissions::require(m_session, Permission::PlanOrders); !ok)
        return std::unexpected(ok.error());
    auto context = PlanningContext::load(m_session, false);
    if (!context)
        return std::unexpected(context.error());
    auto orders = OpenWork::demands(m_session);
    if (!orders)
        return std::unexpected(orders.error());

    ReplanReport report;
    CapacityLoad load = (*context)->emptyLoad();
    const qint64 total = orders->size();
    qint64 done = 0;
    if (progress && !progress(0, total)) {
        report.cancelled = true;
        return report;
    }
    const bool finished = (*context)->scheduler().replan(
        load, *orders, [&](const OrderDemand& order, const Scheduler::Outcome& outcome) {
            ++done;
            ++report.ordersPlanned;
            if (!outcome) {
                LateOrder late;
                late.orderId = order.orderId;
                late.orderNo = order.orderNo;
                late.promisedDate = order.promisedDate;
                late.problem = outcome.error().message;
                late.daysLate = Scheduler::HorizonDays;
                report.late << late;
            } else if (order.promisedDate.isValid() && outcome->completion > order.promisedDate) {
                LateOrder late;
                late.orderId = order.orderId;
                late.orderNo = order.orderNo;
                late.promisedDate = order.promisedDate;
                late.forecast = outcome->completion;
                late.daysLate = int(order.promisedDate.daysTo(outcome->completion));
                report.late << late;
            }
            return !progress || (done % 64 != 0 && done != total) || progress(done, total);
        });
    report.cancelled = !finished;
    std::stable_sort(report.late.begin(), report.late.end(), [](const LateOrder& a, const LateOrder& b) {
        if (a.daysLate != b.daysLate)
            return a.daysLate > b.daysLate;
        return a.orderNo < b.orderNo;
    });
    return report;
}

Result<QList<CentreDayLoad>> PlanningService::load(const QDate& from, const QDate& to,
                                                   const QString& workCentre)
{
    if (auto ok = Permissions::require(m_session, Permission::PlanOrders); !ok)
        return std::unexpected(ok.error());
    if (!from.isValid() || !to.isValid() || to < from)
        return std::unexpected(
            Error::invalid(tr("The last day must be on or after the first."), QStringLiteral("to")));
    const qint64 days = from.daysTo(to) + 1;
    if (days > CapacityGrid::MaxDays)
        return std::unexpected(Error::invalid(
            tr("Show at most %1 days at a time.").arg(CapacityGrid::MaxDays), QStringLiteral("to")));
    Database& db = m_session.db();
    auto centres = WorkCentreRepository(db).all();
    if (!centres)
        return std::unexpected(centres.error());
    if (!workCentre.isEmpty()) {
        centres->removeIf([&](const WorkCentre& c) { return c.code != workCentre; });
        if (centres->isEmpty())
            return std::unexpected(
                Error::notFound(tr("There is no work centre with the code %1.").arg(workCentre)));
    }
    auto settings = PlanningSettingsRepository(db).settings();
    if (!settings)
        return std::unexpected(settings.error());
    auto calendar = CalendarRepository(db).calendar(settings->workingWeekdays);
    if (!calendar)
        return std::unexpected(calendar.error());
    const CapacityGrid grid(*calendar, *centres, from, int(days));
    auto loads = WorkCentreLoadRepository(db).between(from, to);
    if (!loads)
        return std::unexpected(loads.error());
    QList<CentreDayLoad> out;
    out.reserve(grid.centreCount() * grid.days());
    for (int c = 0; c < grid.centreCount(); ++c) {
        const WorkCentre& centre = grid.centre(c);
        for (int d = 0; d < grid.days(); ++d)
            out << CentreDayLoad{centre.code, centre.name, grid.date(d), grid.available(c, d), Hours()};
    }
    for (const WorkCentreDayLoad& l : std::as_const(*loads)) {
        const int c = grid.indexOfId(l.workCentreId);
        const qint64 d = grid.dayIndex(l.date);
        if (c < 0 || d < 0 || d >= grid.days())
            continue;
        out[qsizetype(c) * grid.days() + d].planned = l.hours;
    }
    return out;
}

Result<QList<StepDayLoad>> PlanningService::stepsOnDay(const QString& workCentre, const QDate& day)
{
    if (auto ok = Permissions::require(m_session, Permission::PlanOrders); !ok)
        return std::unexpected(ok.error());
    auto centre = WorkCentreRepository(m_session.db()).byCode(workCentre);
    if (!centre)
        return std::unexpected(centre.error());
    if (!*centre)
        return std::unexpected(
            Error::notFound(tr("There is no work centre with the code %1.").arg(workCentre)));
    return OrderPlanRepository(m_session.db()).stepsOnDay((*centre)->id, day);
}

Result<std::optional<OrderPlan>> PlanningService::committedPlan(qint64 orderId)
{
    auto order = OrderQueryService(m_session).order(orderId);
    if (!order)
        return std::unexpected(order.error());
    return OrderPlanRepository(m_session.db()).committedForOrder(orderId);
}

Result<QList<User>> PlanningService::owners()
{
    auto users = UserRepository(m_session.db()).all();
    if (!users)
        return users;
    users->removeIf([](const User& u) { return !u.active; });
    std::sort(users->begin(), users->end(),
              [](const User& a, const User& b) { return a.displayName < b.displayName; });
    return users;
}

} // namespace od
