#include "UserCommands.h"

#include "AccountService.h"
#include "ExitCode.h"
#include "PasswordPrompt.h"
#include "Permissions.h"
#include "TextTable.h"

namespace od::cli {

namespace {

const QString kUsage = QStringLiteral("user add NAME --role ROLE [--display NAME] | user passwd NAME | "
                                      "user disable NAME | user list");

QString roleKeys()
{
    QStringList keys;
    for (Role r : RoleInfo::all())
        keys << RoleInfo::key(r);
    return keys.join(QStringLiteral(", "));
}

} // namespace

bool UserCommands::handles(const QString& command)
{
    return command == QLatin1String("user");
}

int UserCommands::run(const QString& /*command*/)
{
    const QString sub = m_ctx.commandLine().arguments().value(0);
    if (sub == QLatin1String("add"))
        return add();
    if (sub == QLatin1String("passwd"))
        return resetPassword();
    if (sub == QLatin1String("disable"))
        return disable();
    if (sub == QLatin1String("list"))
        return list();
    return m_ctx.fail(Error::invalid(tr("Usage: orderdesk-cli [--db PATH] --user NAME %1").arg(kUsage)));
}

int UserCommands::add()
{
    const CommandLine& line = m_ctx.commandLine();
    if (auto ok = line.expect({QStringLiteral("role"), QStringLiteral("display")}, 2, 2,
                              QStringLiteral("--user NAME user add NAME --role ROLE [--display NAME]"));
        !ok)
        return m_ctx.fail(ok.error());
    User user;
    user.name = line.arguments().at(1);
    user.displayName = line.value(QStringLiteral("display"));
    const auto role = RoleInfo::fromKey(line.value(QStringLiteral("role")));
    if (!role)
        return m_ctx.fail(
            Error::invalid(tr("--role must be one of: %1.").arg(roleKeys()), QStringLiteral("role")));
    user.role = *role;
    auto session = m_ctx.signIn();
    if (!session)
        return m_ctx.fail(session.error());
    // Refuse before asking for a new password nobody may set.
    if (auto ok = Permissions::require(**session, Permission::ManageUsers); !ok)
        return m_ctx.fail(ok.error());
    auto password = PasswordPrompt::newPassword(user.name);
    if (!password)
        return m_ctx.fail(password.error());
    auto id = AccountService(**session).addUser(**session, user, *password);
    if (!id)
        return m_ctx.fail(id.error());
    m_ctx.out() << tr("Added %1 (%2).").arg(user.name.trimmed(), RoleInfo::key(user.role)) << Qt::endl;
    return Success;
}

int UserCommands::resetPassword()
{
    if (auto ok = m_ctx.commandLine().expect({}, 2, 2, QStringLiteral("--user NAME user passwd NAME")); !ok)
        return m_ctx.fail(ok.error());
    const QString name = m_ctx.commandLine().arguments().at(1);
    auto session = m_ctx.signIn();
    if (!session)
        return m_ctx.fail(session.error());
    if (auto ok = Permissions::require(**session, Permission::ManageUsers); !ok)
        return m_ctx.fail(ok.error());
    auto password = PasswordPrompt::newPassword(name);
    if (!password)
        return m_ctx.fail(password.error());
    if (auto ok = AccountService(**session).resetPassword(**session, name, *password); !ok)
        return m_ctx.fail(ok.error());
    m_ctx.out() << tr("The password of %1 is changed.").arg(name) << Qt::endl;
    return Success;
}

int UserCommands::disable()
{
    if (auto ok = m_ctx.commandLine().expect({}, 2, 2, QStringLiteral("--user NAME user disable NAME")); !ok)
        return m_ctx.fail(ok.error());
    const QString name = m_ctx.commandLine().arguments().at(1);
    auto session = m_ctx.signIn();
    if (!session)
        return m_ctx.fail(session.error());
    if (auto ok = AccountService(**session).setActive(**session, name, false); !ok)
        return m_ctx.fail(ok.error());
    m_ctx.out() << tr("%1 can no longer sign in.").arg(name) << Qt::endl;
    return Success;
}

int UserCommands::list()
{
    if (auto ok = m_ctx.commandLine().expect({}, 1, 1, QStringLiteral("--user NAME user list")); !ok)
        return m_ctx.fail(ok.error());
    auto session = m_ctx.signIn();
    if (!session)
        return m_ctx.fail(session.error());
    // The list names every account and its role: the user managers' business.
    if (auto ok = Permissions::require(**session, Permission::ManageUsers); !ok)
        return m_ctx.fail(ok.error());
    auto users = AccountService(**session).users();
    if (!users)
        return m_ctx.fail(users.error());
    TextTable table;
    table.addColumn(tr("NAME"));
    table.addColumn(tr("DISPLAY NAME"));
    table.addColumn(tr("ROLE"));
    table.addColumn(tr("ACTIVE"));
    for (const User& u : *users)
        table.addRow({u.name, u.displayName, RoleInfo::key(u.role), u.active ? tr("yes") : tr("no")});
    table.print(m_ctx.out());
    m_ctx.out().flush();
    return Success;
}

} // namespace od::cli
