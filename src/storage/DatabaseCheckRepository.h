#pragma once

#include "Database.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace od {

struct ForeignKeyViolation
{
    QString table;
    qint64 rowId = 0;
    QString parentTable;
};

struct OrderTotalsMismatch
{
    QString orderNo;
    qint64 subtotalMinor = 0;
    qint64 taxMinor = 0;
    qint64 totalMinor = 0;
    qint64 linesSumMinor = 0;
    qint64 lineCount = 0;       // as stored on the order
    qint64 actualLineCount = 0; // rows in order_lines
};

// The SQL behind the database check: SQLite's own checks and the invariants OrderDesk keeps
// between orders, their lines and the search index. Each list stops after `limit` rows, so a
// badly damaged million-order file still gives a readable answer; ask for limit + 1 to know
// whether there were more.
class DatabaseCheckRepository
{
public:
    explicit DatabaseCheckRepository(Database& db) : m_db(db) {}

    // The lines of PRAGMA integrity_check other than "ok".
    Result<QStringList> integrityProblems(int limit);
    Result<QList<ForeignKeyViolation>> foreignKeyViolations(int limit);
    // Orders whose subtotal is not the sum of their line amounts, whose total is not subtotal +
    // tax, or whose line_count is not their number of lines.
    Result<QList<OrderTotalsMismatch>> orderTotalsMismatches(int limit);
    // Order numbers of orders that have no row in the search index.
    Result<QStringList> ordersMissingFromSearch(int limit);
    // Search rows whose order no longer exists.
    Result<QList<qint64>> orphanSearchRows(int limit);
    // Order numbers with a status key this version does not know.
    Result<QStringList> ordersWithUnknownStatus(const QStringList& knownKeys, int limit);

private:
    Database& m_db;
};

} // namespace od
