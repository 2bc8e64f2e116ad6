#include "AppPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace od {

QString AppPaths::dataDir()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share/OrderDesk");
    QDir().mkpath(dir);
    return dir;
}

QString AppPaths::defaultDatabasePath()
{
    return dataDir() + QStringLiteral("/orderdesk.sqlite");
}

QString AppPaths::databasePath(const QString& commandLineValue)
{
    if (!commandLineValue.isEmpty())
        return commandLineValue;
    const QString env = qEnvironmentVariable("ORDERDESK_DB");
    if (!env.isEmpty())
        return env;
    return defaultDatabasePath();
}

QString AppPaths::logFilePath()
{
    return dataDir() + QStringLiteral("/orderdesk.log");
}

} // namespace od
