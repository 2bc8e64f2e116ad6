// Shipping from orderdesk-cli: the logistics clerk's work list, a partial shipment and the rest,
// the delivery, the delivery note PDF, and what is refused.
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using od::test::CliRun;
using od::test::CliRunner;

namespace {

struct ShippingCli : ::testing::Test
{
    CliRunner cli;
    QString db;

    void SetUp() override
    {
        cli.setEnvironment(QStringLiteral("ORDERDESK_NEW_PASSWORD"), QStringLiteral("admin-demo"));
        db = cli.database(QStringLiteral("shipping.orderdesk"));
        const CliRun demo = run(QStringLiteral("admin"),
                                {QStringLiteral("demo"), QStringLiteral("--orders"), QStringLiteral("400"),
                                 QStringLiteral("--seed"), QStringLiteral("9"), QStringLiteral("--today"),
                                 QStringLiteral("2026-06-01")});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    }

    CliRun run(const QString& user, QStringList arguments)
    {
        cli.setEnvironment(QStringLiteral("ORDERDESK_PASSWORD"), user == QLatin1String("admin")
                                                                     ? QStringLiteral("admin-demo")
                                                                     : user + QStringLiteral("-demo-2026"));
        arguments = QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), user} + arguments;
        return cli.run(arguments);
    }

    static QJsonDocument json(const CliRun& r)
    {
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out.toUtf8());
    }
};

} // namespace

TEST_F(ShippingCli, LogisticsShipsAnOrderInTwoPartsAndRecordsItsDeliveries)
{
    // The demo's shipped orders have their shipments.
    const QJsonArray existing =
        json(run(QStringLiteral("qian"), {QStringLiteral("shipments"), QStringLiteral("--json")})).array();
    ASSERT_FALSE(existing.isEmpty());
    EXPECT_TRUE(existing.at(0)
                    .toObject()
                    .value(QStringLiteral("shipment_no"))
                    .toString()
                    .startsWith(QStringLiteral("SHP-")));

    // My work lists the orders ready to ship; ship the first one whose customer is not on credit hold.
    const QJsonArray work =
        json(run(QStringLiteral("qian"), {QStringLiteral("mywork"), QStringLiteral("--json")})).array();
    QString orderNo;
    QJsonObject first;
    for (const QJsonValue& v : work) {
        if (v.toObject().value(QStringLiteral("kind")).toString() != QLatin1String("ship"))
            continue;
        const QString candidate = v.toObject().value(QStringLiteral("order_no")).toString();
        const CliRun r =
            run(QStringLiteral("qian"),
                {QStringLiteral("ship"), candidate, QStringLiteral("--line"), QStringLiteral("1=0.001"),
                 QStringLiteral("--carrier"), QStringLiteral("顺丰速运"), QStringLiteral("--tracking"),
                 QStringLiteral("SF1401234567"), QStringLiteral("--date"), QStringLiteral("2026-06-01"),
                 QStringLiteral("--json")});
        if (r.exitCode == 0) {
            orderNo = candidate;
            first = QJsonDocument::fromJson(r.out.toUtf8()).object();
            break;
        }
        EXPECT_TRUE(r.err.contains(QStringLiteral("credit hold"))) << r.err.toStdString();
    }
    ASSERT_FALSE(orderNo.isEmpty()) << "no order ready to ship in the demo";
    EXPECT_EQ(first.value(QStringLiteral("order_status")).toString(), QStringLiteral("ready_to_ship"));
    EXPECT_EQ(first.value(QStringLiteral("tracking_no")).toString(), QStringLiteral("SF1401234567"));

    // More than is left is refused, naming what is left; nothing is recorded.
    const QJsonArray left = first.value(QStringLiteral("order_lines")).toArray();
    const QString lineOneLeft = left.at(0).toObject().value(QStringLiteral("remaining")).toString();
    const CliRun tooMuch =
        run(QStringLiteral("qian"),
            {QStringLiteral("ship"), orderNo, QStringLiteral("--line"), QStringLiteral("1=999999"),
             QStringLiteral("--carrier"), QStringLiteral("德邦物流")});
    EXPECT_EQ(tooMuch.exitCode, 1);
    EXPECT_TRUE(tooMuch.err.contains(lineOneLeft)) << tooMuch.err.toStdString();

    // The rest in a second shipment: the order becomes shipped.
    QStringList rest{QStringLiteral("ship"), orderNo, QStringLiteral("--carrier"), QStringLiteral("自有车辆"),
                     QStringLiteral("--json")};
    for (const QJsonValue& v : left) {
        const QJsonObject l = v.toObject();
        rest << QStringLiteral("--line")
             << QStringLiteral("%1=%2")
                    .arg(l.value(QStringLiteral("line")).toInt())
                    .arg(l.value(QStringLiteral("remaining")).toString());
    }
    const QJsonObject second = json(run(QStringLiteral("qian"), rest)).object();
    EXPECT_EQ(second.value(QStringLiteral("order_status")).toString(), QStringLiteral("shipped"));

    const QJsonArray ofOrder =
        json(run(QStringLiteral("qian"), {QStringLiteral("shipments"), QStringLiteral("--order"), orderNo,
                                          QStringLiteral("--open"), QStringLiteral("--json")}))
            .array();
    ASSERT_EQ(ofOrder.size(), 2);
    for (const QJsonValue& v : ofOrder) {
        const QString shipmentNo = v.toObject().value(QStringLiteral("shipment_no")).toString();
        const CliRun delivered =
            run(QStringLiteral("qian"), {QStringLiteral("deliver"), shipmentNo,
                                         QStringLiteral("--received-by"), QStringLiteral("张经理")});
        EXPECT_EQ(delivered.exitCode, 0) << delivered.err.toStdString();
    }
    const CliRun twice = run(QStringLiteral("qian"),
                             {QStringLiteral("deliver"),
                              ofOrder.at(0).toObject().value(QStringLiteral("shipment_no")).toString()});
    EXPECT_EQ(twice.exitCode, 1);
    EXPECT_TRUE(twice.err.contains(QStringLiteral("delivered"))) << twice.err.toStdString();
    const CliRun shown = run(QStringLiteral("qian"), {QStringLiteral("show"), orderNo});
    EXPECT_TRUE(shown.out.contains(QStringLiteral("Delivered"))) << shown.out.toStdString();

    // The delivery note, with the Chinese font travelling in the file.
    const QString pdf = cli.dir() + QStringLiteral("/note.pdf");
    const CliRun note = run(QStringLiteral("qian"),
                            {QStringLiteral("delivery-note"),
                             ofOrder.at(0).toObject().value(QStringLiteral("shipment_no")).toString(), pdf});
    ASSERT_EQ(note.exitCode, 0) << note.err.toStdString();
    QFile f(pdf);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_TRUE(bytes.startsWith("%PDF-"));
    EXPECT_TRUE(bytes.contains("/FontFile"));
}

