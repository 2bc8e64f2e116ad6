#pragma once

#include "CsvProgress.h"
#include "Payment.h"
#include "Session.h"

#include <QCoreApplication>
#include <QList>

namespace od {

// Many payments recorded at once inside the caller's transaction (an import), by the same rules
// as one payment from the form, in a fraction of the time: each customer's open invoices read
// once; each payment applied in memory in turn (PaymentAllocator's rule — an open invoice of
// exactly its amount, else oldest due first, the rest the customer's advance — each payment
// seeing the invoices as the ones before it left them); the payments and applications written
// through statements prepared once; then the settlement state of every order whose invoices
// changed moved once, with its timeline event and audit record (OrderChange::moveSettlement).
// The caller has checked each payment (PaymentRules, the closed months, the unique reference)
// and that a named invoice is the customer's and open.
class PaymentBatch
{
    Q_DECLARE_TR_FUNCTIONS(PaymentBatch)

public:
    struct Item
    {
        int line = 0; // where it came from, for an error message; 0 = none
        Payment payment;
        qint64 invoiceId = 0; // the invoice it names; 0 = applied automatically
    };

    explicit PaymentBatch(Session& session) : m_session(session) {}

    // Records the items (their ids and applied amounts are set); `source` names them on the
    // orders' timelines (the file's name). Advances `progress` once per item and stops early,
    // leaving the transaction to be rolled back, when it is cancelled.
    Status record(QList<Item>& items, const QString& source, CsvProgress& progress);

private:
    Session& m_session;
};

} // namespace od
