#pragma once

#include "Money.h"
#include "OrderStatus.h"
#include "ReceivablesAgeing.h"
#include "planning/Hours.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace od {

// What the dashboard is asked for: a month (any day of it) and whose orders.
struct DashboardFilter
{
    QDate month;              // null: the session's current month
    qint64 salespersonId = 0; // 0: everyone's (replaced by the user's own id for a salesperson)
    qint64 customerId = 0;    // 0: every customer's
};

// Orders of a month. `orders` counts every currency; `value` sums the orders in the home
// currency (DashboardFigures::currency) only.
struct MonthIntake
{
    QDate month; // first day of the month
    qint64 orders = 0;
    Money value;
};

struct StatusBacklog
{
    OrderStatus status = OrderStatus::Confirmed;
    qint64 orders = 0;
    Money value;
};

// A work centre's planned hours and capacity over one week (Monday to Sunday).
struct CentreWeekLoad
{
    QString workCentre; // code
    QString workCentreName;
    QDate weekStart;
    Hours available;
    Hours planned;
};

// Orders first shipped in a month (order_shipments), and how many on or before the promised date
// in force then; those shipped with no promise are counted apart and left out of the rate.
struct MonthOnTime
{
    QDate month; // first day of the month
    qint64 shipped = 0;
    qint64 onTime = 0;
    qint64 withoutPromise = 0;
    // On-time share in basis points; none when nothing with a promise shipped in the month.
    std::optional<qint64> basisPoints() const
    {
        const qint64 promised = shipped - withoutPromise;
        return promised > 0 ? std::optional<qint64>(onTime * 10000 / promised) : std::nullopt;
    }
};

// A customer on a "top customers" chart: its orders' value (home currency) or its overdue amount.
struct CustomerFigure
{
    qint64 customerId = 0;
    QString code;
    QString name;
    qint64 orders = 0; // the orders behind the value (0 for the overdue amount)
    Money amount;
};

// The business at a glance (经营看板). Definitions (docs/DASHBOARD.md):
// - intake: orders dated in the month whose customer confirmed them and that were not cancelled
//   (status confirmed or later, on hold included);
// - backlog: open orders — confirmed, planned, in production or ready to ship — as of now;
// - on-time delivery: orders first shipped in the 90 days ending on `onTimeTo`, shipped on or
//   before the promised date in force when they shipped (the UTC day of the timeline event);
//   orders shipped with no promise are counted apart and left out of the rate;
// - late and at risk: the open orders the early warning (预警, order_risks) puts at those levels,
//   as the Orders list's risk column and My work show them.
struct DashboardFigures
{
    QDate today;
    QDate month;              // first day of the month shown
    qint64 salespersonId = 0; // whose figures (0: everyone's)
    qint64 customerId = 0;    // one customer's orders only (0: every customer's)
    QString customerName;
    QString currency; // the home currency the values are in

    MonthIntake thisMonth;
    MonthIntake lastMonth;
    MonthIntake sameMonthLastYear;
    // Orders in the three months above whose currency is not the home one: in the counts, not in the values.
    qint64 otherCurrencyOrders = 0;

    qint64 backlogOrders = 0;
    Money backlogValue;
    QList<StatusBacklog> backlogByStatus; // confirmed, planned, in production, ready to ship

    QDate onTimeFrom;
    QDate onTimeTo;
    qint64 shipped = 0;
    qint64 shippedOnTime = 0;
    qint64 shippedWithoutPromise = 0;
    // On-time share in basis points (9,250 = 92.50 %); none when nothing with a promise shipped.
    std::optional<qint64> onTimeBasisPoints() const;

    qint64 lateOrders = 0;
    Money lateValue;
    qint64 atRiskOrders = 0;
    Money atRiskValue;
    qint64 openExceptions = 0;

    // Receivables of the whole company: shown to those who may see receivables, when the figures
    // are not narrowed to one salesperson.
    bool receivablesShown = false;
    Money receivablesOutstanding;
    Money overdueReceivables;
    std::optional<qint64> dsoTenths; // days sales outstanding in tenths of a day
    AgeingBuckets ageing;

    QList<MonthIntake> intakeByMonth; // the 12 months ending with `month`, oldest first
    QList<MonthOnTime> onTimeByMonth; // the same 12 months, by the month of the first shipment

    // The customers with the most intake value (as intakeByMonth, home currency) over those 12 months,
    // most first, at most TopCustomers; empty when the figures are narrowed to one customer.
    QList<CustomerFigure> topByValue;
    // The customers with the most overdue receivables, most first (shown with the receivables).
    QList<CustomerFigure> topByOverdue;

    // Work-centre load for the 8 weeks from this week's Monday: shown to those who may see it.
    bool loadShown = false;
    QList<CentreWeekLoad> load;
};

} // namespace od
