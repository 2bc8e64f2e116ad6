#pragma once

#include "Money.h"

#include <QDate>
#include <QList>
#include <QString>

namespace od {

// An invoice open long past its due date: a receivable the company may not collect (坏账风险),
// with what finance knows of the chase — the last contact and the date the customer promised.
struct DoubtfulReceivable
{
    qint64 invoiceId = 0;
    QString invoiceNo;
    qint64 customerId = 0;
    QString customerCode;
    QString customerName;
    QDate invoiceDate;
    QDate dueDate;
    Money open;
    int daysOverdue = 0;
    QDate lastContact;  // null: never chased
    QDate promisedDate; // of the last contact; null when nothing was promised
    bool onHold = false;
};

// How many doubtful invoices there are, what they add up to and how many customers owe them.
struct DoubtfulTotals
{
    qint64 invoices = 0;
    Money total;
    qint64 customers = 0;
};

// The provision report (坏账准备): the doubtful receivables on a day, most overdue first (the
// first few thousand when there are more), and the totals over all of them.
struct ProvisionReport
{
    QDate asOf;
    int minDaysOverdue = 90;
    QList<DoubtfulReceivable> invoices;
    DoubtfulTotals totals;
};

} // namespace od
