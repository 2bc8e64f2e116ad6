#pragma once

#include "RiskAssessment.h"
#include "RiskFacts.h"
#include "RiskSettings.h"
#include "WorkCalendar.h"

#include <QDate>

namespace od {

// The early warning (预警), a pure function of an order's facts and today. "Due" is the promised
// date, or the requested date while nothing is promised (RiskFacts::dueDate).
//
// - Late: the due date is before today and the order has not shipped.
// - At risk, for any of:
//   * the committed plan's remaining steps, moved on the calendar to start no earlier than today
//     and after the steps before them, finish after the due date (the forecast); a started
//     step keeps the share of its working days its unfinished quantity needs;
//   * an unfinished step whose planned finish is before today;
//   * no plan, due within `atRiskMarginDays`, and not ready to ship;
//   * awaiting the customer's confirmation for `confirmationPendingDays` or more;
//   * ready to ship and the day it had to leave (the shipping step's start, or the promised date
//     less the shipping working days) has passed;
//   * an open exception of high severity.
// - On track otherwise.
// Work steps count the working days of their work centre, shipping the company's working days,
// purchases and lead times calendar days, as the scheduler does.
class RiskRules
{
public:
    RiskRules(const WorkCalendar& calendar, RiskSettings settings, int shippingWorkingDays)
        : m_calendar(calendar), m_settings(settings), m_shippingWorkingDays(shippingWorkingDays)
    {
    }

    // Whether the early warning looks at an order in this status (open and not yet shipped).
    static bool applies(OrderStatus status, std::optional<OrderStatus> heldFrom);

    RiskAssessment assess(const RiskFacts& facts, const QDate& today) const;

    // When the remaining steps finish, moved on the calendar from `today`; null without steps.
    // `cause`, when given, receives the first unfinished step whose forecast finish is later than
    // planned on the line that finishes last (null step name when none slipped).
    QDate forecast(const QList<OrderPlanStep>& steps, const QDate& today,
                   OrderPlanStep* cause = nullptr) const;

private:
    bool isWorkingDay(const OrderPlanStep& step, const QDate& date) const;
    // The first day on or after `from` the step can work on.
    QDate firstDay(const OrderPlanStep& step, const QDate& from) const;
    // The last of `days` days the step works on, the first being `from` (a working day).
    QDate lastOf(const OrderPlanStep& step, const QDate& from, int days) const;
    // How many days the step was planned to take.
    int plannedDays(const OrderPlanStep& step) const;

    const WorkCalendar& m_calendar;
    RiskSettings m_settings;
    int m_shippingWorkingDays = 1;
};

} // namespace od
