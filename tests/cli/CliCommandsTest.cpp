// orderdesk-cli as a user runs it: exit codes, what goes to stdout and stderr, and the JSON.
#include "CliRunner.h"

#include "Money.h"
#include "OrderStatus.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using od::test::CliRun;
using od::test::CliRunner;

namespace {

const QString kToday = QStringLiteral("2026-06-01");
// The demo company's administrator password (README), also given to `init` so that every test
// signs in as admin the same way.
const QString kAdminPassword = QStringLiteral("admin-demo");

// A runner that signs in as admin: commands other than init, demo, summary and check need it.
class SignedInCli : public CliRunner
{
public:
    SignedInCli()
    {
        setEnvironment(QStringLiteral("ORDERDESK_NEW_PASSWORD"), kAdminPassword);
        setEnvironment(QStringLiteral("ORDERDESK_PASSWORD"), kAdminPassword);
    }
};

QStringList demo(const QString& db, int orders, int seed)
{
    return {QStringLiteral("--db"),
            db,
            QStringLiteral("--user"),
            QStringLiteral("admin"),
            QStringLiteral("demo"),
            QStringLiteral("--orders"),
            QString::number(orders),
            QStringLiteral("--seed"),
            QString::number(seed),
            QStringLiteral("--today"),
            kToday};
}

QJsonObject summaryJson(const CliRunner& cli, const QString& db)
{
    const CliRun run =
        cli.run({QStringLiteral("--db"), db, QStringLiteral("summary"), QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << run.out.toStdString();
    return doc.object();
}

// Changes a stored order total the way a stray script or a disk fault would, without the app.
void corruptFirstOrderTotal(const QString& path)
{
    const QString name = QStringLiteral("corrupt");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE orders SET total = total + 1 WHERE id = 1")));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TEST(CliCommands, InitCreatesAnEmptyDatabaseWithAnAdministrator)
{
    SignedInCli cli;
    const QString db = cli.database(QStringLiteral("new.orderdesk"));
    const CliRun init = cli.run({QStringLiteral("--db"), db, QStringLiteral("init")});
    EXPECT_EQ(init.exitCode, 0) << init.err.toStdString();
    EXPECT_TRUE(QFile::exists(db));
    EXPECT_TRUE(init.out.contains(QStringLiteral("admin")));
    const QJsonObject summary = summaryJson(cli, db);
    EXPECT_EQ(summary.value(QStringLiteral("orders")).toInt(-1), 0);
    EXPECT_EQ(summary.value(QStringLiteral("order_value")).toString(), QStringLiteral("0.00"));
    // A second init leaves it as it is.
    EXPECT_EQ(cli.run({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
}

TEST(CliCommands, DemoWithTheSameSeedGivesTheSameCompany)
{
    SignedInCli cli;
    const QString first = cli.database(QStringLiteral("a.orderdesk"));
    const QString second = cli.database(QStringLiteral("b.orderdesk"));
    ASSERT_EQ(cli.run({QStringLiteral("--db"), first, QStringLiteral("init")}).exitCode, 0);
    const CliRun a = cli.run(demo(first, 200, 7));
    const CliRun b = cli.run(demo(second, 200, 7));
    ASSERT_EQ(a.exitCode, 0) << a.err.toStdString();
    ASSERT_EQ(b.exitCode, 0) << b.err.toStdString();
    const QJsonObject one = summaryJson(cli, first);
    EXPECT_EQ(one, summaryJson(cli, second));
    EXPECT_EQ(one.value(QStringLiteral("orders")).toInt(), 200);
    EXPECT_EQ(one.value(QStringLiteral("customers")).toInt(), 60);
    EXPECT_EQ(one.value(QStringLiteral("products")).toInt(), 80);

    // Another seed is another company.
    const QString third = cli.database(QStringLiteral("c.orderdesk"));
    ASSERT_EQ(cli.run(demo(third, 200, 8)).exitCode, 0);
    EXPECT_NE(one, summaryJson(cli, third));
}

TEST(CliCommands, DemoRefusesADatabaseThatHasData)
{
    SignedInCli cli;
    const QString db = cli.database(QStringLiteral("full.orderdesk"));
    ASSERT_EQ(cli.run(demo(db, 50, 1)).exitCode, 0);
    const QJsonObject before = summaryJson(cli, db);
    const CliRun again = cli.run(demo(db, 50, 2));
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already"))) << again.err.toStdString();
    EXPECT_EQ(summaryJson(cli, db), before);
}

TEST(CliCommands, SummaryJsonAddsUpByStatus)
{
    SignedInCli cli;
    const QString db = cli.database(QStringLiteral("sum.orderdesk"));
    ASSERT_EQ(cli.run(demo(db, 300, 3)).exitCode, 0);
    const QJsonObject s = summaryJson(cli, db);
    for (const char* key : {"customers", "products", "orders", "order_lines", "order_value", "by_status"})
        EXPECT_TRUE(s.contains(QLatin1String(key))) << key;
    const auto total = od::Money::parse(s.value(QStringLiteral("order_value")).toString());
    ASSERT_TRUE(total);
    const QJsonObject byStatus = s.value(QStringLiteral("by_status")).toObject();
    od::Money sum;
    int orders = 0;
    for (od::OrderStatus status : od::OrderStatusInfo::all()) {
        const QJsonObject entry = byStatus.value(od::OrderStatusInfo::key(status)).toObject();
        ASSERT_FALSE(entry.isEmpty()) << od::OrderStatusInfo::key(status).toStdString();
        const auto value = od::Money::parse(entry.value(QStringLiteral("value")).toString());
        ASSERT_TRUE(value);
        sum += *value;
        orders += entry.value(QStringLiteral("orders")).toInt();
    }
    EXPECT_EQ(sum, *total);
    EXPECT_EQ(orders, s.value(QStringLiteral("orders")).toInt());
    EXPECT_GT(s.value(QStringLiteral("order_lines")).toInt(), 300);
}

TEST(CliCommands, ShowPrintsAnOrderAndRefusesAnUnknownOne)
{
    SignedInCli cli;
    const QString db = cli.database(QStringLiteral("show.orderdesk"));
    ASSERT_EQ(cli.run(demo(db, 100, 5)).exitCode, 0);
    const CliRun list =
        cli.run({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin"),
                 QStringLiteral("orders"), QStringLiteral("--limit"), QStringLiteral("1")});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    const QString orderNo = list.out.split(u'\n').value(1).section(u' ', 0, 0);
    ASSERT_TRUE(orderNo.startsWith(QStringLiteral("SO-2026-"))) << list.out.toStdString();

    const CliRun shown = cli.run({QStringLiteral("--db"), db, QStringLiteral("--user"),
                                  QStringLiteral("admin"), QStringLiteral("show"), orderNo});
    EXPECT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    EXPECT_TRUE(shown.out.contains(orderNo));
    EXPECT_TRUE(shown.out.contains(QStringLiteral("Timeline")));
    EXPECT_TRUE(shown.out.contains(QStringLiteral("created")));

    const CliRun unknown =
        cli.run({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin"),
                 QStringLiteral("show"), QStringLiteral("SO-1999-000001")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("SO-1999-000001")));
    EXPECT_TRUE(unknown.out.isEmpty());
}

TEST(CliCommands, OrdersFiltersByStatus)
{
    SignedInCli cli;
    const QString db = cli.database(QStringLiteral("list.orderdesk"));
    ASSERT_EQ(cli.run(demo(db, 200, 9)).exitCode, 0);
    const CliRun run =
        cli.run({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin"),
                 QStringLiteral("orders"), QStringLiteral("--status"), QStringLiteral("completed"),
                 QStringLiteral("--limit"), QStringLiteral("10")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 12) << run.out.toStdString(); // header, 10 rows, "10 of N orders."
    for (int i = 1; i <= 10; ++i)
        EXPECT_TRUE(lines[i].contains(QStringLiteral(" completed "))) << lines[i].toStdString();
    const CliRun bad =
        cli.run({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin"),
                 QStringLiteral("orders"), QStringLiteral("--status"), QStringLiteral("finished")});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("awaiting_confirmation")));
}

TEST(CliCommands, ImportOfABadFileNamesFileAndLine)
{
    SignedInCli cli;
    const QString db = cli.database(QStringLiteral("import.orderdesk"));
    ASSERT_EQ(cli.run({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
    const QString csv = cli.dir() + QStringLiteral("/customers.csv");
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("code,name,credit_limit\nC1,上海宏达阀门有限公司,1000.00\nC2,苏州恒通化工有限公司,12.345\n");
    file.close();
    const CliRun run = cli.run({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin"),
                                QStringLiteral("import"), QStringLiteral("customers"), csv});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(csv + QStringLiteral(":3:"))) << run.err.toStdString();
    EXPECT_EQ(summaryJson(cli, db).value(QStringLiteral("customers")).toInt(-1), 0); // all or nothing
}

TEST(CliCommands, UnknownCommandsAndOptionsAreUserErrors)
{
    SignedInCli cli;
    const CliRun unknown = cli.run({QStringLiteral("frobnicate")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("frobnicate")));
    EXPECT_EQ(cli.run({QStringLiteral("summary"), QStringLiteral("--no-such-option")}).exitCode, 1);
    const QString db = cli.database(QStringLiteral("missing.orderdesk"));
    const CliRun missing = cli.run({QStringLiteral("--db"), db, QStringLiteral("summary")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_FALSE(QFile::exists(db)); // a typo in --db leaves no empty database behind
    const CliRun help = cli.run({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("demo")));
}

TEST(CliCommands, CheckFindsATotalChangedBehindTheAppsBack)
{
    SignedInCli cli;
    const QString db = cli.database(QStringLiteral("check.orderdesk"));
    ASSERT_EQ(cli.run(demo(db, 150, 4)).exitCode, 0);
    const CliRun clean = cli.run({QStringLiteral("--db"), db, QStringLiteral("check")});
    EXPECT_EQ(clean.exitCode, 0) << clean.out.toStdString() << clean.err.toStdString();

    corruptFirstOrderTotal(db);
    const CliRun broken = cli.run({QStringLiteral("--db"), db, QStringLiteral("check")});
    EXPECT_NE(broken.exitCode, 0);
    EXPECT_TRUE(broken.out.contains(QStringLiteral("order_totals"))) << broken.out.toStdString();
    EXPECT_TRUE(broken.out.contains(QStringLiteral("SO-2025-000001"))) << broken.out.toStdString();
}
