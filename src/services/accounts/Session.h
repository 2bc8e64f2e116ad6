#pragma once

#include "Error.h"
#include "User.h"

#include <QDate>
#include <QString>

#include <memory>

namespace od {

class Database; // the connection is the core's own: front ends never reach it
class SessionFactory;

// Who is working and on which database. Every service acts through a Session, so the same
// rules hold for the GUI, the CLI and the tests. A session either borrows a connection (tests,
// services acting as another user inside one transaction) or owns one (Session::open).
class Session
{
public:
    enum class OpenMode
    {
        CreateAndMigrate, // a new file gets the schema; an older one is brought up to date
        Existing,         // the file must exist and be current (worker threads, readers)
        MustExist,        // a missing or empty file is refused, never made into a database
                          // (commands that only read); an older one is brought up to date
    };

    Session(Database& db, User user);
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;
    Session(Session&&) = default;
    Session& operator=(Session&&) = delete;

    // Opens the database file for a session that owns its connection. Nobody is signed in yet:
    // every permission is refused until setUser() names who signed in.
    static Result<std::unique_ptr<Session>> open(const QString& path,
                                                 OpenMode mode = OpenMode::CreateAndMigrate);

    // For services inside the core; front ends have no use for it (and cannot include Database.h).
    Database& db() const { return *m_db; }
    QString databasePath() const;
    int schemaVersion() const;

    const User& user() const { return m_user; }
    void setUser(User user) { m_user = std::move(user); }
    bool isSignedIn() const { return m_user.id > 0 && m_user.active; }

    // The business day; tests pin it so that lead-time rules do not depend on the calendar.
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    void setToday(QDate today) { m_today = today; }

    // How to open a session like this one (same file, same user, same day) on another thread,
    // which must open its own connection.
    SessionFactory factory() const;

    // Closes the connection (before a restore replaces the file); the session is unusable after.
    void closeConnection();

private:
    Session(std::unique_ptr<Database> owned, User user);
    std::unique_ptr<Database> m_owned;
    Database* m_db = nullptr;
    User m_user;
    QDate m_today;
};

// A recipe for a session on a connection of its own: background work (counts, imports,
// exports, backups, the Orders list loader) is handed one and opens it in its own thread,
// because a connection belongs to the thread that opened it.
class SessionFactory
{
public:
    SessionFactory() = default;
    SessionFactory(QString databasePath, User user, QDate today = {});

    QString databasePath() const { return m_path; }
    const User& user() const { return m_user; }
    // A small page cache for work that reads through most of what it touches once (a backup).
    void setCacheKiB(int kib) { m_cacheKiB = kib; }

    // Opens the connection in the calling thread.
    Result<std::unique_ptr<Session>> open() const;

private:
    QString m_path;
    User m_user;
    QDate m_today;
    int m_cacheKiB = 0; // 0 = the default of every connection
};

} // namespace od
