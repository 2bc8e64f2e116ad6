#include "AuditCommands.h"

#include "AuditService.h"
#include "ExitCode.h"
#include "Permissions.h"
#include "TextTable.h"

namespace od::cli {

bool AuditCommands::handles(const QString& command)
{
    return command == QLatin1String("audit");
}

int AuditCommands::run(const QString& /*command*/)
{
    const QString sub = m_ctx.commandLine().arguments().value(0);
    if (sub == QLatin1String("verify"))
        return verify();
    if (sub == QLatin1String("list"))
        return list();
    return m_ctx.fail(Error::invalid(
        tr("Usage: orderdesk-cli [--db PATH] audit verify | --user NAME audit list [--by NAME] "
           "[--order ORDER_NO] [--limit N]")));
}

int AuditCommands::verify()
{
    // Needs no sign-in: it shows no entry, only whether the trail is whole.
    if (auto ok = m_ctx.commandLine().expect({}, 1, 1, QStringLiteral("audit verify")); !ok)
        return m_ctx.fail(ok.error());
    auto db = m_ctx.session(false);
    if (!db)
        return m_ctx.fail(db.error());
    auto result = AuditService(**db).verifyChain();
    if (!result)
        return m_ctx.fail(result.error());
    if (!result->firstBrokenId) {
        m_ctx.out() << tr("The audit trail is intact: %n entry(ies) verified.", nullptr, int(result->entries))
                    << Qt::endl;
        return Success;
    }
    m_ctx.out() << tr("The audit trail is broken at entry %1: %2")
                       .arg(QString::number(*result->firstBrokenId), result->problem)
                << Qt::endl;
    return UserError;
}

int AuditCommands::list()
{
    const CommandLine& line = m_ctx.commandLine();
    if (auto ok =
            line.expect({QStringLiteral("by"), QStringLiteral("order"), QStringLiteral("limit")}, 1, 1,
                        QStringLiteral("--user NAME audit list [--by NAME] [--order ORDER_NO] [--limit N]"));
        !ok)
        return m_ctx.fail(ok.error());
    auto limit = line.number(QStringLiteral("limit"), 50, 1, 100'000);
    if (!limit)
        return m_ctx.fail(limit.error());
    auto session = m_ctx.signIn();
    if (!session)
        return m_ctx.fail(session.error());
    AuditFilter filter;
    if (line.isSet(QStringLiteral("order"))) {
        filter.entity = QStringLiteral("order");
        filter.entityLabel = line.value(QStringLiteral("order"));
    }
    const QString by = line.isSet(QStringLiteral("by")) ? line.value(QStringLiteral("by")) : QString();
    auto entries = AuditService(**session).listBy(by, filter, int(*limit));
    if (!entries)
        return m_ctx.fail(entries.error());
    if (entries->isEmpty()) {
        m_ctx.out() << tr("No audit entries match.") << Qt::endl;
        return Success;
    }
    TextTable table;
    table.addColumn(tr("ID"), TextTable::Align::Right);
    table.addColumn(tr("WHEN"));
    table.addColumn(tr("WHO"));
    table.addColumn(tr("ACTION"));
    table.addColumn(tr("RECORD"));
    table.addColumn(tr("FIELDS CHANGED"));
    for (const AuditEntry& e : *entries) {
        QStringList fields;
        for (const FieldChange& c : e.changes)
            fields << c.field;
        const QString record = e.entityLabel.isEmpty() ? e.entity : e.entity + u' ' + e.entityLabel;
        table.addRow({QString::number(e.id),
                      e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), e.userName,
                      e.action, record, fields.join(QStringLiteral(", "))});
    }
    table.print(m_ctx.out());
    m_ctx.out().flush();
    return Success;
}

} // namespace od::cli
