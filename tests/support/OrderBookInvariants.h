#pragma once

#include "Database.h"

#include <QString>
#include <QStringList>

namespace od::test {

// What must hold in an OrderDesk database however its writers were interrupted: SQLite's own
// integrity and foreign-key checks; every order has line_count lines, subtotal = sum of its
// line amounts, total = subtotal + tax, a timeline event, an audit entry (or belongs to a
// recorded import) and its search row; every order audit entry has its order; order numbers
// are gap-free per prefix and year and match their counter; the audit chain verifies.
// Returns one readable line per violation (a few per kind); empty when all holds.
QStringList orderBookViolations(Database& db);

qint64 scalar(Database& db, const QString& sql);

} // namespace od::test
