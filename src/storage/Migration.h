#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace od {

class Database;

// One schema change: the script src/storage/migrations/NNN_name.sql, whose number NNN is the
// schema version it brings the database to, and optionally a C++ step for data the script
// cannot work out itself (a backfill). Both run in the migration's one transaction, the script
// first; a failure in either leaves the database at the version before.
struct Migration
{
    int number = 0;
    QString name;       // "planning" of 007_planning.sql
    QString scriptPath; // a Qt resource path; empty for a migration that is only a C++ step
    std::function<Status(Database&)> step;
};

// Every migration of this build, ordered by the number in its name (not by the order the
// resource system lists files in). Numbers must run 1, 2, 3 … without a gap or a repeat; a
// build that breaks this refuses to open any database, and a test keeps it from being shipped.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)

public:
    static const QList<Migration>& all();
    // The schema version this build writes.
    static int latest();
    // A gap or a repeated number in `migrations`, in words; empty when they are in order.
    static QString orderProblem(const QList<Migration>& migrations);
};

} // namespace od
