#pragma once

#include "ChangeRequest.h"
#include "DashboardFigures.h"
#include "OnTimeGrouping.h"
#include "OrderException.h"
#include "OrderListQuery.h"
#include "Session.h"
#include "TableSheet.h"

#include <QCoreApplication>

namespace od {

// The lists of the app as tables to export (TableExportService): the same rows a page shows for
// the same filter, read through the same services, so who may see what is decided in one place.
// Titles are translated; values keep their types (dates, money, numbers).
class ListTables
{
    Q_DECLARE_TR_FUNCTIONS(ListTables)

public:
    explicit ListTables(Session& session) : m_session(session) {}

    // Every order the query gives, in its sort order, read page by page.
    Result<TableSheet> orders(const OrderListQuery& query);
    // Each customer's receivables on `asOf`, with ageing.
    Result<TableSheet> receivables(const QDate& asOf);
    // Issued invoices, newest first; customerId 0 = every customer; from/to: invoice dates (null = open).
    Result<TableSheet> invoices(qint64 customerId, bool openOnly, const QDate& from = {},
                                const QDate& to = {});
    // One customer's payments received, newest first.
    Result<TableSheet> payments(qint64 customerId);
    // Shipments, newest first; from/to: ship dates (null = open).
    Result<TableSheet> shipments(bool inTransitOnly, const QDate& from = {}, const QDate& to = {});
    // Orders ready to ship, as the Shipments page lists them.
    Result<TableSheet> readyToShip();
    Result<TableSheet> changes(const ChangeRequestFilter& filter, const QDate& from = {},
                               const QDate& to = {});
    Result<TableSheet> exceptions(const ExceptionFilter& filter, const QDate& from = {},
                                  const QDate& to = {});
    // The signed-in user's work list, as My work shows it (kind empty: every kind).
    Result<TableSheet> myWork(const QString& kind = {});
    // The on-time report (准时交付) for the period and grouping, its total as the last row.
    Result<TableSheet> onTime(const QDate& from, const QDate& to, OnTimeGrouping grouping);
    // The dashboard's figures and chart data, one sheet each.
    QList<TableSheet> dashboard(const DashboardFigures& figures, const QString& salespersonName);

private:
    Session& m_session;
};

} // namespace od
