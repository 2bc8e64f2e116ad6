#pragma once

#include "CreditNoteCalculator.h"
#include "Database.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace od {

// Credit notes and their lines. Saving one takes its total off the invoice in the same
// statement; the schema refuses a note that would take off more than the invoice has left open,
// so what a payment paid must be taken back (as applications) before the note is saved.
class CreditNoteRepository
{
    Q_DECLARE_TR_FUNCTIONS(CreditNoteRepository)

public:
    explicit CreditNoteRepository(Database& db) : m_db(db) {}

    Status insert(CreditNote& note, qint64 userId);
    Result<QList<CreditNote>> forInvoice(qint64 invoiceId);
    // The invoice with what earlier credit notes took off each of its lines.
    Result<std::optional<CreditableInvoice>> creditable(qint64 invoiceId);
    Status setOfficial(qint64 creditNoteId, const QString& officialNo, const QDate& officialDate);

private:
    Database& m_db;
};

} // namespace od
