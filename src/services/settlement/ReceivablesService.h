#pragma once

#include "CustomerStatement.h"
#include "ReceivablesAgeing.h"
#include "Session.h"
#include "SettlementFigures.h"

#include <QCoreApplication>

namespace od {

// One customer's line of the receivables report.
struct ReceivablesLine
{
    CustomerReceivables figures;
    bool onHold = false; // held by the rules and not released
    QDate releasedUntil; // held by the rules, but a manager's release is in force until this day
};

// Receivables (应收账款) on a day: each customer's balance with ageing by due date, the totals,
// and days sales outstanding over the 90 days before the day.
struct ReceivablesReport
{
    QDate asOf;
    QList<ReceivablesLine> customers;
    AgeingBuckets totals;
    Money outstanding; // open on invoices
    Money advances;
    std::optional<qint64> dsoTenths;
};

class ReceivablesService
{
    Q_DECLARE_TR_FUNCTIONS(ReceivablesService)

public:
    explicit ReceivablesService(Session& session) : m_session(session) {}

    Result<ReceivablesReport> receivables(const QDate& asOf);
    // One customer's DSO over the 90 days before `asOf`.
    Result<std::optional<qint64>> customerDso(qint64 customerId, Money outstanding, const QDate& asOf);
    // The customer statement (对账单) of a period.
    Result<CustomerStatement> statement(qint64 customerId, const QDate& from, const QDate& to);
    // Open invoices past due on `asOf`, oldest due first (the collection list).
    Result<QList<OverdueInvoice>> overdue(const QDate& asOf, int limit, int offset = 0);

private:
    Session& m_session;
};

} // namespace od
