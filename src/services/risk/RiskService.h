#pragma once

#include "Error.h"
#include "RiskLevel.h"
#include "RiskRow.h"
#include "RiskSettings.h"
#include "Session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <functional>
#include <optional>

namespace od {

// What a recompute of every open order found.
struct RiskRecompute
{
    qint64 orders = 0; // open orders assessed
    qint64 atRisk = 0;
    qint64 late = 0;
    qint64 changed = 0; // stored verdicts written (new, changed or removed)
};

// The early warning (预警): each open order's risk level and reasons (RiskRules), kept in
// order_risks. One order is refreshed inside every change to it (OrderChange::commit calls
// refresh); every open order is recomputed at start and each morning, off the UI thread, with a
// session of its own. Lists apply the session's visibility as every order read does.
class RiskService
{
    Q_DECLARE_TR_FUNCTIONS(RiskService)

public:
    static constexpr const char* MarginKey = "risk.at_risk_margin_days";
    static constexpr const char* ConfirmationKey = "risk.confirmation_pending_days";
    static constexpr const char* TransitKey = "risk.transit_days";
    static constexpr const char* ComputedOnKey = "risk.computed_on";

    explicit RiskService(Session& session) : m_session(session) {}

    Result<RiskSettings> settings();
    // Each threshold 0–90 days; administrators and whoever may edit settings. The day's recompute
    // is marked as not done, so the next recomputeIfStale() (the app's worker within a minute,
    // or orderdesk-cli risk) assesses every open order with the new thresholds.
    Status setSettings(const RiskSettings& settings);

    // Every open order as of the session's today, in one write transaction. A database locked by
    // another writer is waited for and tried again a few times, then answered with a sentence.
    // `progress` (when given) is told the orders done and the total; returning false cancels
    // before anything is written.
    Result<RiskRecompute> recomputeAll(const std::function<bool(qint64, qint64)>& progress = {});
    // recomputeAll() when it has not run yet today; none when it had.
    Result<std::optional<RiskRecompute>> recomputeIfStale();

    // One order's risk, inside the caller's transaction.
    static Status refresh(Session& session, qint64 orderId);

    // Flagged orders the session may see at one of `levels` (empty: at risk and late), late first,
    // then the longest flagged; `ownOnly` narrows to the user's own orders as salesperson.
    Result<QList<RiskRow>> list(const QList<RiskLevel>& levels = {}, int limit = 5000, bool ownOnly = false);
    // The order's risk, when it is open and the session may see it.
    Result<std::optional<RiskRow>> forOrder(qint64 orderId);
    // What became at risk or late since the user last looked (markSeen); the first time, since
    // the last day.
    Result<QList<RiskRow>> newSinceLastSeen(int limit = 200);
    Status markSeen();

private:
    // The message for a threshold out of range, by the threshold.
    static QString thresholdError(int RiskSettings::*days);
    // Who the lists are narrowed to: 0 nobody, -1 no one signed in.
    qint64 visibleSalesperson();

    Session& m_session;
};

} // namespace od
