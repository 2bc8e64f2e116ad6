#include "CliContext.h"

#include "AccountService.h"
#include "AppPaths.h"
#include "ExitCode.h"
#include "PasswordPrompt.h"
#include "TextTable.h"

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
    if (AppPaths::usesDefaultDatabase(m_commandLine.value(QStringLiteral("db")))) {
        auto adopted = AppPaths::adoptEarlierDatabase();
        if (!adopted)
            return std::unexpected(adopted.error());
        if (!adopted->isEmpty())
            m_err << tr("orderdesk-cli: %1").arg(*adopted) << Qt::endl;
    }
    const QString path = databasePath();
    const QFileInfo info(path);
    if (!create && !info.exists())
        return std::unexpected(Error::invalid(
            tr("There is no database at %1. Create one with \"orderdesk-cli --db %1 init\".").arg(path)));
    if (create && !info.dir().exists() && !QDir().mkpath(info.absolutePath()))
        return std::unexpected(Error::invalid(tr("Cannot create the folder %1.").arg(info.absolutePath())));
    // A command that only reads never turns an empty file into a database.
    auto db = create ? Database::open(path) : Database::openExisting(path);
    if (!db)
        return std::unexpected(db.error());
    m_db = std::move(*db);
    return m_db.get();
}

Result<Session*> CliContext::signIn()
{
    if (m_session)
        return m_session.get();
    const QString name = m_commandLine.value(QStringLiteral("user")).trimmed();
    if (name.isEmpty())
        return std::unexpected(Error::invalid(
            tr("\"%1\" changes or reads business data: sign in with --user NAME (the password comes from "
               "ORDERDESK_PASSWORD or the terminal).")
                .arg(m_commandLine.command()),
            QStringLiteral("user")));
    auto db = database(false);
    if (!db)
        return std::unexpected(db.error());
    auto password = PasswordPrompt::current(name);
    if (!password)
        return std::unexpected(password.error());
    AccountService accounts(**db);
    auto user = accounts.signIn(name, *password);
    if (!user)
        return std::unexpected(user.error());
    if (!accounts.notice().isEmpty())
        m_err << tr("orderdesk-cli: %1").arg(accounts.notice()) << Qt::endl;
    m_session = std::make_unique<Session>(**db, *user);
    return m_session.get();
}

void CliContext::closeDatabase()
{
    m_session.reset();
    m_db.reset();
}

int CliContext::fail(const Error& error)
{
    m_err << tr("orderdesk-cli: %1").arg(TextTable::terminalText(error.message, true)) << Qt::endl;
    return exitCodeFor(error);
}

} // namespace od::cli
