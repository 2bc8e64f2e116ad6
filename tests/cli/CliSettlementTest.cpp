// Finance from orderdesk-cli: invoicing, the invoice and receivables JSON, payments from the
// command line and from a CSV file (twice), and the statement PDF.
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using od::test::CliRun;
using od::test::CliRunner;

namespace {

const QString kPassword = QStringLiteral("admin-demo");

struct FinanceCli : ::testing::Test
{
    CliRunner cli;
    QString db;

    void SetUp() override
    {
        cli.setEnvironment(QStringLiteral("ORDERDESK_NEW_PASSWORD"), kPassword);
        cli.setEnvironment(QStringLiteral("ORDERDESK_PASSWORD"), kPassword);
        db = cli.database(QStringLiteral("finance.orderdesk"));
        const CliRun demo = run({QStringLiteral("demo"), QStringLiteral("--orders"), QStringLiteral("120"),
                                 QStringLiteral("--seed"), QStringLiteral("4"), QStringLiteral("--today"),
                                 QStringLiteral("2026-06-01")});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    }

    CliRun run(QStringList arguments) const
    {
        arguments =
            QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin")} +
            arguments;
        return cli.run(arguments);
    }

    QJsonDocument json(const CliRun& r) const
    {
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        QJsonParseError error;
        QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << r.out.toStdString();
        return doc;
    }

    QString file(const QString& name, const QByteArray& content) const
    {
        const QString path = cli.dir() + QLatin1Char('/') + name;
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(content);
        return path;
    }
};

TEST_F(FinanceCli, WritesAnInvoicePdfWithItsFontEmbedded)
{
    const QJsonArray issued =
        json(run({QStringLiteral("invoice"), QStringLiteral("--all-shipped"), QStringLiteral("--date"),
                  QStringLiteral("2026-06-01"), QStringLiteral("--json")}))
            .array();
    ASSERT_FALSE(issued.isEmpty());
    const QString invoiceNo = issued.at(0).toObject().value(QStringLiteral("invoice_no")).toString();
    const QString pdf = cli.dir() + QStringLiteral("/invoice.pdf");
    const CliRun r = run({QStringLiteral("invoice-pdf"), invoiceNo, QStringLiteral("--pdf"), pdf});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(invoiceNo)) << r.out.toStdString();
    QFile f(pdf);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_TRUE(bytes.startsWith("%PDF-"));
    EXPECT_TRUE(bytes.contains("/FontFile")) << "the Chinese font must travel with the file";

    const CliRun unknown = run({QStringLiteral("invoice-pdf"), QStringLiteral("INV-1999-000001"),
                                QStringLiteral("--pdf"), cli.dir() + QStringLiteral("/none.pdf")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("INV-1999-000001"))) << unknown.err.toStdString();
    EXPECT_FALSE(QFile::exists(cli.dir() + QStringLiteral("/none.pdf")));
    const CliRun noFile = run({QStringLiteral("invoice-pdf"), invoiceNo});
    EXPECT_EQ(noFile.exitCode, 1);
}

} // namespace

TEST_F(FinanceCli, InvoicesEveryShippedOrderAndListsThemAsJson)
{
    // The demo company comes with its shipped orders invoiced, most of them paid; what is left
    // to invoice is the completed orders.
    const QJsonArray demoOpen =
        json(run({QStringLiteral("invoices"), QStringLiteral("--open"), QStringLiteral("--json")})).array();
    ASSERT_FALSE(demoOpen.isEmpty());
    const QJsonArray issued =
        json(run({QStringLiteral("invoice"), QStringLiteral("--all-shipped"), QStringLiteral("--date"),
                  QStringLiteral("2026-06-01"), QStringLiteral("--json")}))
            .array();
    ASSERT_FALSE(issued.isEmpty());
    const QJsonObject first = issued.at(0).toObject();
    // Numbers go on gap-free after the demo's own invoices.
    const QString firstNo = first.value(QStringLiteral("invoice_no")).toString();
    ASSERT_TRUE(firstNo.startsWith(QStringLiteral("INV-2026-")));
    const qint64 firstNumber = firstNo.mid(9).toLongLong();
    EXPECT_GT(firstNumber, 1);
    for (const QJsonValue& v : demoOpen)
        EXPECT_NE(v.toObject().value(QStringLiteral("invoice_no")).toString(), firstNo);
    const QString lastNo =
        issued.at(issued.size() - 1).toObject().value(QStringLiteral("invoice_no")).toString();
    EXPECT_EQ(lastNo.mid(9).toLongLong(), firstNumber + issued.size() - 1);
    EXPECT_EQ(first.value(QStringLiteral("order_nos")).toArray().size(), 1);
    EXPECT_EQ(first.value(QStringLiteral("open")).toString(),
              first.value(QStringLiteral("total")).toString());
    EXPECT_EQ(first.value(QStringLiteral("paid")).toString(), QStringLiteral("0.00"));

    // Nothing is left to invoice; invoicing that order again is refused.
    const QString orderNo = first.value(QStringLiteral("order_nos")).toArray().at(0).toString();
    const CliRun again =
        run({QStringLiteral("invoice"), orderNo, QStringLiteral("--date"), QStringLiteral("2026-06-01")});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_FALSE(again.err.isEmpty());

    const QJsonArray open =
        json(run({QStringLiteral("invoices"), QStringLiteral("--open"), QStringLiteral("--json")})).array();
    EXPECT_EQ(open.size(), demoOpen.size() + issued.size());
}

