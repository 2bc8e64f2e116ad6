#pragma once

#include "CreditPolicy.h"
#include "Database.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace od {

// The record of credit holds (when the rules put a customer on hold and when they stopped) and
// of managers' releases. At most one hold is in force per customer.
class CreditHoldRepository
{
    Q_DECLARE_TR_FUNCTIONS(CreditHoldRepository)

public:
    explicit CreditHoldRepository(Database& db) : m_db(db) {}

    Result<std::optional<CreditHold>> inForce(qint64 customerId);
    Status place(CreditHold& hold);
    Status lift(qint64 holdId, const QDate& liftedOn);
    // Customers with a hold in force.
    Result<QList<CreditHold>> allInForce();

    Status insertRelease(CreditRelease& release);
    // The customer's most recent release (the one that can still be in force).
    Result<std::optional<CreditRelease>> latestRelease(qint64 customerId);

private:
    Database& m_db;
};

} // namespace od
