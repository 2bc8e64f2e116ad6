#include "BackupCommands.h"

#include "BackupService.h"
#include "ExitCode.h"

namespace od::cli {

bool BackupCommands::handles(const QString& command)
{
    return command == QLatin1String("backup") || command == QLatin1String("restore");
}

int BackupCommands::run(const QString& command)
{
    return command == QLatin1String("backup") ? backup() : restore();
}

int BackupCommands::backup()
{
    if (auto ok = m_ctx.commandLine().expect({}, 1, 1, QStringLiteral("--user NAME backup FILE")); !ok)
        return m_ctx.fail(ok.error());
    const QString target = m_ctx.commandLine().arguments().at(0);
    auto session = m_ctx.signIn();
    if (!session)
        return m_ctx.fail(session.error());
    BackupService service(**session);
    if (auto ok = service.backup(target); !ok)
        return m_ctx.fail(ok.error());
    m_ctx.out() << tr("Backed up %1 to %2.").arg(m_ctx.databasePath(), target) << Qt::endl;
    if (!service.notice().isEmpty())
        m_ctx.err() << tr("orderdesk-cli: %1").arg(service.notice()) << Qt::endl;
    return Success;
}

int BackupCommands::restore()
{
    if (auto ok = m_ctx.commandLine().expect({QStringLiteral("other-company")}, 1, 1,
                                             QStringLiteral("--user NAME restore FILE [--other-company]"));
        !ok)
        return m_ctx.fail(ok.error());
    const QString source = m_ctx.commandLine().arguments().at(0);
    auto session = m_ctx.signIn();
    if (!session)
        return m_ctx.fail(session.error());
    const User user = (*session)->user();
    // restore() needs the database file free of connections, ours included.
    m_ctx.closeDatabase();
    BackupService::RestoreOptions options;
    options.otherCompanyConfirmed = m_ctx.commandLine().isSet(QStringLiteral("other-company"));
    auto outcome = BackupService::restore(m_ctx.databasePath(), source, user, options);
    if (!outcome) {
        Error error = outcome.error();
        if (error.field == QLatin1String(BackupService::OtherCompanyField))
            error.message +=
                u' ' + tr("To restore it all the same, run the command again with --other-company.");
        return m_ctx.fail(error);
    }
    m_ctx.out() << tr("Restored %1 from %2.").arg(m_ctx.databasePath(), source) << '\n';
    if (!outcome->previousDatabase.isEmpty())
        m_ctx.out() << tr("The database it replaced is kept as %1.").arg(outcome->previousDatabase) << '\n';
    if (!outcome->notice.isEmpty())
        m_ctx.out() << outcome->notice << '\n';
    m_ctx.out().flush();
    return Success;
}

} // namespace od::cli
