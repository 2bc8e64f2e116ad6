#pragma once

#include "Error.h"
#include "Session.h"

#include <QDate>

namespace od {

struct DemoSettlementOutcome
{
    qint64 invoices = 0;
    qint64 payments = 0;
    qint64 customersOnHold = 0;
};

// Invoices and payments on a freshly generated demo company, so that the finance pages have a
// real book to show: every shipped or delivered order invoiced by the finance clerk a little after
// its order date, at the order's tax rate and the customer's payment terms; most invoices paid
// (in full, some in part, a few with more than owed, which stays as the customer's advance), some
// not yet due, some overdue in every ageing bucket because a few customers pay late, who then go
// on credit hold. Written in one transaction through the bulk path (SettlementBatchRepository),
// the orders' settlement states with their timeline events, one audit record for the whole run;
// the credit holds follow through CreditControlService. The same seed and day give the same book.
class DemoSettlement
{
public:
    static Result<DemoSettlementOutcome> addInvoicesAndPayments(Session& session, const QDate& today,
                                                                quint64 seed = 1);
};

} // namespace od
