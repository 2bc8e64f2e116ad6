#include "CliContext.h"

#include "AccountService.h"
#include "AppPaths.h"
#include "CustomerService.h"
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

Result<Session*> CliContext::session(bool create)
{
    if (m_session)
        return m_session.get();
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
    auto session =
        Session::open(path, create ? Session::OpenMode::CreateAndMigrate : Session::OpenMode::MustExist);
    if (!session)
        return std::unexpected(session.error());
    m_session = std::move(*session);
    return m_session.get();
}

Result<Session*> CliContext::signIn()
{
    if (m_signedIn)
        return m_session.get();
    const QString name = m_commandLine.value(QStringLiteral("user")).trimmed();
    if (name.isEmpty())
        return std::unexpected(Error::invalid(
            tr("\"%1\" changes or reads business data: sign in with --user NAME (the password comes from "
               "ORDERDESK_PASSWORD or the terminal).")
                .arg(m_commandLine.command()),
            QStringLiteral("user")));
    auto opened = session(false);
    if (!opened)
        return std::unexpected(opened.error());
    auto password = PasswordPrompt::current(name);
    if (!password)
        return std::unexpected(password.error());
    AccountService accounts(**opened);
    auto user = accounts.signIn(name, *password);
    if (!user)
        return std::unexpected(user.error());
    if (!accounts.notice().isEmpty())
        m_err << tr("orderdesk-cli: %1").arg(accounts.notice()) << Qt::endl;
    (*opened)->setUser(*user);
    m_signedIn = true;
    return *opened;
}

void CliContext::closeDatabase()
{
    m_session.reset();
    m_signedIn = false;
}

int CliContext::fail(const Error& error)
{
    m_err << tr("orderdesk-cli: %1").arg(TextTable::terminalText(error.message, true)) << Qt::endl;
    return exitCodeFor(error);
}

Result<qint64> CliContext::customerId(Session& session, const QString& code)
{
    auto customer = CustomerService(session).byCode(code);
    if (!customer)
        return std::unexpected(customer.error());
    if (!*customer)
        return std::unexpected(Error::notFound(tr("There is no customer with the code %1.").arg(code)));
    return (*customer)->id;
}

} // namespace od::cli
