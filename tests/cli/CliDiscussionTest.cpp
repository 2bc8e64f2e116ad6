// `orderdesk-cli comment` and `comments`: writing on an order's discussion from a terminal, with a
// mention and a file, and the refusals a script can rely on.
#include "CliRunner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using od::test::CliRun;
using od::test::CliRunner;

namespace {

const QString kPassword = QStringLiteral("admin-demo");

class CliDiscussion : public ::testing::Test
{
protected:
    void SetUp() override
    {
        cli.setEnvironment(QStringLiteral("ORDERDESK_NEW_PASSWORD"), kPassword);
        cli.setEnvironment(QStringLiteral("ORDERDESK_PASSWORD"), kPassword);
        const CliRun demo = run({QStringLiteral("demo"), QStringLiteral("--orders"), QStringLiteral("20")});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            sql.setDatabaseName(db);
            if (sql.open()) {
                QSqlQuery q(sql);
                if (q.exec(QStringLiteral("SELECT order_no FROM orders ORDER BY id LIMIT 1")) && q.next())
                    orderNo = q.value(0).toString();
            }
            sql.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        ASSERT_FALSE(orderNo.isEmpty());
    }

    CliRun run(QStringList arguments) const
    {
        return cli.run(
            QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin")} +
            arguments);
    }

    CliRunner cli;
    QString db = cli.database(QStringLiteral("discussion.orderdesk"));
    QString orderNo;
};

} // namespace

TEST_F(CliDiscussion, ACommentWithAMentionAndAFileIsListedWithItsHash)
{
    const QString file = QFileInfo(db).absolutePath() + QStringLiteral("/试压报告.txt");
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("DN300 试压合格");
    }
    const CliRun posted =
        run({QStringLiteral("comment"), orderNo, QStringLiteral("@物流 试压已合格,可以安排发货"),
             QStringLiteral("--attach"), file});
    ASSERT_EQ(posted.exitCode, 0) << posted.err.toStdString();
    EXPECT_TRUE(posted.out.contains(QStringLiteral("My work"))) << posted.out.toStdString();

    const CliRun listed = run({QStringLiteral("comments"), orderNo, QStringLiteral("--json")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const QJsonArray rows = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    ASSERT_EQ(rows.size(), 1);
    const QJsonObject c = rows.first().toObject();
    EXPECT_EQ(c.value(QStringLiteral("text")).toString(), QStringLiteral("@物流 试压已合格,可以安排发货"));
    EXPECT_EQ(c.value(QStringLiteral("mentions")).toArray().size(), 1);
    const QJsonObject attached = c.value(QStringLiteral("attachments")).toArray().first().toObject();
    EXPECT_EQ(attached.value(QStringLiteral("file")).toString(), QStringLiteral("试压报告.txt"));
    EXPECT_EQ(
        attached.value(QStringLiteral("sha256")).toString(),
        QString::fromLatin1(
            QCryptographicHash::hash(QByteArray("DN300 试压合格"), QCryptographicHash::Sha256).toHex()));
}

TEST_F(CliDiscussion, AnUnknownMentionOrAMissingFileIsWrongInputAndNothingIsWritten)
{
    const CliRun unknown = run({QStringLiteral("comment"), orderNo, QStringLiteral("@nobody please check")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("@nobody"))) << unknown.err.toStdString();
    const CliRun missing = run({QStringLiteral("comment"), orderNo, QStringLiteral("see the file"),
                                QStringLiteral("--attach"), QStringLiteral("/no/such/file.pdf")});
    EXPECT_EQ(missing.exitCode, 1);
    const CliRun listed = run({QStringLiteral("comments"), orderNo, QStringLiteral("--json")});
    ASSERT_EQ(listed.exitCode, 0);
    EXPECT_TRUE(QJsonDocument::fromJson(listed.out.toUtf8()).array().isEmpty());
}
