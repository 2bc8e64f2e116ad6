#pragma once

#include "Hours.h"
#include "PlanningReports.h"
#include "SplitShipmentSuggestion.h"

#include <QDate>
#include <QList>
#include <QString>

namespace od {

// A late order that a suggestion brings back on or before its promised date.
struct SavedOrder
{
    qint64 orderId = 0;
    QString orderNo;
    QDate promisedDate;
    QDate forecastBefore; // re-planned as things are
    QDate forecastAfter;  // re-planned with the suggestion
};

enum class SuggestionKind
{
    Overtime, // overtime on a fully loaded work centre
    MoveStep  // a late order's step moved to an alternative work centre of its routing step
};

// One allocation suggestion (调度建议): overtime on a work centre on the days it is fully loaded
// before the promised dates of the late orders that need it, or a late order's step moved from a
// fully loaded centre to an alternative one, with its effect worked out by re-planning every open
// order in memory with that overtime in the calendar, or with the step on the other centre.
struct Suggestion
{
    SuggestionKind kind = SuggestionKind::Overtime;
    // Stable while its basis holds: "overtime:CENTRE:HOURS:LAST_DAY", e.g. overtime:JG:4:2026-06-04,
    // or "move:ORDER_NO:LINE:STEP:CENTRE", e.g. move:CO-2026-000001:1:20:SK.
    QString key;
    QString workCentre; // code (MoveStep: the centre the step leaves)
    QString workCentreName;
    Hours hoursPerUnit; // Overtime: overtime each unit works on each day
    QList<QDate> days;  // Overtime: ascending
    Hours extraHours;   // Overtime: the centre's hours added over all the days (units, efficiency)
    // MoveStep: the order, its line, the routing step and the centre it goes to.
    qint64 orderId = 0;
    QString orderNo;
    int lineNo = 0;
    int stepNo = 0;
    QString stepName;
    QString toCentre; // code
    QString toCentreName;
    QList<SavedOrder> saved; // by order number
    int daysGained = 0;      // calendar days late taken off the late orders, summed
    int ordersLater = 0;     // orders that were on time and would be late (rarely more than 0)
    // A fingerprint of the days and the effect: applying refuses a suggestion whose basis changed.
    QString basis;
};

// What the suggestions are made from, and the suggestions, most orders saved first.
struct SuggestionReport
{
    QDate today;
    int ordersPlanned = 0; // open orders with work left, re-planned
    QList<LateOrder> late; // forecast after the promised date (or not plannable), most days late first
    QList<Suggestion> suggestions;
    // Late orders that can send their finished lines ahead, the earliest promise first.
    QList<SplitShipmentSuggestion> splits;
};

} // namespace od
