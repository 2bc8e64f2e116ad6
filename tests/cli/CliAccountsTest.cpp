// orderdesk-cli with sign-in: the first administrator, user management, the audit trail and
// backup/restore, as a user at a terminal or a script would run them.
#include "CliRunner.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using od::test::CliRun;
using od::test::CliRunner;

namespace {

const QString kAdminPassword = QStringLiteral("first-admin-pw");

QStringList args(const QString& db, const QString& user, const QStringList& rest)
{
    QStringList out{QStringLiteral("--db"), db};
    if (!user.isEmpty())
        out << QStringLiteral("--user") << user;
    return out + rest;
}

// init with kAdminPassword; later runs sign in with the same password unless a test changes it.
QString initDatabase(CliRunner& cli, const QString& file)
{
    const QString db = cli.database(file);
    cli.setEnvironment(QStringLiteral("ORDERDESK_NEW_PASSWORD"), kAdminPassword);
    cli.setEnvironment(QStringLiteral("ORDERDESK_PASSWORD"), kAdminPassword);
    const CliRun init = cli.run(args(db, {}, {QStringLiteral("init")}));
    EXPECT_EQ(init.exitCode, 0) << init.err.toStdString();
    return db;
}

CliRun addUser(CliRunner& cli, const QString& db, const QString& as, const QString& name, const QString& role,
               const QString& newPassword)
{
    cli.setEnvironment(QStringLiteral("ORDERDESK_NEW_PASSWORD"), newPassword);
    return cli.run(
        args(db, as, {QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--role"), role}));
}

QString userList(CliRunner& cli, const QString& db)
{
    cli.setEnvironment(QStringLiteral("ORDERDESK_PASSWORD"), kAdminPassword);
    const CliRun list =
        cli.run(args(db, QStringLiteral("admin"), {QStringLiteral("user"), QStringLiteral("list")}));
    EXPECT_EQ(list.exitCode, 0) << list.err.toStdString();
    return list.out;
}

// Rewrites one audit entry the way someone with the database file and sqlite3 could.
void tamperWithAuditEntry(const QString& path, qint64 id)
{
    const QString name = QStringLiteral("tamper");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        ASSERT_TRUE(
            q.exec(QStringLiteral("UPDATE audit_log SET user_name = 'mallory' WHERE id = %1").arg(id)));
        ASSERT_EQ(q.numRowsAffected(), 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TEST(CliAccounts, InitNeedsAPasswordAndCreatesAnAdministratorWhoCanSignIn)
{
    CliRunner cli;
    const QString db = cli.database(QStringLiteral("new.orderdesk"));
    // No variable and no terminal: refused, and no database file is left behind.
    const CliRun refused = cli.run(args(db, {}, {QStringLiteral("init")}));
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("ORDERDESK_NEW_PASSWORD"))) << refused.err.toStdString();
    EXPECT_FALSE(QFile::exists(db));

    cli.setEnvironment(QStringLiteral("ORDERDESK_NEW_PASSWORD"), QStringLiteral("boss-2026"));
    const CliRun init =
        cli.run(args(db, {}, {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("boss")}));
    ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    EXPECT_TRUE(init.out.contains(QStringLiteral("boss")));

    cli.setEnvironment(QStringLiteral("ORDERDESK_PASSWORD"), QStringLiteral("boss-2026"));
    const CliRun list =
        cli.run(args(db, QStringLiteral("boss"), {QStringLiteral("user"), QStringLiteral("list")}));
    EXPECT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_TRUE(list.out.contains(QStringLiteral("administrator")));
}

TEST(CliAccounts, UserAddNeedsTheRightPasswordAndTheListShowsTheNewUser)
{
    CliRunner cli;
    const QString db = initDatabase(cli, QStringLiteral("users.orderdesk"));

    cli.setEnvironment(QStringLiteral("ORDERDESK_PASSWORD"), QStringLiteral("not-the-password"));
    const CliRun wrong = addUser(cli, db, QStringLiteral("admin"), QStringLiteral("wang"),
                                 QStringLiteral("salesperson"), QStringLiteral("wang-pass-1"));
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("Wrong user name or password"))) << wrong.err.toStdString();
    EXPECT_FALSE(userList(cli, db).contains(QStringLiteral("wang")));

    cli.setEnvironment(QStringLiteral("ORDERDESK_PASSWORD"), kAdminPassword);
    const CliRun added = addUser(cli, db, QStringLiteral("admin"), QStringLiteral("wang"),
                                 QStringLiteral("salesperson"), QStringLiteral("wang-pass-1"));
    EXPECT_EQ(added.exitCode, 0) << added.err.toStdString();
    const QString list = userList(cli, db);
    EXPECT_TRUE(list.contains(QStringLiteral("wang"))) << list.toStdString();
    EXPECT_TRUE(list.contains(QStringLiteral("salesperson"))) << list.toStdString();

    // An unknown role names the ones there are.
    const CliRun badRole = addUser(cli, db, QStringLiteral("admin"), QStringLiteral("li"),
                                   QStringLiteral("boss"), QStringLiteral("li-pass-12"));
    EXPECT_EQ(badRole.exitCode, 1);
    EXPECT_TRUE(badRole.err.contains(QStringLiteral("finance_clerk"))) << badRole.err.toStdString();
}

TEST(CliAccounts, ASalespersonCannotAddUsers)
{
    CliRunner cli;
    const QString db = initDatabase(cli, QStringLiteral("roles.orderdesk"));
    ASSERT_EQ(addUser(cli, db, QStringLiteral("admin"), QStringLiteral("wang"), QStringLiteral("salesperson"),
                      QStringLiteral("wang-pass-1"))
                  .exitCode,
              0);
    cli.setEnvironment(QStringLiteral("ORDERDESK_PASSWORD"), QStringLiteral("wang-pass-1"));
    const CliRun refused = addUser(cli, db, QStringLiteral("wang"), QStringLiteral("chen"),
                                   QStringLiteral("administrator"), QStringLiteral("chen-pass-1"));
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("Salesperson"))) << refused.err.toStdString();
    EXPECT_FALSE(userList(cli, db).contains(QStringLiteral("chen")));
}

