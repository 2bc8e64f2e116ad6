#pragma once

#include "Session.h"

#include <QCoreApplication>

class QWidget;

namespace od {

// The steps between "a database path" and "a signed-in session": is the file still empty, and
// fill it with the demo company.
class DatabaseStartup
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseStartup)

public:
    static constexpr qint64 DemoOrders = 2'000;

    // True when the database has no users, customers or orders yet.
    static Result<bool> isEmpty(Session& session);
    static Result<bool> hasUsers(Session& session);
    enum class Progress
    {
        Dialog,
        None
    };
    // Fills an empty database with the demo company. With Progress::Dialog the work runs in the
    // background behind a progress dialog with Cancel; with None it runs right here (screenshots,
    // where nobody watches). `cancelled` tells whether the user stopped it.
    static Status generateDemo(Session& session, qint64 orders, Progress progress, QWidget* parent = nullptr,
                               bool* cancelled = nullptr);
};

} // namespace od
