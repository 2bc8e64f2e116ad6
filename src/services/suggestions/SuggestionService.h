#pragma once

#include "Error.h"
#include "Session.h"
#include "Suggestion.h"

#include <QCoreApplication>
#include <QString>

namespace od {

// Allocation suggestions for the manager (调度建议). Every open order's remaining work is
// re-planned from today on the real calendar; for each work centre that a late order needs, the
// working days before those orders' promised dates on which the centre is fully loaded get
// OvertimeHours of overtime per unit, every order is re-planned again with it, and the suggestion
// is kept when it brings a late order back on its promise or takes days off its lateness.
// Nothing is saved until the manager applies one: its overtime entries and the audit entry
// (calendar.overtime) in one transaction, through CalendarService. Managers and administrators.
//
// For the late orders with a step not started on a centre fully loaded before their promise,
// whose routing step has alternative work centres, moving that step to each alternative is tried
// the same way (at most MaxMoves re-plans, most days late first); applying one changes the
// order's committed plan through PlanningService (the step on the other centre, its load moved
// with it, the order's plan_change audit entry) in one transaction.
class SuggestionService
{
    Q_DECLARE_TR_FUNCTIONS(SuggestionService)

public:
    static constexpr int OvertimeHours = 4;
    static constexpr int MaxMoves = 12;

    explicit SuggestionService(Session& session) : m_session(session) {}

    Result<SuggestionReport> report();

    // Applies the suggestion with this key, worked out again inside the writing transaction. It is
    // refused as out of date when no suggestion has the key any more, or when `basis` (the one
    // shown; empty = not checked) differs from its basis now.
    Result<Suggestion> apply(const QString& key, const QString& basis = {});

    // "overtime" / "move_step" (the CLI's JSON), and its name for people.
    static QString kindKey(SuggestionKind kind);
    static QString kindName(SuggestionKind kind);
    // "4 h overtime a day on 机加工 (JG), 2 days: 2026-06-03 … 2026-06-04".
    static QString describe(const Suggestion& s);
    // "saves CO-2026-000001, CO-2026-000002; 3 days gained".
    static QString effect(const Suggestion& s);

private:
    friend class SplitShipmentService; // applies its kind from the same re-planning
    static Result<SuggestionReport> compute(Session& session);
    Result<Suggestion> applyMove(const QString& key, const QString& basis);
    static Error outOfDate(const QString& key);
    Session& m_session;
};

} // namespace od
