#pragma once

#include "CreditControl.h"
#include "Session.h"
#include "WriteOff.h"

#include <QCoreApplication>

namespace od {

// Credit control: where a customer stands with the credit rules (settings), the hold the rules
// put it on and take it off (recorded when they change), a manager's release with its reason,
// and bad debts written off with a manager's approval. Submitting an order for a customer on
// hold is refused (OrderIntakeService asks requireNotOnHold).
class CreditControlService
{
    Q_DECLARE_TR_FUNCTIONS(CreditControlService)

public:
    explicit CreditControlService(Session& session) : m_session(session) {}

    Result<CreditStanding> standing(qint64 customerId);
    // A Forbidden error naming why, when the customer is on hold and no release is in force. For a
    // user who may send orders over the credit limit, only an overdue invoice holds.
    Status requireNotOnHold(qint64 customerId);
    // Inside the caller's transaction: records a hold when the rules start holding the customer
    // and lifts it when they stop (audited both ways).
    Status refresh(qint64 customerId);
    // Every customer: the same for the whole book (after closing a day, from the Receivables page).
    Result<int> refreshAll();
    // Customers with a hold in force.
    Result<QList<CreditHold>> holds();
    // A manager releases the hold until `validUntil` (at most CreditControl::MaxReleaseDays ahead).
    Result<CreditRelease> release(qint64 customerId, const QString& reason, const QDate& validUntil);
    // A manager writes off what is open on the invoice as a bad debt.
    Result<WriteOff> writeOff(const QString& invoiceNo, const QString& reason, const QDate& date);

private:
    Session& m_session;
};

} // namespace od
