#include "RiskRules.h"

#include <QMap>

#include <algorithm>

namespace od {

namespace {

// Far enough for any plan: a calendar without a single working day in ten years is not a calendar.
constexpr int kSearchDays = 3660;

OrderStatus effectiveStatus(const RiskFacts& facts)
{
    if (facts.status == OrderStatus::OnHold && facts.heldFrom)
        return *facts.heldFrom;
    return facts.status;
}

QDate later(const QDate& a, const QDate& b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::max(a, b);
}

RiskAction actionFor(const OrderPlanStep& step)
{
    if (step.kind == StepKind::Work && !step.workCentre.isEmpty())
        return RiskAction::AddOvertime;
    if (step.kind == StepKind::Shipping)
        return RiskAction::ShipNow;
    return RiskAction::ChaseStep;
}

RiskReason inTransit(const RiskFacts& facts, const QDate& today)
{
    RiskReason r;
    r.kind = RiskReasonKind::InTransitTooLong;
    r.action = RiskAction::TrackShipment;
    r.date = facts.inTransitSince;
    r.days = int(facts.inTransitSince.daysTo(today));
    return r;
}

RiskReason stepReason(RiskReasonKind kind, const OrderPlanStep& step)
{
    RiskReason r;
    r.kind = kind;
    r.action = actionFor(step);
    r.lineNo = step.lineNo;
    r.stepName = step.name;
    r.workCentre = step.kind == StepKind::Work ? step.workCentre : QString();
    return r;
}

} // namespace

bool RiskRules::applies(OrderStatus status, std::optional<OrderStatus> heldFrom)
{
    if (status == OrderStatus::OnHold) {
        if (!heldFrom || *heldFrom == OrderStatus::OnHold)
            return false;
        status = *heldFrom;
    }
    switch (status) {
    case OrderStatus::AwaitingConfirmation:
    case OrderStatus::Confirmed:
    case OrderStatus::Planned:
    case OrderStatus::InProduction:
    case OrderStatus::ReadyToShip:
    case OrderStatus::Shipped: // until the customer signs for it
        return true;
    default:
        return false;
    }
}

bool RiskRules::isWorkingDay(const OrderPlanStep& step, const QDate& date) const
{
    switch (step.kind) {
    case StepKind::Work:
        return m_calendar.isWorkingDay(step.workCentre, date);
    case StepKind::Shipping:
        return m_calendar.isCompanyWorkingDay(date);
    default:
        return true;
    }
}

QDate RiskRules::firstDay(const OrderPlanStep& step, const QDate& from) const
{
    QDate d = from;
    for (int i = 0; i < kSearchDays; ++i, d = d.addDays(1))
        if (isWorkingDay(step, d))
            return d;
    return from;
}

QDate RiskRules::lastOf(const OrderPlanStep& step, const QDate& from, int days) const
{
    QDate d = from;
    int counted = 0;
    for (int i = 0; i < kSearchDays; ++i, d = d.addDays(1)) {
        if (isWorkingDay(step, d) && ++counted >= days)
            return d;
    }
    return from.addDays(days - 1);
}

int RiskRules::plannedDays(const OrderPlanStep& step) const
{
    if (step.kind == StepKind::Work && !step.days.isEmpty())
        return int(step.days.size());
    if (!step.plannedStart.isValid() || !step.plannedFinish.isValid() ||
        step.plannedFinish < step.plannedStart)
        return 1;
    if (step.kind == StepKind::Purchase || step.kind == StepKind::LeadTime)
        return int(step.plannedStart.daysTo(step.plannedFinish)) + 1;
    int days = 0;
    for (QDate d = step.plannedStart; d <= step.plannedFinish; d = d.addDays(1))
        if (isWorkingDay(step, d))
            ++days;
    return std::max(days, 1);
}

QDate RiskRules::forecast(const QList<OrderPlanStep>& steps, const QDate& today, OrderPlanStep* cause) const
{
    QMap<int, QList<const OrderPlanStep*>> lines;
    const OrderPlanStep* shipping = nullptr;
    for (const OrderPlanStep& step : steps) {
        if (step.lineNo == 0)
            shipping = &step;
        else
            lines[step.lineNo].append(&step);
    }
    if (lines.isEmpty() && !shipping)
        return {};

    QDate allDone; // the last day any line occupies, its wait days included
    const OrderPlanStep* slipped = nullptr;
    for (auto it = lines.begin(); it != lines.end(); ++it) {
        QList<const OrderPlanStep*>& line = it.value();
        std::sort(line.begin(), line.end(),
                  [](const OrderPlanStep* a, const OrderPlanStep* b) { return a->stepNo < b->stepNo; });
        QDate ready; // the first day the next step may start
        const OrderPlanStep* firstSlip = nullptr;
        for (const OrderPlanStep* step : std::as_const(line)) {
            QDate finish;
            if (step->status == PlanStepStatus::Finished) {
                finish = step->actualFinish.isValid() ? step->actualFinish : step->plannedFinish;
            } else {
                int days = plannedDays(*step);
                QDate start;
                if (step->status == PlanStepStatus::Started) {
                    const qint64 ordered = step->quantity.raw();
                    if (ordered > 0) {
                        const qint64 left =
                            std::clamp<qint64>(ordered - step->quantityDone.raw(), 0, ordered);
                        days = int(std::max<qint64>(1, (qint64(days) * left + ordered - 1) / ordered));
                    }
                    start = today;
                } else {
                    start = later(step->plannedStart, today);
                }
                start = later(start, ready);
                finish = lastOf(*step, firstDay(*step, start), days);
                if (step->status == PlanStepStatus::Started)
                    finish = later(finish, step->plannedFinish);
                if (!firstSlip && step->plannedFinish.isValid() && finish > step->plannedFinish)
                    firstSlip = step;
            }
            ready = finish.addDays(1 + step->waitDays);
        }
        const QDate done = ready.addDays(-1);
        if (!allDone.isValid() || done > allDone || (done == allDone && !slipped && firstSlip)) {
            allDone = done;
            slipped = firstSlip;
        }
    }

    QDate completion = allDone;
    if (shipping) {
        if (shipping->status == PlanStepStatus::Finished) {
            completion = shipping->actualFinish.isValid() ? shipping->actualFinish : shipping->plannedFinish;
        } else {
            QDate start =
                later(later(shipping->plannedStart, today), allDone.isValid() ? allDone.addDays(1) : QDate());
            completion = lastOf(*shipping, firstDay(*shipping, start), plannedDays(*shipping));
            if (!slipped && shipping->plannedFinish.isValid() && completion > shipping->plannedFinish)
                slipped = shipping;
        }
    }
    if (cause)
        *cause = slipped ? *slipped : OrderPlanStep{};
    return completion;
}

RiskAssessment RiskRules::assess(const RiskFacts& facts, const QDate& today) const
{
    RiskAssessment out;
    out.orderId = facts.orderId;
    if (!applies(facts.status, facts.heldFrom))
        return out;
    const OrderStatus status = effectiveStatus(facts);
    const QDate promised = facts.dueDate();
    // Everything has left: only the transit can still make it late.
    if (status == OrderStatus::Shipped) {
        if (facts.inTransitSince.isValid() && facts.inTransitSince.daysTo(today) >= m_settings.transitDays) {
            out.reasons << inTransit(facts, today);
            out.level = promised.isValid() && promised < today ? RiskLevel::Late : RiskLevel::AtRisk;
        }
        return out;
    }

    if (promised.isValid() && promised < today) {
        RiskReason r;
        r.kind = RiskReasonKind::PastPromise;
        r.action = RiskAction::CallCustomer;
        r.date = promised;
        r.days = int(promised.daysTo(today));
        out.reasons << r;
    }

    if (!facts.steps.isEmpty()) {
        OrderPlanStep cause;
        out.forecastDate = forecast(facts.steps, today, &cause);
        if (promised.isValid() && out.forecastDate.isValid() && out.forecastDate > promised) {
            RiskReason r = stepReason(RiskReasonKind::ForecastAfterPromise, cause);
            if (cause.name.isEmpty())
                r.action = RiskAction::CallCustomer;
            r.date = out.forecastDate;
            r.days = int(promised.daysTo(out.forecastDate));
            // A line already finished can leave before the others.
            QMap<int, bool> lineFinished;
            for (const OrderPlanStep& step : facts.steps)
                if (step.lineNo > 0)
                    lineFinished[step.lineNo] =
                        lineFinished.value(step.lineNo, true) && step.status == PlanStepStatus::Finished;
            if (lineFinished.size() > 1 && lineFinished.values().contains(true) &&
                lineFinished.values().contains(false))
                r.action = RiskAction::SplitShipment;
            out.reasons << r;
        }
        QList<RiskReason> overdue;
        for (const OrderPlanStep& step : facts.steps) {
            if (step.lineNo == 0 || step.status == PlanStepStatus::Finished ||
                !step.plannedFinish.isValid() || step.plannedFinish >= today)
                continue;
            RiskReason r = stepReason(RiskReasonKind::StepOverdue, step);
            r.date = step.plannedFinish;
            r.days = int(step.plannedFinish.daysTo(today));
            overdue << r;
        }
        std::stable_sort(overdue.begin(), overdue.end(),
                         [](const RiskReason& a, const RiskReason& b) { return a.days > b.days; });
        out.reasons << overdue;
    }

    if (status == OrderStatus::ReadyToShip) {
        QDate shipBy;
        for (const OrderPlanStep& step : facts.steps)
            if (step.lineNo == 0 && step.status != PlanStepStatus::Finished)
                shipBy = step.plannedStart;
        if (!shipBy.isValid() && promised.isValid()) {
            // The first of the shipping working days that end on the promised date.
            shipBy = promised;
            for (int counted = 0, i = 0; i < kSearchDays && counted < m_shippingWorkingDays; ++i) {
                if (m_calendar.isCompanyWorkingDay(shipBy) && ++counted == m_shippingWorkingDays)
                    break;
                shipBy = shipBy.addDays(-1);
            }
        }
        if (shipBy.isValid() && shipBy < today) {
            RiskReason r;
            r.kind = RiskReasonKind::NotShippedByShipBy;
            r.action = RiskAction::ShipNow;
            r.date = shipBy;
            r.days = int(shipBy.daysTo(today));
            out.reasons << r;
        }
    }

    if (status == OrderStatus::AwaitingConfirmation && facts.sentOn.isValid() &&
        facts.sentOn.daysTo(today) >= m_settings.confirmationPendingDays) {
        RiskReason r;
        r.kind = RiskReasonKind::ConfirmationPending;
        r.action = RiskAction::ChaseConfirmation;
        r.date = facts.sentOn;
        r.days = int(facts.sentOn.daysTo(today));
        out.reasons << r;
    }

    if (facts.steps.isEmpty() && promised.isValid() && promised >= today &&
        status != OrderStatus::ReadyToShip && today.daysTo(promised) <= m_settings.atRiskMarginDays) {
        RiskReason r;
        r.kind = RiskReasonKind::DueSoonNotReady;
        r.action = RiskAction::CallCustomer;
        r.date = promised;
        r.days = int(today.daysTo(promised));
        out.reasons << r;
    }

    for (const RiskException& e : facts.openExceptions) {
        if (e.severity != ExceptionSeverity::High)
            continue;
        RiskReason r;
        r.kind = RiskReasonKind::HighSeverityException;
        r.action = RiskAction::CallCustomer;
        r.exceptionNo = e.exceptionNo;
        r.date = e.raisedOn;
        r.days = e.raisedOn.isValid() ? int(std::max<qint64>(0, e.raisedOn.daysTo(today))) : 0;
        out.reasons << r;
    }

    // Part of the order left long ago and is still not signed for.
    if (facts.inTransitSince.isValid() && facts.inTransitSince.daysTo(today) >= m_settings.transitDays)
        out.reasons << inTransit(facts, today);

    if (!out.reasons.isEmpty())
        out.level =
            out.reasons.first().kind == RiskReasonKind::PastPromise ? RiskLevel::Late : RiskLevel::AtRisk;
    return out;
}

} // namespace od
