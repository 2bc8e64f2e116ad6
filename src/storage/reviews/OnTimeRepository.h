#pragma once

#include "Database.h"
#include "OnTimeReport.h"

#include <QCoreApplication>
#include <QStringList>

namespace od {

// A per-day count of the on-time summaries that is not what a recount gives.
struct OnTimeCountMismatch
{
    QString table;  // on_time_day_counts, on_time_product_days or on_time_work_centre_days
    QString day;    // delivered_on
    QString key;    // the row's other key columns joined by '/'
    qint64 stored;  // delivered orders the summary says (0: no row)
    qint64 counted; // delivered orders a recount gives (0: none)
};

// The on-time report's figures from the orders delivered in a period (see ReviewDue for the day
// an order counts as delivered), read from the per-day summaries of migration 030.
class OnTimeRepository
{
    Q_DECLARE_TR_FUNCTIONS(OnTimeRepository)

public:
    explicit OnTimeRepository(Database& db) : m_db(db) {}

    // The groups (names filled in except for causes) and the total.
    Result<OnTimeReport> report(const QDate& from, const QDate& to, OnTimeGrouping grouping);
    // The two statements report() runs (the total, then the groups), each with the period's first
    // and last day as its parameters.
    static QStringList statements(OnTimeGrouping grouping);

    // Delivered orders whose order_deliveries row is missing, extra or not what the orders, their
    // shipments and reviews give (order numbers, at most `limit`).
    Result<QStringList> deliveryMismatches(int limit);
    // Per-day counts not what a recount of order_deliveries, the lines and the plans gives (any
    // of the four figures), at most `limit`.
    Result<QList<OnTimeCountMismatch>> countMismatches(int limit);

private:
    Database& m_db;
};

} // namespace od
