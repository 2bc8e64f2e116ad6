#pragma once

#include "CustomerStatement.h"
#include "Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace od {

// What a customer statement is made of: the balance before the period and the documents in it.
struct StatementData
{
    Money opening;
    QList<StatementEntry> entries;
};

// Reads a customer's documents for a statement through the per-customer date indexes, whose
// amounts are in the index itself, so the opening balance of a customer with years of history
// is added up without reading a table row.
class StatementRepository
{
    Q_DECLARE_TR_FUNCTIONS(StatementRepository)

public:
    explicit StatementRepository(Database& db) : m_db(db) {}

    Result<StatementData> load(qint64 customerId, const QDate& from, const QDate& to);

private:
    Database& m_db;
};

} // namespace od
