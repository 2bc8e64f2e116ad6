// `orderdesk-cli exception …` and `exceptions`: an exception raised, told to the customer and
// closed from a terminal, with the answers a script relies on.
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using od::test::CliRun;
using od::test::CliRunner;

namespace {

const QString kPassword = QStringLiteral("admin-demo");

class CliExceptions : public ::testing::Test
{
protected:
    void SetUp() override
    {
        cli.setEnvironment(QStringLiteral("ORDERDESK_NEW_PASSWORD"), kPassword);
        cli.setEnvironment(QStringLiteral("ORDERDESK_PASSWORD"), kPassword);
        const CliRun demo = run({QStringLiteral("demo"), QStringLiteral("--orders"), QStringLiteral("20")});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
        orderNo = firstOrderNo();
        ASSERT_FALSE(orderNo.isEmpty());
    }

    CliRun run(QStringList arguments) const
    {
        return cli.run(
            QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin")} +
            arguments);
    }

    QString firstOrderNo() const
    {
        QString no;
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            sql.setDatabaseName(db);
            if (sql.open()) {
                QSqlQuery q(sql);
                if (q.exec(QStringLiteral("SELECT order_no FROM orders WHERE status NOT IN ('confirmed', "
                                          "'planned', 'in_production') ORDER BY id LIMIT 1")) &&
                    q.next())
                    no = q.value(0).toString();
            }
            sql.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return no;
    }

    QJsonArray listed(const QStringList& options = {}) const
    {
        const CliRun list =
            run(QStringList{QStringLiteral("exceptions"), QStringLiteral("--json")} + options);
        EXPECT_EQ(list.exitCode, 0) << list.err.toStdString();
        return QJsonDocument::fromJson(list.out.toUtf8()).array();
    }

    CliRunner cli;
    QString db = cli.database(QStringLiteral("exceptions.orderdesk"));
    QString orderNo;
};

} // namespace

TEST_F(CliExceptions, RaisedToldAndClosedFromATerminal)
{
    const CliRun added =
        run({QStringLiteral("exception"), QStringLiteral("add"), orderNo, QStringLiteral("--kind"),
             QStringLiteral("quality"), QStringLiteral("--severity"), QStringLiteral("high"),
             QStringLiteral("--text"), QStringLiteral("试压泄漏"), QStringLiteral("--due"),
             QStringLiteral("2099-01-31")});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    const QRegularExpressionMatch number =
        QRegularExpression(QStringLiteral("EXC-\\d{4}-\\d{6}")).match(added.out);
    ASSERT_TRUE(number.hasMatch()) << added.out.toStdString();
    const QString exc = number.captured(0);
    // The demo company has exceptions of its own; this one is counted on top of them.
    const qsizetype openBefore = listed({QStringLiteral("--open")}).size();

    const CliRun told =
        run({QStringLiteral("exception"), QStringLiteral("contact"), exc, QStringLiteral("--text"),
             QStringLiteral("已告知客户，预计延期三天"), QStringLiteral("--channel"),
             QStringLiteral("wechat"), QStringLiteral("--contact"), QStringLiteral("陈工")});
    EXPECT_EQ(told.exitCode, 0) << told.err.toStdString();

    // Its owner (the one who raised it) finds it in My work.
    const CliRun work = run({QStringLiteral("mywork"), QStringLiteral("--json")});
    ASSERT_EQ(work.exitCode, 0) << work.err.toStdString();
    bool inMyWork = false;
    for (const QJsonValue& v : QJsonDocument::fromJson(work.out.toUtf8()).array())
        inMyWork = inMyWork ||
                   (v.toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("exception") &&
                    v.toObject().value(QStringLiteral("order_no")).toString() == orderNo &&
                    v.toObject().value(QStringLiteral("due")).toString() == QStringLiteral("2099-01-31"));
    EXPECT_TRUE(inMyWork) << work.out.toStdString();

    // Closing needs a resolution; the refusal is wrong input (exit 1) and closes nothing.
    const CliRun bare = run({QStringLiteral("exception"), QStringLiteral("resolve"), exc});
    EXPECT_EQ(bare.exitCode, 1);
    EXPECT_FALSE(bare.err.isEmpty());
    ASSERT_EQ(listed({QStringLiteral("--open")}).size(), openBefore);

    const CliRun closed =
        run({QStringLiteral("exception"), QStringLiteral("resolve"), exc, QStringLiteral("--text"),
             QStringLiteral("更换阀体"), QStringLiteral("--cost"), QStringLiteral("1250.50")});
    ASSERT_EQ(closed.exitCode, 0) << closed.err.toStdString();

    EXPECT_EQ(listed({QStringLiteral("--open")}).size(), openBefore - 1);
    const QJsonArray all = listed({QStringLiteral("--order"), orderNo});
    ASSERT_EQ(all.size(), 1);
    const QJsonObject e = all.first().toObject();
    EXPECT_EQ(e.value(QStringLiteral("exception_no")).toString(), exc);
    EXPECT_EQ(e.value(QStringLiteral("order_no")).toString(), orderNo);
    EXPECT_EQ(e.value(QStringLiteral("kind")).toString(), QStringLiteral("quality"));
    EXPECT_EQ(e.value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
    EXPECT_EQ(e.value(QStringLiteral("cost")).toString(), QStringLiteral("1250.50"));
    EXPECT_EQ(e.value(QStringLiteral("contacts")).toInt(), 1);
    EXPECT_EQ(e.value(QStringLiteral("resolution")).toString(), QStringLiteral("更换阀体"));
}

TEST_F(CliExceptions, UnknownKindsAndNumbersAreWrongInput)
{
    const CliRun kind =
        run({QStringLiteral("exception"), QStringLiteral("add"), orderNo, QStringLiteral("--kind"),
             QStringLiteral("gremlins"), QStringLiteral("--severity"), QStringLiteral("low"),
             QStringLiteral("--text"), QStringLiteral("x")});
    EXPECT_EQ(kind.exitCode, 1);
    EXPECT_TRUE(kind.err.contains(QStringLiteral("quality"))) << kind.err.toStdString();
    const CliRun missing =
        run({QStringLiteral("exception"), QStringLiteral("plan"), QStringLiteral("EXC-2026-999999"),
             QStringLiteral("--text"), QStringLiteral("x")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(listed({QStringLiteral("--order"), orderNo}).isEmpty());
}
