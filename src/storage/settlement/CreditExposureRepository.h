#pragma once

#include "CreditPolicy.h"
#include "Database.h"

#include <QCoreApplication>
#include <QDate>

namespace od {

// What the credit rules weigh for one customer on a day: what it owes and has paid ahead (its
// running sums), its most overdue open invoice, and the part of its open orders not yet
// invoiced — an invoiced part is already in what it owes and is not counted twice.
class CreditExposureRepository
{
    Q_DECLARE_TR_FUNCTIONS(CreditExposureRepository)

public:
    explicit CreditExposureRepository(Database& db) : m_db(db) {}

    Result<CreditExposure> exposure(qint64 customerId, const QDate& today);

private:
    Database& m_db;
};

} // namespace od
