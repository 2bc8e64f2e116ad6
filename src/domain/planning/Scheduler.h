#pragma once

#include "CapacityGrid.h"
#include "CapacityLoad.h"
#include "OrderDemand.h"
#include "OrderSchedule.h"
#include "SchedulingError.h"

#include <QCoreApplication>
#include <QList>

#include <expected>
#include <functional>

namespace od {

// Forward, finite-capacity scheduling in daily buckets: a pure, deterministic function of the
// grid (calendar × work centres), the load already planned and an order's lines.
//
// - Planning starts on the grid's first day (today) and must end within HorizonDays after it;
//   what does not fit is "cannot be planned within a year", never a later guess.
// - Lines are planned in parallel, each from the start day; they claim capacity one after the
//   other in order of line number, so an earlier line gets the earlier free hours.
// - The steps of a line follow each other in order of step number. A work step takes the free
//   hours of its centre day by day (the free hours of a day may go to one step entirely; the
//   centre's parallel units are its hours), from its earliest start until its hours are done.
//   Its start is the first day it takes hours, its finish the last. A day bucket does not say
//   at what hour work ended, so the next step starts the day after (plus its wait days).
// - A purchased-material or lead-time step of L calendar days started on day S finishes on day
//   S + L − 1 and the next step may start on S + L; it takes no capacity.
// - Wait days after a step are calendar days (curing and transport go on over weekends).
// - A not-before date holds a step back to that day ("move a step later").
// - Shipping follows the last line: Options::shippingWorkingDays company working days,
//   starting on the first company working day after every line is done. Its last day is the
//   order's completion: the earliest delivery date (最早可交期).
// - Slack of a step = calendar days between the completion and the requested date (the
//   line's own when it has one), plus the days the step could slip without moving anything
//   after it (the gap before its successor started, and a line's lead over the last line).
class Scheduler
{
    Q_DECLARE_TR_FUNCTIONS(Scheduler)

public:
    static constexpr int HorizonDays = 365;
    // The days a CapacityGrid for planning covers: the start day and the HorizonDays after it.
    static constexpr int WindowDays = HorizonDays + 1;

    struct Options
    {
        int shippingWorkingDays = 1; // 0 = completion is the day the last line is done
    };
    using Outcome = std::expected<OrderSchedule, SchedulingError>;
    // Called with each re-planned order and its outcome; returning false stops the run.
    using Visit = std::function<bool(const OrderDemand& order, const Outcome& outcome)>;

    // The grid must outlive the scheduler.
    explicit Scheduler(const CapacityGrid& grid);
    Scheduler(const CapacityGrid& grid, Options options);

    // A plan for `order` on top of `committed`, changing nothing: the proposal shown before a
    // commit, and the earliest possible delivery at intake (its completion).
    Outcome propose(const CapacityLoad& committed, const OrderDemand& order) const;
    // Plans `order` and adds its hours to `load`. When the order cannot be planned, `load` is
    // left exactly as it was.
    Outcome scheduleInto(CapacityLoad& load, const OrderDemand& order) const;

    // The order in which re-planning takes orders: promised date, then order date (orders
    // without one after those with one), then order id.
    static void sortForReplan(QList<OrderDemand>& orders);
    // Plans the orders in that order, each on the load the ones before it left. An order that
    // cannot be planned adds nothing and the run goes on. False when `visit` stopped it.
    bool replan(CapacityLoad& load, QList<OrderDemand> orders, const Visit& visit) const;

private:
    const CapacityGrid& m_grid;
    Options m_options;
    int m_lastDay = 0;           // the last day index a plan may use
    bool m_companyWorks = false; // any company working day up to m_lastDay
};

} // namespace od
