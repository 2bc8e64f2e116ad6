#pragma once

#include "Database.h"

#include <QCoreApplication>
#include <QString>

namespace od {

// Gap-free numbers for documents other than orders, per kind, prefix and year: INV-2026-000123,
// CN-2026-000007, EXC-2026-000003. Like order numbers, the counter moves inside the caller's transaction, so
// a document that is not saved gives its number back.
class DocumentNumberAllocator
{
    Q_DECLARE_TR_FUNCTIONS(DocumentNumberAllocator)

public:
    enum class Kind
    {
        Invoice,
        CreditNote,
        Exception,
        Shipment,
        Change
    };

    explicit DocumentNumberAllocator(Database& db) : m_db(db) {}

    Result<QString> next(Kind kind, const QString& prefix, int year);

    static QString kindKey(Kind kind);

private:
    Database& m_db;
};

} // namespace od
