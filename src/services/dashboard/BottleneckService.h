#pragma once

#include "BottleneckReport.h"
#include "OrderListQuery.h"
#include "Session.h"

#include <QCoreApplication>

namespace od {

// The bottleneck analysis for managers and administrators: the stages of the orders that left
// one in a period, with the period of the same length before it for the trend.
class BottleneckService
{
    Q_DECLARE_TR_FUNCTIONS(BottleneckService)

public:
    static constexpr int HandOffsShown = 5;
    static constexpr int MaxPeriodDays = 3660;

    explicit BottleneckService(Session& session) : m_session(session) {}

    // The period the analysis shows when none is chosen: the year up to `today`.
    static QDate defaultFrom(const QDate& today) { return today.addYears(-1).addDays(1); }

    Result<BottleneckReport> report(const QDate& from, const QDate& to);

    // The Orders-list query giving exactly the orders that left `stage` from `from` to `to`.
    static OrderListQuery ordersBehind(const Stage& stage, const QDate& from, const QDate& to);

private:
    Session& m_session;
};

} // namespace od