TEST_F(FinanceCli, APaymentIsRecordedOnceAndReceivablesShowIt)
{
    const QJsonArray issued =
        json(run({QStringLiteral("invoice"), QStringLiteral("--all-shipped"), QStringLiteral("--date"),
                  QStringLiteral("2026-06-01"), QStringLiteral("--json")}))
            .array();
    ASSERT_FALSE(issued.isEmpty());
    const QJsonObject invoice = issued.at(0).toObject();
    const QString customer = invoice.value(QStringLiteral("customer")).toString();
    const QString total = invoice.value(QStringLiteral("total")).toString();

    const QStringList pay{
        QStringLiteral("payment"),     QStringLiteral("add"),
        QStringLiteral("--customer"),  customer,
        QStringLiteral("--amount"),    total,
        QStringLiteral("--date"),      QStringLiteral("2026-06-02"),
        QStringLiteral("--reference"), QStringLiteral("BK-0001"),
        QStringLiteral("--invoice"),   invoice.value(QStringLiteral("invoice_no")).toString()};
    const CliRun paid = run(pay);
    ASSERT_EQ(paid.exitCode, 0) << paid.err.toStdString();
    const CliRun twice = run(pay);
    EXPECT_EQ(twice.exitCode, 1);
    EXPECT_TRUE(twice.err.contains(QStringLiteral("BK-0001")));

    const CliRun badAmount =
        run({QStringLiteral("payment"), QStringLiteral("add"), QStringLiteral("--customer"), customer,
             QStringLiteral("--amount"), QStringLiteral("1.001"), QStringLiteral("--date"),
             QStringLiteral("2026-06-02"), QStringLiteral("--reference"), QStringLiteral("BK-0002")});
    EXPECT_EQ(badAmount.exitCode, 1);
    EXPECT_TRUE(badAmount.err.contains(QStringLiteral("1.001")));

    const QJsonObject report = json(run({QStringLiteral("receivables"), QStringLiteral("--as-of"),
                                         QStringLiteral("2026-06-02"), QStringLiteral("--json")}))
                                   .object();
    EXPECT_EQ(report.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-06-02"));
    bool found = false;
    for (const QJsonValue& v : report.value(QStringLiteral("customers")).toArray()) {
        const QJsonObject c = v.toObject();
        ASSERT_TRUE(c.value(QStringLiteral("buckets")).toObject().contains(QStringLiteral("over_90")));
        ASSERT_TRUE(c.value(QStringLiteral("on_hold")).isBool());
        // Each customer names the salesperson who looks after it (of its latest order).
        EXPECT_FALSE(c.value(QStringLiteral("salesperson")).toString().isEmpty());
        if (c.value(QStringLiteral("code")).toString() == customer) {
            found = true;
            EXPECT_EQ(c.value(QStringLiteral("paid")).toString(), total);
        }
    }
    EXPECT_TRUE(found);
}

TEST_F(FinanceCli, TheProvisionReportListsInvoicesLongOverdue)
{
    const auto provision = [this](const QString& days) {
        return json(run({QStringLiteral("provision"), QStringLiteral("--as-of"), QStringLiteral("2026-12-31"),
                         QStringLiteral("--days"), days, QStringLiteral("--json")}))
            .object();
    };
    // What the demo's own book already holds, before this test invoices anything.
    const int before = provision(QStringLiteral("90")).value(QStringLiteral("count")).toInt();
    const int beforeOld = provision(QStringLiteral("400")).value(QStringLiteral("count")).toInt();
    const QJsonArray issued =
        json(run({QStringLiteral("invoice"), QStringLiteral("--all-shipped"), QStringLiteral("--date"),
                  QStringLiteral("2026-01-05"), QStringLiteral("--json")}))
            .array();
    ASSERT_FALSE(issued.isEmpty());
    // At the end of the year every new one is more than 90 days past its due date (terms are at
    // most 90 days), and none more than 400.
    const QJsonObject report = provision(QStringLiteral("90"));
    EXPECT_EQ(report.value(QStringLiteral("count")).toInt(), before + issued.size());
    EXPECT_EQ(report.value(QStringLiteral("invoices")).toArray().size(), before + issued.size());
    EXPECT_GT(report.value(QStringLiteral("invoices"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("days_overdue"))
                  .toInt(),
              90);
    EXPECT_EQ(provision(QStringLiteral("400")).value(QStringLiteral("count")).toInt(), beforeOld);
    const CliRun bad = run({QStringLiteral("provision"), QStringLiteral("--days"), QStringLiteral("soon")});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("soon")));
}

