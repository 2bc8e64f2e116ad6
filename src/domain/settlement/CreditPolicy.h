#pragma once

#include "Money.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace od {

// The company's credit rules (in settings): a customer goes on hold when an invoice is overdue by
// more than `overdueDays`, and/or when what it owes plus its open orders exceed its credit limit.
struct CreditPolicy
{
    static constexpr int MaxOverdueDays = 365;

    bool holdWhenOverdue = true;
    int overdueDays = 30;
    bool holdOverLimit = true;
};

// What a customer owes and has on order, for the credit rules.
struct CreditExposure
{
    Money outstanding; // open on invoices
    Money advance;     // paid and not applied
    Money openOrders;  // open orders, the part not invoiced yet
    Money creditLimit; // zero: no limit
    int maxDaysOverdue = 0;
    QString mostOverdueInvoice;

    // Owed net of the advance.
    Money receivables() const { return outstanding - advance; }
    Money exposure() const { return receivables() + openOrders; }
};

// A manager's release of a customer's credit hold: a decision with its reason, recorded and
// audited, valid up to and including `validUntil`. The rules are not changed by it.
struct CreditRelease
{
    qint64 id = 0;
    qint64 customerId = 0;
    QDate releasedOn;
    QDate validUntil;
    qint64 managerId = 0;
    QString managerName;
    QString reason;
};

// When the credit rules put a customer on hold, and when they stopped holding it.
struct CreditHold
{
    qint64 id = 0;
    qint64 customerId = 0;
    QDate placedOn;
    QStringList reasons; // CreditControl::reasonKey of each reason
    QString detail;      // the translated description at the time
    QDate liftedOn;      // null while in force
};

} // namespace od
