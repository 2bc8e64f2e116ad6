// `orderdesk-cli confirmation ORDER_NO --pdf FILE`: the confirmation document from a terminal,
// written like every other file (never over the database).
#include "CliRunner.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using od::test::CliRun;
using od::test::CliRunner;

namespace {

QString anyOrderNo(const QString& db)
{
    QString no;
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pdfpeek"));
        sql.setDatabaseName(db);
        if (sql.open()) {
            QSqlQuery q(sql);
            if (q.exec(QStringLiteral("SELECT order_no FROM orders ORDER BY id DESC LIMIT 1")) && q.next())
                no = q.value(0).toString();
        }
        sql.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pdfpeek"));
    return no;
}

} // namespace

TEST(CliConfirmationPdf, WritesTheConfirmationAndNeverOverTheDatabase)
{
    CliRunner cli;
    cli.setEnvironment(QStringLiteral("ORDERDESK_NEW_PASSWORD"), QStringLiteral("admin-demo"));
    cli.setEnvironment(QStringLiteral("ORDERDESK_PASSWORD"), QStringLiteral("admin-demo"));
    const QString db = cli.database(QStringLiteral("pdf.orderdesk"));
    const QStringList as{QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin")};
    const CliRun demo =
        cli.run(as + QStringList{QStringLiteral("demo"), QStringLiteral("--orders"), QStringLiteral("40")});
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    const QString orderNo = anyOrderNo(db);
    ASSERT_FALSE(orderNo.isEmpty());

    const QString pdf = cli.dir() + QStringLiteral("/confirmation.pdf");
    const CliRun written =
        cli.run(as + QStringList{QStringLiteral("confirmation"), orderNo, QStringLiteral("--pdf"), pdf});
    ASSERT_EQ(written.exitCode, 0) << written.err.toStdString();
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF-"));
    EXPECT_GT(file.size(), 10'000); // the pages with the embedded Chinese font, not an empty file

    // The open database is not a place for a PDF: refused, and the database still answers.
    const CliRun overDb =
        cli.run(as + QStringList{QStringLiteral("confirmation"), orderNo, QStringLiteral("--pdf"), db});
    EXPECT_EQ(overDb.exitCode, 1) << overDb.out.toStdString();
    EXPECT_EQ(cli.run({QStringLiteral("--db"), db, QStringLiteral("summary")}).exitCode, 0);

    const CliRun missing =
        cli.run(as + QStringList{QStringLiteral("confirmation"), QStringLiteral("SO-1999-000001"),
                                 QStringLiteral("--pdf"), pdf});
    EXPECT_EQ(missing.exitCode, 1);
}
