#pragma once

#include "Database.h"

#include <QCoreApplication>

namespace od {

// Whether the users of a database are exactly those its own audit trail records: every user
// was added by an entry, has the name, display name, role and active flag the entries leave it
// with, and the password whose fingerprint was recorded last. A copy of the database edited with
// another tool (a clerk who made themselves administrator, or swapped in a password they know)
// keeps an unbroken hash chain but fails this replay. Run on a backup before it is restored.
class UserHistoryCheck
{
    Q_DECLARE_TR_FUNCTIONS(UserHistoryCheck)

public:
    // Nothing when users and trail agree; an Invalid error naming the first difference otherwise.
    // `fileName` is how the message calls the file.
    static Status check(Database& db, const QString& fileName);
};

} // namespace od