TEST(CliAccounts, ADisabledUserCannotSignIn)
{
    CliRunner cli;
    const QString db = initDatabase(cli, QStringLiteral("disable.orderdesk"));
    ASSERT_EQ(addUser(cli, db, QStringLiteral("admin"), QStringLiteral("wang"), QStringLiteral("salesperson"),
                      QStringLiteral("wang-pass-1"))
                  .exitCode,
              0);
    cli.setEnvironment(QStringLiteral("ORDERDESK_PASSWORD"), kAdminPassword);
    const CliRun disabled =
        cli.run(args(db, QStringLiteral("admin"),
                     {QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("wang")}));
    ASSERT_EQ(disabled.exitCode, 0) << disabled.err.toStdString();
    cli.setEnvironment(QStringLiteral("ORDERDESK_PASSWORD"), QStringLiteral("wang-pass-1"));
    const CliRun orders = cli.run(args(db, QStringLiteral("wang"), {QStringLiteral("orders")}));
    EXPECT_EQ(orders.exitCode, 1);
    EXPECT_TRUE(orders.err.contains(QStringLiteral("disabled"))) << orders.err.toStdString();
}

TEST(CliAccounts, AuditVerifyFindsAnEntryChangedBehindTheAppsBack)
{
    CliRunner cli;
    const QString db = initDatabase(cli, QStringLiteral("audit.orderdesk"));
    ASSERT_EQ(addUser(cli, db, QStringLiteral("admin"), QStringLiteral("wang"), QStringLiteral("salesperson"),
                      QStringLiteral("wang-pass-1"))
                  .exitCode,
              0);
    const CliRun intact = cli.run(args(db, {}, {QStringLiteral("audit"), QStringLiteral("verify")}));
    EXPECT_EQ(intact.exitCode, 0) << intact.out.toStdString() << intact.err.toStdString();
    EXPECT_TRUE(intact.out.contains(QStringLiteral("intact"))) << intact.out.toStdString();

    cli.setEnvironment(QStringLiteral("ORDERDESK_PASSWORD"), kAdminPassword);
    const CliRun list = cli.run(args(
        db, QStringLiteral("admin"),
        {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--by"), QStringLiteral("admin")}));
    EXPECT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_TRUE(list.out.contains(QStringLiteral("user.add"))) << list.out.toStdString();

    tamperWithAuditEntry(db, 2);
    const CliRun broken = cli.run(args(db, {}, {QStringLiteral("audit"), QStringLiteral("verify")}));
    EXPECT_EQ(broken.exitCode, 1);
    EXPECT_TRUE(broken.out.contains(QStringLiteral("entry 2"))) << broken.out.toStdString();
}

TEST(CliAccounts, BackupThenRestoreBringsBackTheSavedData)
{
    CliRunner cli;
    const QString db = initDatabase(cli, QStringLiteral("live.orderdesk"));
    ASSERT_EQ(addUser(cli, db, QStringLiteral("admin"), QStringLiteral("wang"), QStringLiteral("salesperson"),
                      QStringLiteral("wang-pass-1"))
                  .exitCode,
              0);
    const QString backup = cli.database(QStringLiteral("saved.orderdesk"));
    cli.setEnvironment(QStringLiteral("ORDERDESK_PASSWORD"), kAdminPassword);
    const CliRun saved = cli.run(args(db, QStringLiteral("admin"), {QStringLiteral("backup"), backup}));
    ASSERT_EQ(saved.exitCode, 0) << saved.err.toStdString();
    ASSERT_TRUE(QFile::exists(backup));

    ASSERT_EQ(addUser(cli, db, QStringLiteral("admin"), QStringLiteral("chen"), QStringLiteral("manager"),
                      QStringLiteral("chen-pass-1"))
                  .exitCode,
              0);
    ASSERT_TRUE(userList(cli, db).contains(QStringLiteral("chen")));

    const CliRun restored = cli.run(args(db, QStringLiteral("admin"), {QStringLiteral("restore"), backup}));
    ASSERT_EQ(restored.exitCode, 0) << restored.err.toStdString();
    EXPECT_TRUE(restored.out.contains(QStringLiteral(".before-restore-"))) << restored.out.toStdString();
    const QString list = userList(cli, db);
    EXPECT_TRUE(list.contains(QStringLiteral("wang"))) << list.toStdString();
    EXPECT_FALSE(list.contains(QStringLiteral("chen"))) << list.toStdString();
    EXPECT_EQ(cli.run(args(db, {}, {QStringLiteral("audit"), QStringLiteral("verify")})).exitCode, 0);
}

TEST(CliAccounts, DemoUsersSignInWithTheReadmePasswords)
{
    CliRunner cli;
    const QString db = cli.database(QStringLiteral("demo.orderdesk"));
    const CliRun demo =
        cli.run(args(db, {},
                     {QStringLiteral("demo"), QStringLiteral("--orders"), QStringLiteral("20"),
                      QStringLiteral("--today"), QStringLiteral("2026-06-01")}));
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    for (const auto& [user, password] :
         {std::pair{"admin", "admin-demo"}, std::pair{"li", "li-demo-2026"},
          std::pair{"wang", "wang-demo-2026"}, std::pair{"zhao", "zhao-demo-2026"},
          std::pair{"chen", "chen-demo-2026"}}) {
        cli.setEnvironment(QStringLiteral("ORDERDESK_PASSWORD"), QString::fromLatin1(password));
        const CliRun orders =
            cli.run(args(db, QString::fromLatin1(user),
                         {QStringLiteral("orders"), QStringLiteral("--limit"), QStringLiteral("1")}));
        EXPECT_EQ(orders.exitCode, 0) << user << ": " << orders.err.toStdString();
    }
}

TEST(CliAccounts, AtATerminalThePasswordIsAskedForAndNotShown)
{
    if (!CliRunner::canRunAtTerminal())
        GTEST_SKIP() << "script(1) is not installed";
    CliRunner cli;
    const QString db = initDatabase(cli, QStringLiteral("terminal.orderdesk"));
    cli.unsetEnvironment(QStringLiteral("ORDERDESK_PASSWORD"));
    const CliRun run =
        cli.runAtTerminal(args(db, QStringLiteral("admin"), {QStringLiteral("user"), QStringLiteral("list")}),
                          QStringLiteral("Password for admin:"), kAdminPassword);
    EXPECT_EQ(run.exitCode, 0) << run.out.toStdString() << "|" << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Password for admin:"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("admin"))) << run.out.toStdString();
    EXPECT_FALSE(run.out.contains(kAdminPassword)) << run.out.toStdString();
}
