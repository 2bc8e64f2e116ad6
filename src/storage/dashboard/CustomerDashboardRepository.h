#pragma once

#include "DashboardChartRepository.h"
#include "DashboardRepository.h"

namespace od {

// The dashboard's reads narrowed to one customer (and, when given, one salesperson). Intake and
// backlog come from the customers' month summary (customer_month_totals); the shipments, risks and
// exceptions have no summary by customer, so those read the customer's own orders through its index
// (customer, order date): a customer's year is thousands of rows, not the whole book.
class CustomerDashboardRepository
{
    Q_DECLARE_TR_FUNCTIONS(CustomerDashboardRepository)

public:
    CustomerDashboardRepository(Database& db, qint64 customerId, qint64 salespersonId)
        : m_db(db), m_customerId(customerId), m_salespersonId(salespersonId)
    {
    }

    // As DashboardRepository's, for the customer's orders.
    Result<QList<MonthStatusTotals>> monthTotals(const QString& fromMonth, const QString& toMonth);
    Result<QList<MonthStatusTotals>> statusTotals(const QStringList& statusKeys);
    Result<ShipmentCounts> shipments(const QDate& from, const QDate& to);
    // As DashboardChartRepository's, for the customer's orders first shipped from `from` to `to`.
    Result<QList<MonthShipmentCounts>> shipmentsByMonth(const QDate& from, const QDate& to);
    Result<DashboardRepository::Flagged> flagged(const QString& currency);
    Result<qint64> openExceptions();

private:
    QString salespersonCondition(const QString& column) const;
    void bindScope(QSqlQuery& q) const;

    Database& m_db;
    qint64 m_customerId = 0;
    qint64 m_salespersonId = 0;
};

} // namespace od
