#pragma once

#include "SettlementFigures.h"

#include "Database.h"
#include "Money.h"

#include <QCoreApplication>

namespace od {

class CustomerBalanceRepository
{
    Q_DECLARE_TR_FUNCTIONS(CustomerBalanceRepository)

public:
    explicit CustomerBalanceRepository(Database& db) : m_db(db) {}

    // Zeros for a customer with no settlement documents yet.
    Result<CustomerBalance> byCustomer(qint64 customerId);

private:
    Database& m_db;
};

} // namespace od
