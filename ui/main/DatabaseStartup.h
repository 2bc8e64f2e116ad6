#pragma once

#include "Database.h"
#include "User.h"

#include <QCoreApplication>

class QWidget;

namespace od {

// The steps between "a database path" and "a session": is the file still empty, fill it with
// the demo company, and which user this PC works as.
class DatabaseStartup
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseStartup)

public:
    static constexpr qint64 DemoOrders = 2'000;

    // True when the database has no users, customers or orders yet.
    static Result<bool> isEmpty(Database& db);
    static Result<bool> hasUsers(Database& db);
    enum class Progress
    {
        Dialog,
        None
    };
    // Fills an empty database with the demo company. With Progress::Dialog the work runs in the
    // background behind a progress dialog with Cancel; with None it runs right here (screenshots,
    // where nobody watches). `cancelled` tells whether the user stopped it.
    static Status generateDemo(Database& db, qint64 orders, Progress progress, QWidget* parent = nullptr,
                               bool* cancelled = nullptr);
};

} // namespace od
