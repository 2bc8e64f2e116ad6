#pragma once

#include "Session.h"
#include "SettlementLedger.h"

#include <QCoreApplication>
#include <QList>

namespace od {

// What every settlement operation does inside its transaction once the ledger has decided:
// refuse a date in a closed month, record the applications, and set the settlement state of the
// orders whose invoices changed.
class SettlementPosting
{
    Q_DECLARE_TR_FUNCTIONS(SettlementPosting)

public:
    explicit SettlementPosting(Session& session) : m_session(session) {}

    Status checkOpen(const QDate& date);
    Status apply(const QList<LedgerChange>& changes, const QDate& appliedOn);
    Status syncOrders(const QList<qint64>& invoiceIds);
    static QList<qint64> invoicesOf(const QList<LedgerChange>& changes);

private:
    Session& m_session;
};

} // namespace od
