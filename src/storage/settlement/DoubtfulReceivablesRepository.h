#pragma once

#include "Database.h"
#include "DoubtfulReceivable.h"

#include <QCoreApplication>

namespace od {

// Open invoices overdue by more than a number of days, read through the partial index of open
// invoices by due date, with each customer's latest collection contact.
class DoubtfulReceivablesRepository
{
    Q_DECLARE_TR_FUNCTIONS(DoubtfulReceivablesRepository)

public:
    explicit DoubtfulReceivablesRepository(Database& db) : m_db(db) {}

    // Invoices with something open now whose due date is more than `minDaysOverdue` days before
    // `asOf`, the oldest due first (onHold is left false).
    Result<QList<DoubtfulReceivable>> list(const QDate& asOf, int minDaysOverdue, int limit);
    // The count, sum and customers of all of them.
    Result<DoubtfulTotals> totals(const QDate& asOf, int minDaysOverdue);

private:
    Database& m_db;
};

} // namespace od
