#pragma once

#include "Database.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace od {

// First shipments of one month ("YYYY-MM") from the running summary (shipment_month_totals).
struct MonthShipmentCounts
{
    QString month;
    qint64 shipped = 0;
    qint64 onTime = 0;
    qint64 withoutPromise = 0;
};

// A customer's orders over a range of months: counted in every currency, valued in one.
struct CustomerOrderValue
{
    qint64 customerId = 0;
    QString code;
    QString name;
    qint64 orders = 0;
    qint64 valueMinor = 0;
};

// The reads behind the dashboard's month-by-month and top-customer charts, from the running
// summaries of migration 29 (kept by triggers): a year of a million orders is a few hundred rows.
// `salespersonId` 0 means everyone's orders.
class DashboardChartRepository
{
    Q_DECLARE_TR_FUNCTIONS(DashboardChartRepository)

public:
    explicit DashboardChartRepository(Database& db) : m_db(db) {}

    // Months from `fromMonth` to `toMonth` (inclusive) that have a first shipment, oldest first.
    Result<QList<MonthShipmentCounts>> shipmentsByMonth(const QString& fromMonth, const QString& toMonth,
                                                        qint64 salespersonId);
    // The `limit` customers with the highest value in `currency` of their orders in the given
    // statuses dated in the months, highest first (ties by customer code).
    Result<QList<CustomerOrderValue>> topCustomers(const QString& fromMonth, const QString& toMonth,
                                                   const QStringList& statusKeys, const QString& currency,
                                                   qint64 salespersonId, int limit);

    // The rows of each summary that differ from a full recount ("2026-05, salesperson #3"), at most
    // `limit` of each.
    Result<QStringList> shipmentMonthMismatches(int limit);
    Result<QStringList> customerMonthMismatches(int limit);

private:
    Database& m_db;
};

} // namespace od