TEST_F(FinanceCli, ImportingPaymentsTwiceRecordsNothingNewAndABadFileNothingAtAll)
{
    json(run({QStringLiteral("invoice"), QStringLiteral("--all-shipped"), QStringLiteral("--date"),
              QStringLiteral("2026-06-01"), QStringLiteral("--json")}));
    const QString customers = json(run({QStringLiteral("receivables"), QStringLiteral("--json")}))
                                  .object()
                                  .value(QStringLiteral("customers"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("code"))
                                  .toString();
    const QString good =
        file(QStringLiteral("pay.csv"), QByteArray("customer_code,date,amount,reference,method\n") +
                                            customers.toUtf8() + ",2026-06-03,100.00,IMP-1,cash\n" +
                                            customers.toUtf8() + ",2026-06-03,50,IMP-2,wechat\n");
    const CliRun first = run({QStringLiteral("import"), QStringLiteral("payments"), good});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    const CliRun second = run({QStringLiteral("import"), QStringLiteral("payments"), good});
    ASSERT_EQ(second.exitCode, 0) << second.err.toStdString();
    EXPECT_TRUE(second.out.contains(good + QStringLiteral(":2: ")));
    EXPECT_TRUE(second.out.contains(good + QStringLiteral(":3: ")));

    const QString bad = file(QStringLiteral("bad.csv"), QByteArray("customer_code,date,amount,reference\n") +
                                                            customers.toUtf8() + ",2026-06-03,10,NEW-1\n" +
                                                            "NOBODY,2026-06-03,10,NEW-2\n");
    const CliRun refused = run({QStringLiteral("import"), QStringLiteral("payments"), bad});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(bad + QStringLiteral(":3: "))) << refused.err.toStdString();
    const CliRun check = cli.run({QStringLiteral("--db"), db, QStringLiteral("check")});
    EXPECT_EQ(check.exitCode, 0) << check.out.toStdString() << check.err.toStdString();
}

TEST_F(FinanceCli, WritesAStatementPdf)
{
    const QJsonArray issued =
        json(run({QStringLiteral("invoice"), QStringLiteral("--all-shipped"), QStringLiteral("--date"),
                  QStringLiteral("2026-06-01"), QStringLiteral("--json")}))
            .array();
    ASSERT_FALSE(issued.isEmpty());
    const QString customer = issued.at(0).toObject().value(QStringLiteral("customer")).toString();
    const QString pdf = cli.dir() + QStringLiteral("/statement.pdf");
    const CliRun r =
        run({QStringLiteral("statement"), customer, QStringLiteral("--from"), QStringLiteral("2026-01-01"),
             QStringLiteral("--to"), QStringLiteral("2026-12-31"), QStringLiteral("--pdf"), pdf});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QFile f(pdf);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.read(5).startsWith("%PDF"));
    const CliRun backwards =
        run({QStringLiteral("statement"), customer, QStringLiteral("--from"), QStringLiteral("2026-12-31"),
             QStringLiteral("--to"), QStringLiteral("2026-01-01"), QStringLiteral("--pdf"), pdf});
    EXPECT_EQ(backwards.exitCode, 1);
}
