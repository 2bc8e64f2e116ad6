#pragma once

#include "Database.h"
#include "Money.h"

#include <QCoreApplication>

namespace od {

// One customer's settlement sums as customer_balances keeps them.
struct CustomerBalance
{
    qint64 customerId = 0;
    Money invoiced;
    Money credited;
    Money writtenOff;
    Money paid;
    Money applied;

    Money outstanding() const { return invoiced - credited - writtenOff - applied; }
    Money advance() const { return paid - applied; }
    // What the customer owes, net of its advance (negative: it has paid ahead).
    Money balance() const { return outstanding() - advance(); }
};

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
