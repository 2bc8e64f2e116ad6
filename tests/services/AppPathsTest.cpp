// One data folder for the desktop app and orderdesk-cli, owner-only, with an owner-only log; a
// database the desktop app kept in its older folder moves there.
#include "AppPaths.h"
#include "Database.h"
#include "Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <spdlog/spdlog.h>

#include <sys/stat.h>

using namespace od;

namespace {

std::string modeOf(const QString& path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return "missing";
    return QString::number(st.st_mode & 07777, 8).toStdString();
}

// XDG_DATA_HOME pointed at a temporary folder for the test's length.
class DataHome
{
public:
    DataHome() : m_previous(qgetenv("XDG_DATA_HOME")) { qputenv("XDG_DATA_HOME", m_dir.path().toUtf8()); }
    ~DataHome() { qputenv("XDG_DATA_HOME", m_previous); }
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QByteArray m_previous;
};

} // namespace

TEST(AppPaths, TheDesktopAppAndTheCommandLineUseTheSameOwnerOnlyFolder)
{
    DataHome home;
    const QString expected = home.path() + QStringLiteral("/OrderDesk/orderdesk.sqlite");
    // orderdesk-cli sets no organisation; the desktop app sets "OrderDesk".
    QCoreApplication::setOrganizationName(QString());
    EXPECT_EQ(AppPaths::defaultDatabasePath(), expected);
    QCoreApplication::setOrganizationName(QStringLiteral("OrderDesk"));
    auto reset = qScopeGuard([] { QCoreApplication::setOrganizationName(QString()); });
    EXPECT_EQ(AppPaths::defaultDatabasePath(), expected);
    EXPECT_EQ(modeOf(AppPaths::dataDir()), "700");

    // A folder an earlier version made readable by others is closed.
    ASSERT_TRUE(QFile::setPermissions(AppPaths::dataDir(), QFile::ReadOwner | QFile::WriteOwner |
                                                               QFile::ExeOwner | QFile::ReadOther |
                                                               QFile::ExeOther));
    const auto testLogger = spdlog::default_logger();
    Logging::init(QStringLiteral("test"), false);
    spdlog::set_default_logger(testLogger);
    EXPECT_EQ(modeOf(AppPaths::dataDir()), "700");
    EXPECT_EQ(modeOf(AppPaths::logFilePath()), "600");
}

TEST(AppPaths, ADatabaseInTheDesktopAppsEarlierFolderMovesToTheSharedOne)
{
    DataHome home;
    const QString earlier = AppPaths::earlierDataDir() + QStringLiteral("/orderdesk.sqlite");
    ASSERT_TRUE(QDir().mkpath(AppPaths::earlierDataDir() + QStringLiteral("/backups")));
    {
        auto db = Database::open(earlier);
        ASSERT_TRUE(db.has_value());
        ASSERT_TRUE(
            (*db)->exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('company.name', '申通')")));
    }
    auto moved = AppPaths::adoptEarlierDatabase();
    ASSERT_TRUE(moved.has_value()) << moved.error().message.toStdString();
    EXPECT_TRUE(moved->contains(AppPaths::defaultDatabasePath())) << moved->toStdString();
    EXPECT_FALSE(QFile::exists(earlier));
    EXPECT_TRUE(QFileInfo(AppPaths::dataDir() + QStringLiteral("/backups")).isDir());
    auto db = Database::open(AppPaths::defaultDatabasePath());
    ASSERT_TRUE(db.has_value());
    QSqlQuery q((*db)->sql());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'company.name'")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("申通"));

    // Nothing to do the next time; with databases in both places, the older one is only named.
    EXPECT_TRUE(AppPaths::adoptEarlierDatabase()->isEmpty());
    ASSERT_TRUE(Database::open(earlier).has_value());
    auto both = AppPaths::adoptEarlierDatabase();
    ASSERT_TRUE(both.has_value());
    EXPECT_TRUE(both->contains(QDir::toNativeSeparators(earlier))) << both->toStdString();
    EXPECT_TRUE(QFile::exists(earlier));
}
