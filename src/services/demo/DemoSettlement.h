#pragma once

#include "BulkOrder.h"
#include "BulkSettlement.h"
#include "DemoRandom.h"
#include "Error.h"
#include "InvoiceRequest.h"
#include "Session.h"
#include "SettlementSettingsService.h"
#include "SettlementStatus.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>

#include <optional>
#include <string>

namespace od {

// Invoices and payments for a demo company, so that the finance pages have a real book to show:
// every shipped or delivered order invoiced by the finance clerk a little after its order date, at
// the order's tax rate and the customer's payment terms; most invoices paid (in full, some in
// part, a few with more than owed, which stays as the customer's advance), some not yet due, some
// overdue in every ageing bucket because a few customers pay late, who then go on credit hold.
// Each order to invoice is decided as the bulk load writes it (bills(), add(): its invoice date,
// whether and how it is paid, so that it goes in with its settlement state); the book is made
// after the last one, invoices numbered by date, and written with the orders
// (DemoBulkWriter::insertSettlement) with their timeline events. The credit rules follow once the
// load is committed (holdLatePayers, through CreditControlService). The same seed and day give the
// same book.
class DemoSettlement
{
    Q_DECLARE_TR_FUNCTIONS(DemoSettlement)

public:
    // `clerkId` 0: the company has no finance clerk, and nothing is invoiced.
    DemoSettlement(const QDate& today, const SettlementSettings& settings, qint64 clerkId, quint64 seed = 1);

    // Whether the order is invoiced: shipped or delivered, or, for a customer who pays late,
    // completed within the last half year (so that the debts age into every bucket).
    bool bills(const BulkOrder& order) const;
    // Decides how the order is invoiced and paid, before it is written: returns the settlement
    // state it is written with. Keeps what its invoice and payment need; `productNames` by id.
    SettlementStatus add(qint64 orderId, const BulkOrder& order, int paymentTermsDays,
                         const QHash<qint64, QString>& productNames);
    // The invoices of the orders added, numbered by date, their payments and what those did.
    Result<BulkSettlement> book() const;

    // The credit rules as of the demo's day for every customer with an invoice, after the credit
    // limits of those who pay on time are sized to their business. Returns how many are on hold.
    static Result<qint64> holdLatePayers(Session& demo, const QDate& today);

private:
    struct Billable
    {
        InvoiceSourceOrder source; // every line shipped, nothing invoiced
        int paymentTermsDays = 30;
        int revision = 1;
        QDate invoiceDate;
        std::optional<Payment> payment; // its reference is given with the invoice's number
        SettlementStatus status = SettlementStatus::Invoiced;
    };

    QDate m_day;
    SettlementSettings m_settings;
    qint64 m_clerkId = 0;
    DemoRandom m_random;
    std::string m_lateSince; // the first order date of a late payer's completed orders to invoice
    QList<Billable> m_orders;
};

} // namespace od
