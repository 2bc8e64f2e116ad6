#pragma once

#include "Session.h"
#include "SettlementLedger.h"

#include <QCoreApplication>
#include <QList>

namespace od {

// What every settlement operation does inside its transaction once the ledger has decided:
// refuse a date in a closed month, record the applications, and move the settlement state of the
// orders whose invoices changed — through OrderChange, so each moved order gets its timeline
// event and audit record in the same transaction.
class SettlementPosting
{
    Q_DECLARE_TR_FUNCTIONS(SettlementPosting)

public:
    explicit SettlementPosting(Session& session) : m_session(session) {}

    Status checkOpen(const QDate& date);
    Status apply(const QList<LedgerChange>& changes, const QDate& appliedOn);
    // What moved the orders, for their timelines (OrderEventText::settlementChanged).
    struct Cause
    {
        QString kind; // invoice, credit_note, payment, reapply, write_off, import
        QString document;
    };
    Status syncOrders(const QList<qint64>& invoiceIds, const Cause& cause);
    static QList<qint64> invoicesOf(const QList<LedgerChange>& changes);

private:
    Session& m_session;
};

} // namespace od