TEST_F(ShippingCli, ASalespersonOrAFinanceClerkShipsNothingAndBadLinesAreExplained)
{
    const QJsonArray work =
        json(run(QStringLiteral("qian"), {QStringLiteral("mywork"), QStringLiteral("--json")})).array();
    QString orderNo;
    for (const QJsonValue& v : work)
        if (v.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("ship"))
            orderNo = v.toObject().value(QStringLiteral("order_no")).toString();
    ASSERT_FALSE(orderNo.isEmpty());
    for (const QString& user : {QStringLiteral("zhao"), QStringLiteral("wang")}) {
        const CliRun r =
            run(user, {QStringLiteral("ship"), orderNo, QStringLiteral("--line"), QStringLiteral("1=1"),
                       QStringLiteral("--carrier"), QStringLiteral("顺丰速运")});
        EXPECT_EQ(r.exitCode, 1) << user.toStdString();
        // The finance clerk sees the order but may not ship it; the salesperson may not even see
        // another salesperson's order.
        if (user == QLatin1String("zhao")) {
            EXPECT_TRUE(r.err.contains(QStringLiteral("may not"))) << r.err.toStdString();
        }
    }
    const QJsonArray none =
        json(run(QStringLiteral("qian"),
                 {QStringLiteral("shipments"), QStringLiteral("--order"), orderNo, QStringLiteral("--json")}))
            .array();
    EXPECT_TRUE(none.isEmpty());
    const CliRun malformed =
        run(QStringLiteral("qian"),
            {QStringLiteral("ship"), orderNo, QStringLiteral("--line"), QStringLiteral("one=2"),
             QStringLiteral("--carrier"), QStringLiteral("顺丰速运")});
    EXPECT_EQ(malformed.exitCode, 1);
    EXPECT_TRUE(malformed.err.contains(QStringLiteral("--line one=2"))) << malformed.err.toStdString();
    const CliRun noLines =
        run(QStringLiteral("qian"),
            {QStringLiteral("ship"), orderNo, QStringLiteral("--carrier"), QStringLiteral("顺丰速运")});
    EXPECT_EQ(noLines.exitCode, 1);
    const CliRun unknown =
        run(QStringLiteral("qian"), {QStringLiteral("deliver"), QStringLiteral("SHP-1999-000001")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("SHP-1999-000001")));
}
