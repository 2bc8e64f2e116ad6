#include "Scheduler.h"

#include <algorithm>
#include <limits>
#include <vector>

namespace od {

namespace {

QString isoDate(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

// A claim of hours on one centre and day, remembered so that a failed order can give it back.
struct Claim
{
    int centre;
    int day;
    qint64 raw;
};

// Where a line's steps are in the result, and what the float of each depends on.
struct LineTrack
{
    const LineDemand* line = nullptr;
    qsizetype firstStep = 0;                     // index in OrderSchedule::steps
    std::vector<qint64> earliestFromPredecessor; // per step: the day its predecessor allowed it to start
    qint64 doneDay = -1; // the last day the line occupies (its last step's finish plus wait days)
};

bool earlierForReplan(const OrderDemand& a, const OrderDemand& b)
{
    // Null dates sort after real ones.
    const auto key = [](const QDate& d) {
        return d.isValid() ? d.toJulianDay() : std::numeric_limits<qint64>::max();
    };
    if (key(a.promisedDate) != key(b.promisedDate))
        return key(a.promisedDate) < key(b.promisedDate);
    if (key(a.orderDate) != key(b.orderDate))
        return key(a.orderDate) < key(b.orderDate);
    return a.orderId < b.orderId;
}

} // namespace

Scheduler::Scheduler(const CapacityGrid& grid) : Scheduler(grid, Options()) {}

Scheduler::Scheduler(const CapacityGrid& grid, Options options) : m_grid(grid), m_options(options)
{
    m_lastDay = std::min(grid.days(), WindowDays) - 1;
    for (int day = 0; day <= m_lastDay && !m_companyWorks; ++day)
        m_companyWorks = grid.isCompanyWorkingDay(day);
}

Scheduler::Outcome Scheduler::propose(const CapacityLoad& committed, const OrderDemand& order) const
{
    CapacityLoad working = committed;
    return scheduleInto(working, order);
}

void Scheduler::sortForReplan(QList<OrderDemand>& orders)
{
    std::stable_sort(orders.begin(), orders.end(), earlierForReplan);
}

bool Scheduler::replan(CapacityLoad& load, QList<OrderDemand> orders, const Visit& visit) const
{
    sortForReplan(orders);
    for (const OrderDemand& order : std::as_const(orders)) {
        const Outcome outcome = scheduleInto(load, order);
        if (visit && !visit(order, outcome))
            return false;
    }
    return true;
}

Scheduler::Outcome Scheduler::scheduleInto(CapacityLoad& load, const OrderDemand& order) const
{
    const QString orderLabel = order.orderNo.isEmpty() ? tr("This order") : tr("Order %1").arg(order.orderNo);
    const QDate lastDate = m_grid.date(m_lastDay);
    std::vector<Claim> claims;
    auto fail = [&](SchedulingError::Code code, const QString& message, int lineNo = 0, int stepNo = 0,
                    const QString& centre = {}) -> Outcome {
        for (auto it = claims.rbegin(); it != claims.rend(); ++it)
            load.addRaw(it->centre, it->day, -it->raw);
        SchedulingError error;
        error.code = code;
        error.lineNo = lineNo;
        error.stepNo = stepNo;
        error.workCentre = centre;
        error.message = message;
        return std::unexpected(error);
    };
    auto cannotPlan = [&](const QString& why, int lineNo, int stepNo, const QString& centre = {}) {
        return fail(
            SchedulingError::Code::CannotPlanWithinYear,
            tr("%1 cannot be planned within a year (by %2): %3").arg(orderLabel, isoDate(lastDate), why),
            lineNo, stepNo, centre);
    };

    if (!load.fits(m_grid))
        return fail(SchedulingError::Code::LoadMismatch,
                    tr("The planned load was read for another period than the plan; plan again."));
    if (order.lines.isEmpty())
        return fail(SchedulingError::Code::NoLines, tr("%1 has no lines to plan.").arg(orderLabel));
    if (!m_companyWorks)
        return fail(
            SchedulingError::Code::NoWorkingDay,
            tr("The company calendar has no working day between %1 and %2: add the working weekdays or "
               "working days before planning.")
                .arg(isoDate(m_grid.from()), isoDate(lastDate)));

    OrderSchedule result;
    result.orderId = order.orderId;
    result.orderNo = order.orderNo;
    result.start = m_grid.from();
    result.requestedDate = order.requestedDate;

    std::vector<const LineDemand*> lines;
    lines.reserve(size_t(order.lines.size()));
    for (const LineDemand& line : order.lines)
        lines.push_back(&line);
    std::stable_sort(lines.begin(), lines.end(),
                     [](const LineDemand* a, const LineDemand* b) { return a->lineNo < b->lineNo; });

    std::vector<LineTrack> tracks;
    tracks.reserve(lines.size());
    std::vector<const StepDemand*> steps;
    for (const LineDemand* line : lines) {
        LineTrack track;
        track.line = line;
        track.firstStep = result.steps.size();
        steps.clear();
        for (const StepDemand& step : line->steps)
            steps.push_back(&step);
        std::stable_sort(steps.begin(), steps.end(),
                         [](const StepDemand* a, const StepDemand* b) { return a->stepNo < b->stepNo; });

        qint64 earliest = 0; // the day the next step may start
        for (const StepDemand* demand : steps) {
            const int lineNo = line->lineNo;
            const int stepNo = demand->stepNo;
            const QString stepLabel = tr("line %1, step %2 (%3)").arg(lineNo).arg(stepNo).arg(demand->name);
            track.earliestFromPredecessor.push_back(earliest);
            qint64 first = earliest;
            if (demand->notBefore.isValid()) {
                const qint64 notBefore = m_grid.dayIndex(demand->notBefore);
                if (notBefore > m_lastDay)
                    return cannotPlan(
                        tr("%1 is not to start before %2.").arg(stepLabel, isoDate(demand->notBefore)),
                        lineNo, stepNo);
                first = std::max(first, notBefore);
            }
            if (demand->waitDaysAfter < 0 || demand->calendarDays < 0 || demand->hours < Hours())
                return fail(SchedulingError::Code::TooMuchWork,
                            tr("%1, %2: hours and days cannot be negative.").arg(orderLabel, stepLabel),
                            lineNo, stepNo);

            ScheduledStep scheduled;
            scheduled.lineNo = lineNo;
            scheduled.stepNo = stepNo;
            scheduled.name = demand->name;
            scheduled.kind = demand->kind;
            scheduled.waitDaysAfter = demand->waitDaysAfter;
            scheduled.notBefore = demand->notBefore;
            qint64 ready = 0; // the day after the step is over
            if (demand->kind == StepKind::Work) {
                const QString& code = demand->workCentre;
                const int centre = m_grid.indexOf(code);
                if (centre < 0)
                    return fail(SchedulingError::Code::UnknownWorkCentre,
                                tr("%1, %2: there is no work centre %3.").arg(orderLabel, stepLabel, code),
                                lineNo, stepNo, code);
                if (!m_grid.centre(centre).active)
                    return fail(SchedulingError::Code::InactiveWorkCentre,
                                tr("%1, %2: work centre %3 is deactivated.").arg(orderLabel, stepLabel, code),
                                lineNo, stepNo, code);
                if (!m_grid.hasCapacity(centre))
                    return fail(
                        SchedulingError::Code::NoCapacity,
                        tr("%1, %2: work centre %3 has no working hours between %4 and %5.")
                            .arg(orderLabel, stepLabel, code, isoDate(m_grid.from()), isoDate(lastDate)),
                        lineNo, stepNo, code);
                scheduled.workCentre = code;
                scheduled.centreIndex = centre;
                scheduled.hours = demand->hours;
                qint64 remaining = demand->hours.raw();
                qint64 day = first;
                if (remaining == 0) {
                    // Nothing to do, but it still happens on a day the centre works.
                    while (day <= m_lastDay && m_grid.availableRaw(centre, int(day)) == 0)
                        ++day;
                    if (day > m_lastDay)
                        return cannotPlan(
                            tr("work centre %1 does not work on any day left for %2.").arg(code, stepLabel),
                            lineNo, stepNo, code);
                    scheduled.start = scheduled.finish = m_grid.date(int(day));
                    ready = day + 1;
                } else {
                    qint64 startDay = -1;
                    qint64 finishDay = -1;
                    for (; day <= m_lastDay && remaining > 0; ++day) {
                        const qint64 free = load.freeRaw(m_grid, centre, int(day));
                        if (free <= 0)
                            continue;
                        const qint64 take = std::min(free, remaining);
                        load.addRaw(centre, int(day), take);
                        claims.push_back({centre, int(day), take});
                        scheduled.days.append({m_grid.date(int(day)), Hours::fromRaw(take)});
                        if (startDay < 0)
                            startDay = day;
                        finishDay = day;
                        remaining -= take;
                    }
                    if (remaining > 0)
                        return cannotPlan(
                            tr("%1 needs %2 hours on work centre %3, and only %4 of them are free "
                               "before the end of that year.")
                                .arg(stepLabel, demand->hours.toDecimalString(), code,
                                     Hours::fromRaw(demand->hours.raw() - remaining).toDecimalString()),
                            lineNo, stepNo, code);
                    scheduled.start = m_grid.date(int(startDay));
                    scheduled.finish = m_grid.date(int(finishDay));
                    ready = finishDay + 1;
                }
            } else {
                // Purchase, lead time (and a shipping-like step given by a caller): calendar days.
                const qint64 days = demand->calendarDays;
                const qint64 finishDay = first + std::max<qint64>(days, 1) - 1;
                if (finishDay > m_lastDay)
                    return cannotPlan(tr("%1 takes %2 calendar days from %3.")
                                          .arg(stepLabel)
                                          .arg(days)
                                          .arg(isoDate(m_grid.date(int(first)))),
                                      lineNo, stepNo);
                scheduled.start = m_grid.date(int(first));
                scheduled.finish = m_grid.date(int(finishDay));
                ready = first + days;
            }
            earliest = ready + demand->waitDaysAfter;
            if (earliest > m_lastDay + 1)
                return cannotPlan(
                    tr("the wait of %n day(s) after %1 runs past that date.", nullptr, demand->waitDaysAfter)
                        .arg(stepLabel),
                    lineNo, stepNo);
            result.steps.append(std::move(scheduled));
        }
        track.doneDay = earliest - 1;
        tracks.push_back(std::move(track));
    }

    qint64 allDone = -1;
    for (const LineTrack& track : tracks)
        allDone = std::max(allDone, track.doneDay);

    // Shipping, on company working days after every line is done.
    qint64 completionDay = std::max<qint64>(allDone, 0);
    qint64 lineDeadline = completionDay; // the last day a line may occupy without moving the completion
    const int shippingDays = std::max(0, m_options.shippingWorkingDays);
    if (shippingDays > 0) {
        qint64 day = allDone + 1;
        qint64 startDay = -1;
        int counted = 0;
        for (; day <= m_lastDay && counted < shippingDays; ++day) {
            if (!m_grid.isCompanyWorkingDay(int(day)))
                continue;
            if (startDay < 0)
                startDay = day;
            ++counted;
        }
        if (counted < shippingDays)
            return cannotPlan(tr("there is no room for shipping after the last step."), 0, 0);
        ScheduledStep shipping;
        shipping.lineNo = 0;
        shipping.stepNo = 0;
        shipping.name = tr("Shipping");
        shipping.kind = StepKind::Shipping;
        shipping.start = m_grid.date(int(startDay));
        shipping.finish = m_grid.date(int(day - 1));
        completionDay = day - 1;
        lineDeadline = startDay - 1;
        result.steps.append(std::move(shipping));
    }
    result.completion = m_grid.date(int(completionDay));

    // Slack, from the end of each line backwards.
    for (const LineTrack& track : tracks) {
        const QDate requested =
            track.line->requestedDate.isValid() ? track.line->requestedDate : order.requestedDate;
        const qsizetype count = qsizetype(track.earliestFromPredecessor.size());
        qint64 slip = lineDeadline - track.doneDay; // the line's lead over the last line
        for (qsizetype k = count - 1; k >= 0; --k) {
            ScheduledStep& step = result.steps[track.firstStep + k];
            if (k < count - 1) {
                const ScheduledStep& next = result.steps[track.firstStep + k + 1];
                slip += m_grid.dayIndex(next.start) - track.earliestFromPredecessor[size_t(k + 1)];
            }
            if (requested.isValid())
                step.slackDays = int(result.completion.daysTo(requested) + slip);
        }
    }
    if (shippingDays > 0 && order.requestedDate.isValid())
        result.steps.last().slackDays = int(result.completion.daysTo(order.requestedDate));
    return result;
}

} // namespace od
