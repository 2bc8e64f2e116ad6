#include "Session.h"

#include "Database.h"

namespace od {

namespace {

User nobody()
{
    User user;
    user.active = false;
    return user;
}

} // namespace

Session::Session(Database& db, User user) : m_db(&db), m_user(std::move(user)) {}

Session::Session(std::unique_ptr<Database> owned, User user)
    : m_owned(std::move(owned)), m_db(m_owned.get()), m_user(std::move(user))
{
}

Session::~Session() = default;

Result<std::unique_ptr<Session>> Session::open(const QString& path, OpenMode mode)
{
    auto db = mode == OpenMode::MustExist
                  ? Database::openExisting(path)
                  : Database::open(path, mode == OpenMode::CreateAndMigrate ? Database::Migrate::Yes
                                                                            : Database::Migrate::No);
    if (!db)
        return std::unexpected(db.error());
    return std::unique_ptr<Session>(new Session(std::move(*db), nobody()));
}

QString Session::databasePath() const
{
    return m_db->path();
}

int Session::schemaVersion() const
{
    return m_db->schemaVersion();
}

SessionFactory Session::factory() const
{
    return SessionFactory(databasePath(), m_user, m_today);
}

void Session::closeConnection()
{
    m_db->close();
}

SessionFactory::SessionFactory(QString databasePath, User user, QDate today)
    : m_path(std::move(databasePath)), m_user(std::move(user)), m_today(today)
{
}

Result<std::unique_ptr<Session>> SessionFactory::open() const
{
    auto session = Session::open(m_path, Session::OpenMode::Existing);
    if (!session)
        return std::unexpected(session.error());
    (*session)->setUser(m_user);
    (*session)->setToday(m_today);
    if (m_cacheKiB > 0)
        (void)(*session)->db().exec(QStringLiteral("PRAGMA cache_size = -%1").arg(m_cacheKiB));
    return session;
}

} // namespace od
