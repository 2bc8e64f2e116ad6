#pragma once

#include "Database.h"
#include "WriteOff.h"

#include <QCoreApplication>
#include <QList>

namespace od {

// Bad debts written off. One per invoice, for what it has open; saving it takes the amount off
// the invoice and adds it to the customer's written-off sum in the same statement.
class WriteOffRepository
{
    Q_DECLARE_TR_FUNCTIONS(WriteOffRepository)

public:
    explicit WriteOffRepository(Database& db) : m_db(db) {}

    Status insert(WriteOff& writeOff, qint64 userId);
    Result<QList<WriteOff>> forCustomer(qint64 customerId);

private:
    Database& m_db;
};

} // namespace od
