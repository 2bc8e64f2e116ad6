#include "CliContext.h"

#include "AppPaths.h"
#include "ExitCode.h"
#include "SettingsService.h"

#include <QDir>
#include <QFileInfo>

#include <cstdio>
#include <unistd.h>

namespace od::cli {

CliContext::CliContext(const CommandLine& commandLine)
    : m_commandLine(commandLine), m_out(stdout), m_err(stderr)
{
}

bool CliContext::stderrIsTerminal() const
{
    return ::isatty(fileno(stderr)) == 1;
}

QString CliContext::databasePath() const
{
    return AppPaths::databasePath(m_commandLine.value(QStringLiteral("db")));
}

Result<Database*> CliContext::database(bool create)
{
    if (m_db)
        return m_db.get();
    const QString path = databasePath();
    const QFileInfo info(path);
    if (!create && !info.exists())
        return std::unexpected(Error::invalid(
            tr("There is no database at %1. Create one with \"orderdesk-cli --db %1 init\".").arg(path)));
    if (create && !info.dir().exists() && !QDir().mkpath(info.absolutePath()))
        return std::unexpected(Error::invalid(tr("Cannot create the folder %1.").arg(info.absolutePath())));
    auto db = Database::open(path);
    if (!db)
        return std::unexpected(db.error());
    m_db = std::move(*db);
    return m_db.get();
}

Result<Session*> CliContext::session(bool requireUser)
{
    if (m_session)
        return m_session.get();
    auto db = database(false);
    if (!db)
        return std::unexpected(db.error());
    SettingsService settings(**db);
    auto users = settings.users();
    if (!users)
        return std::unexpected(users.error());

    const QString wanted = m_commandLine.value(QStringLiteral("user"));
    std::optional<User> chosen;
    for (const User& u : *users) {
        if (!u.active)
            continue;
        if (!wanted.isEmpty()) {
            if (u.name == wanted)
                chosen = u;
        } else if (u.role == Role::Administrator && !chosen) {
            chosen = u;
        }
    }
    if (!chosen && !wanted.isEmpty())
        return std::unexpected(
            Error::invalid(tr("There is no active user called %1.").arg(wanted), QStringLiteral("user")));
    if (!chosen) {
        for (const User& u : *users) {
            if (u.active) {
                chosen = u;
                break;
            }
        }
    }
    if (!chosen && requireUser)
        return std::unexpected(Error::invalid(
            tr("%1 has no user yet. Run \"orderdesk-cli --db %1 init\" to create an administrator.")
                .arg(databasePath())));
    m_session = std::make_unique<Session>(**db, chosen.value_or(User()));
    return m_session.get();
}

int CliContext::fail(const Error& error)
{
    m_err << tr("orderdesk-cli: %1").arg(error.message) << Qt::endl;
    return exitCodeFor(error);
}

} // namespace od::cli
