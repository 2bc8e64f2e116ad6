#pragma once

#include "Database.h"

#include <QString>

namespace od {

// Readable, unique, gap-free order numbers per prefix and year: SO-2026-000123. The counter is
// advanced inside the caller's transaction, so a save that rolls back gives its number back.
class OrderNumberAllocator
{
public:
    explicit OrderNumberAllocator(Database& db) : m_db(db) {}

    Result<QString> next(const QString& prefix, int year);
    // An order imported with its own number moves the counter past it.
    Status observe(const QString& prefix, int year, qint64 value);

    static QString format(const QString& prefix, int year, qint64 value);
    // Splits "SO-2026-000123" into its parts; false when it does not follow the pattern.
    static bool parse(const QString& orderNo, QString* prefix, int* year, qint64* value);

private:
    Database& m_db;
};

} // namespace od
