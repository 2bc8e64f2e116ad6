#pragma once

#include "DashboardFigures.h"
#include "OrderListQuery.h"
#include "Session.h"

#include <QCoreApplication>

namespace od {

// The business dashboard (经营看板): the figures and chart data of a month, and the order lists
// behind them. Managers and administrators see everyone's figures and may narrow them to one
// salesperson; a salesperson gets the figures of their own orders only; others are refused.
class DashboardService
{
    Q_DECLARE_TR_FUNCTIONS(DashboardService)

public:
    static constexpr int OnTimeWindowDays = 90;
    static constexpr int IntakeMonths = 12;
    static constexpr int LoadWeeks = 8;
    static constexpr int TopCustomers = 10;

    explicit DashboardService(Session& session) : m_session(session) {}

    // The statuses that count as intake, and as the open backlog.
    static QList<OrderStatus> intakeStatuses();
    static QList<OrderStatus> backlogStatuses();

    Result<DashboardFigures> figures(const DashboardFilter& filter);

    // Whose figures the filter gives this user: the salesperson id it runs with (0: everyone's).
    Result<qint64> effectiveSalesperson(qint64 requested);

    // The Orders-list queries giving exactly the orders behind a figure.
    static OrderListQuery intakeQuery(const QDate& month, qint64 salespersonId);
    static OrderListQuery backlogQuery(std::optional<OrderStatus> status, qint64 salespersonId);
    // The orders the early warning puts at `level` (late, at risk).
    static OrderListQuery riskQuery(RiskLevel level, qint64 salespersonId);
    // The orders first shipped from `from` to `to` after their promised date (the on-time figure's misses).
    static OrderListQuery shippedLateQuery(const QDate& from, const QDate& to, qint64 salespersonId);
    // A customer's intake (as intakeQuery) from the month of `from` to the month of `to`.
    static OrderListQuery customerIntakeQuery(qint64 customerId, const QDate& from, const QDate& to,
                                              qint64 salespersonId);

private:
    Session& m_session;
};

} // namespace od
