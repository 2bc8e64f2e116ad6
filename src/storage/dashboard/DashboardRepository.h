#pragma once

#include "Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace od {

// Orders of one month, status and currency, from the running summary (order_month_totals).
struct MonthStatusTotals
{
    QString month; // "YYYY-MM"
    QString statusKey;
    QString currency;
    qint64 orders = 0;
    qint64 totalMinor = 0;
};

// Orders counted in every currency; the value summed over the orders in `currency` only.
struct OrderCountValue
{
    qint64 orders = 0;
    qint64 valueMinor = 0;
};

struct ShipmentCounts
{
    qint64 shipped = 0;
    qint64 onTime = 0;         // shipped on or before the promised date in force then
    qint64 withoutPromise = 0; // shipped with no promised date
};

// A row where the running summary and a recount of the orders disagree.
struct MonthTotalsMismatch
{
    QString month;
    QString statusKey;
    qint64 salespersonId = 0;
    QString currency;
    qint64 storedOrders = 0;
    qint64 storedTotalMinor = 0;
    qint64 countedOrders = 0;
    qint64 countedTotalMinor = 0;
};

// The reads behind the business dashboard. Month figures come from the running summaries that
// triggers keep (migration 013), so they cost the same for ten orders or a million; the lists of
// open orders go through the status index, which holds only the open book.
// `salespersonId` 0 means everyone's orders.
class DashboardRepository
{
    Q_DECLARE_TR_FUNCTIONS(DashboardRepository)

public:
    explicit DashboardRepository(Database& db) : m_db(db) {}

    // Summary rows of the months from `fromMonth` to `toMonth` ("YYYY-MM", inclusive).
    Result<QList<MonthStatusTotals>> monthTotals(const QString& fromMonth, const QString& toMonth,
                                                 qint64 salespersonId);
    // Summary rows of the given statuses over all months, one per status and currency (month empty).
    Result<QList<MonthStatusTotals>> statusTotals(const QStringList& statusKeys, qint64 salespersonId);
    // Orders first shipped from `from` to `to` (inclusive) and how many of them on time.
    Result<ShipmentCounts> shipments(const QDate& from, const QDate& to, qint64 salespersonId);
    // The orders the early warning calls late and at risk (order_risks), from its index.
    struct Flagged
    {
        OrderCountValue late;
        OrderCountValue atRisk;
    };
    Result<Flagged> flagged(const QString& currency, qint64 salespersonId);
    // Exceptions not closed yet, on orders of the salesperson when one is given.
    Result<qint64> openExceptions(qint64 salespersonId);

    // The summary against a full recount of the orders: the rows that differ (at most `limit`).
    Result<QList<MonthTotalsMismatch>> monthTotalsMismatches(int limit);
    // Orders whose first shipment in the timeline is missing from order_shipments or recorded on
    // another day, and rows of order_shipments no timeline event explains (order numbers or ids).
    Result<QStringList> shipmentMismatches(int limit);

private:
    Database& m_db;
};

} // namespace od
