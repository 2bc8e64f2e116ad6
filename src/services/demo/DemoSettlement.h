#pragma once

#include "BulkOrder.h"
#include "BulkSettlement.h"
#include "Error.h"
#include "InvoiceRequest.h"
#include "Session.h"
#include "SettlementSettingsService.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <string>

namespace od {

// Invoices and payments for a demo company, so that the finance pages have a real book to show:
// every shipped or delivered order invoiced by the finance clerk a little after its order date, at
// the order's tax rate and the customer's payment terms; most invoices paid (in full, some in
// part, a few with more than owed, which stays as the customer's advance), some not yet due, some
// overdue in every ageing bucket because a few customers pay late, who then go on credit hold.
// The orders to invoice are kept as the bulk load writes them (bills(), add()); the book is made
// after the last one and written with the orders (DemoBulkWriter::insertSettlement), with their
// settlement states and timeline events. The credit rules follow once the load is committed
// (holdLatePayers, through CreditControlService). The same seed and day give the same book.
class DemoSettlement
{
public:
    // `clerkId` 0: the company has no finance clerk, and nothing is invoiced.
    DemoSettlement(const QDate& today, const SettlementSettings& settings, qint64 clerkId, quint64 seed = 1);

    // Whether the order is invoiced: shipped or delivered, or, for a customer who pays late,
    // completed within the last half year (so that the debts age into every bucket).
    bool bills(const BulkOrder& order) const;
    // Keeps what the order's invoice needs; `productNames` by product id.
    void add(qint64 orderId, const BulkOrder& order, int paymentTermsDays,
             const QHash<qint64, QString>& productNames);
    qsizetype orders() const { return m_orders.size(); }
    // The invoices of the orders added, numbered by date, their payments and what those did.
    Result<BulkSettlement> book() const;

    // The credit rules as of the demo's day for every customer with an invoice, after the credit
    // limits of those who pay on time are sized to their business. Returns how many are on hold.
    static Result<qint64> holdLatePayers(Session& demo, const QDate& today);

private:
    struct Billable
    {
        InvoiceSourceOrder source; // every line shipped, nothing invoiced
        QDate orderDate;
        int paymentTermsDays = 30;
        int revision = 1;
    };

    QDate m_day;
    SettlementSettings m_settings;
    qint64 m_clerkId = 0;
    quint64 m_seed = 1;
    std::string m_lateSince; // the first order date of a late payer's completed orders to invoice
    QList<Billable> m_orders;
};

} // namespace od
