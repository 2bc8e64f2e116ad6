#pragma once

#include "Error.h"
#include "PlanningReports.h"
#include "Session.h"
#include "SplitShipmentSuggestion.h"
#include "WorkCalendar.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace od {

// 分批发货 The allocation suggestion "ship the finished lines now": for each order still in
// production forecast after its promised date (SuggestionService's late orders) whose some lines
// production has finished (FinishedLines) and have not left, those lines leave now and the rest
// when it is ready. Applying it invents no carrier: it gives logistics a task in My work
// ("ship the finished lines of SO-… now", split_shipment_tasks) that opens the Shipments page with
// the finished quantities filled in, and records it in the audit trail (suggestion.split_shipment),
// in one transaction. An order with such a task open is not suggested again. Managers and
// administrators (use_suggestions).
class SplitShipmentService
{
    Q_DECLARE_TR_FUNCTIONS(SplitShipmentService)

public:
    static constexpr const char* KeyPrefix = "split:";

    explicit SplitShipmentService(Session& session) : m_session(session) {}

    static bool isSplitKey(const QString& key);

    // The suggestions for these late orders; `calendar` and `shippingWorkingDays` give when what
    // leaves today arrives.
    static Result<QList<SplitShipmentSuggestion>> find(Session& session, const QList<LateOrder>& late,
                                                       const WorkCalendar& calendar, int shippingWorkingDays);

    // Applies the suggestion with this key, worked out again inside the writing transaction;
    // refused as out of date when it is no longer suggested or its basis (the one shown; empty =
    // not checked) changed.
    Result<SplitShipmentSuggestion> apply(const QString& key, const QString& basis = {});

    // The kind's name in the suggestions list: "Split shipment".
    static QString kindName();
    // "Ship the finished lines 1, 3 of SO-2026-000012 now (2 of 3 lines), the rest forecast on 2026-06-20".
    static QString describe(const SplitShipmentSuggestion& s);
    // "2,560.00 of 53,760.00 CNY reach the customer by the promised 2026-06-07".
    static QString effect(const SplitShipmentSuggestion& s);
    // "line 1: 2, line 3: 5".
    static QString linesText(const SplitShipmentSuggestion& s);

private:
    Session& m_session;
};

} // namespace od
