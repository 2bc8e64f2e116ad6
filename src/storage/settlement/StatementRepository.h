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

// The figures of a statement without its lines: the opening balance and what each kind of
// document added or took off in the period.
struct StatementTotals
{
    Money opening;
    Money invoiced;
    Money credited;
    Money writtenOff;
    Money paid;

    Money closing() const { return opening + invoiced - credited - writtenOff - paid; }
};

// Reads a customer's documents for a statement through the per-customer date indexes, which hold
// everything a statement shows, so it never reads a table row. A big customer has tens of
// thousands of documents a year: the totals come from the indexes in a few milliseconds, and the
// lines come in pages in the statement's order (date, then invoices, credit notes, write-offs,
// payments, then number), each page costing about the same.
class StatementRepository
{
    Q_DECLARE_TR_FUNCTIONS(StatementRepository)

public:
    explicit StatementRepository(Database& db) : m_db(db) {}

    Result<StatementTotals> totals(qint64 customerId, const QDate& from, const QDate& to);
    // Entries `offset` to `offset + limit` of the period, in the statement's order.
    Result<QList<StatementEntry>> entries(qint64 customerId, const QDate& from, const QDate& to, int limit,
                                          int offset = 0);
    // The opening balance and every entry (for the PDF, made off the UI thread).
    Result<StatementData> load(qint64 customerId, const QDate& from, const QDate& to);

private:
    Database& m_db;
};

} // namespace od
