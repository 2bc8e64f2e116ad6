#pragma once

#include "Session.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace od {

struct DatabaseProblem
{
    // Which check found it: "integrity", "foreign_key", "order_totals", "search_index", "status",
    // "money", "invoice_sums", "credit_notes", "payment_sums", "customer_balances", "settlement",
    // "planned_load", "dashboard_summary", "stage_durations", "on_time_summary".
    QString check;
    QString message; // translated, names the order or table
};

// Checks a database file: SQLite's integrity and foreign-key checks, then what OrderDesk keeps
// true itself: each order's subtotal is the sum of its line amounts, its total is subtotal + tax,
// its line count matches, its status is known, and it has exactly one search-index row; every
// payment is applied or an advance (the sum of payments is the sum applied plus the advances),
// every running sum of invoices, payments and customer balances is what their documents add up
// to, each order's settlement state is what its invoices make it, and the dashboard's running summaries
// (orders per month, first shipments) are what a recount of the orders and their timelines gives,
// and so are the on-time report's (delivered orders per day and group).
// An empty list means nothing was found. Reads only.
class DatabaseCheckService
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCheckService)

public:
    // At most this many problems of each kind are listed (then one line says there are more).
    static constexpr int MaxPerCheck = 50;

    // Told the name of each step as it starts (a check of a million orders takes a while).
    using StepCallback = std::function<void(const QString& step)>;

    explicit DatabaseCheckService(Session& session);

    Result<QList<DatabaseProblem>> run(const StepCallback& onStep = {});

private:
    Status checkSettlement(QList<DatabaseProblem>& problems, const std::function<void(const QString&)>& step);
    Database& m_db;
};

} // namespace od
