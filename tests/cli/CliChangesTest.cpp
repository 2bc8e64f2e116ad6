// orderdesk-cli's change requests on a demo company: change request (with its impact as JSON),
// approve and reject, the list, and the refusals of bad input.
#include "CliRunner.h"
#include "Money.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <gtest/gtest.h>

using od::test::CliRun;
using od::test::CliRunner;

namespace {

const QString kPassword = QStringLiteral("admin-demo");

class CliChanges : public ::testing::Test
{
protected:
    CliRunner cli;
    QString db = cli.database(QStringLiteral("changes.orderdesk"));

    void SetUp() override
    {
        cli.setEnvironment(QStringLiteral("ORDERDESK_NEW_PASSWORD"), kPassword);
        cli.setEnvironment(QStringLiteral("ORDERDESK_PASSWORD"), kPassword);
        const CliRun demo = run({QStringLiteral("demo"), QStringLiteral("--orders"), QStringLiteral("1000"),
                                 QStringLiteral("--seed"), QStringLiteral("4")});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    }

    CliRun run(QStringList arguments) const
    {
        return cli.run(
            QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin")} +
            arguments);
    }

    // Confirmed orders without a change request yet (the demo company has a few).
    QStringList confirmedOrders() const
    {
        QSet<QString> changed;
        for (const QJsonValue& v : changes({}))
            changed.insert(v.toObject().value(QStringLiteral("order_no")).toString());
        const CliRun list =
            run({QStringLiteral("orders"), QStringLiteral("--status"), QStringLiteral("confirmed"),
                 QStringLiteral("--limit"), QStringLiteral("40")});
        EXPECT_EQ(list.exitCode, 0) << list.err.toStdString();
        QStringList out;
        for (const QString& row : list.out.split(u'\n').mid(1))
            if (row.startsWith(QStringLiteral("SO-")) && !changed.contains(row.section(u' ', 0, 0)))
                out << row.section(u' ', 0, 0);
        return out;
    }

    QJsonArray changes(const QStringList& filter) const
    {
        const CliRun r = run(QStringList{QStringLiteral("changes"), QStringLiteral("--json")} + filter);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }
};

} // namespace

TEST_F(CliChanges, ARequestPrintsItsImpactAndApprovalSendsTheNewRevisionToTheCustomer)
{
    const QStringList orders = confirmedOrders();
    ASSERT_FALSE(orders.isEmpty());
    const QString orderNo = orders.first();
    const CliRun asked =
        run({QStringLiteral("change"), QStringLiteral("request"), orderNo, QStringLiteral("--reason"),
             QStringLiteral("客户追加数量"), QStringLiteral("--channel"), QStringLiteral("phone"),
             QStringLiteral("--quantity"), QStringLiteral("1=50"), QStringLiteral("--json")});
    ASSERT_EQ(asked.exitCode, 0) << asked.err.toStdString();
    const QJsonObject impact = QJsonDocument::fromJson(asked.out.toUtf8()).object();
    const QString changeNo = impact.value(QStringLiteral("change_no")).toString();
    EXPECT_TRUE(changeNo.startsWith(QStringLiteral("CHG-"))) << asked.out.toStdString();
    for (const char* key : {"old_total", "new_total", "difference", "old_earliest_date", "new_earliest_date",
                            "orders_pushed", "over_credit_limit"})
        EXPECT_TRUE(impact.contains(QLatin1String(key))) << key;
    // The difference is the new total less the old, to the cent.
    const auto oldTotal = od::Money::parse(impact.value(QStringLiteral("old_total")).toString());
    const auto newTotal = od::Money::parse(impact.value(QStringLiteral("new_total")).toString());
    const auto difference = od::Money::parse(impact.value(QStringLiteral("difference")).toString());
    ASSERT_TRUE(oldTotal && newTotal && difference) << asked.out.toStdString();
    EXPECT_EQ(difference->minor(), newTotal->minor() - oldTotal->minor());
    EXPECT_TRUE(impact.value(QStringLiteral("orders_pushed")).isArray());

    // A second request on the same order waits for the first.
    const CliRun second =
        run({QStringLiteral("change"), QStringLiteral("request"), orderNo, QStringLiteral("--reason"),
             QStringLiteral("再改"), QStringLiteral("--date"), QStringLiteral("2027-03-01")});
    EXPECT_NE(second.exitCode, 0);
    EXPECT_TRUE(second.err.contains(changeNo)) << second.err.toStdString();

    const QJsonArray waiting = changes({QStringLiteral("--order"), orderNo});
    ASSERT_EQ(waiting.size(), 1);
    EXPECT_EQ(waiting[0].toObject().value(QStringLiteral("status")).toString(),
              QStringLiteral("waiting_approval"));

    const CliRun approved = run({QStringLiteral("change"), QStringLiteral("approve"), changeNo,
                                 QStringLiteral("--note"), QStringLiteral("同意")});
    ASSERT_EQ(approved.exitCode, 0) << approved.err.toStdString();
    const QJsonArray after = changes({QStringLiteral("--status"), QStringLiteral("waiting_customer")});
    bool found = false;
    for (const QJsonValue& v : after)
        if (v.toObject().value(QStringLiteral("change_no")).toString() == changeNo) {
            found = true;
            EXPECT_EQ(v.toObject().value(QStringLiteral("new_revision")).toInt(), 2);
        }
    EXPECT_TRUE(found);
    // The change confirmation for the customer: what was, what is, the new total and date.
    const QString pdf = cli.database(QStringLiteral("change.pdf"));
    const CliRun written =
        run({QStringLiteral("change"), QStringLiteral("pdf"), changeNo, QStringLiteral("--pdf"), pdf});
    ASSERT_EQ(written.exitCode, 0) << written.err.toStdString();
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF-"));
    EXPECT_GT(file.size(), 2000);
    // A new delivery address, asked and approved on another order, is the order's own after.
    const QString other = orders.value(1);
    ASSERT_FALSE(other.isEmpty());
    const CliRun moved =
        run({QStringLiteral("change"), QStringLiteral("request"), other, QStringLiteral("--reason"),
             QStringLiteral("客户新厂区投产"), QStringLiteral("--address"),
             QStringLiteral("宁波市北仑区明州路 88 号"), QStringLiteral("--json")});
    ASSERT_EQ(moved.exitCode, 0) << moved.err.toStdString();
    const QString movedNo =
        QJsonDocument::fromJson(moved.out.toUtf8()).object().value(QStringLiteral("change_no")).toString();
    ASSERT_EQ(run({QStringLiteral("change"), QStringLiteral("approve"), movedNo}).exitCode, 0);
    const CliRun shown = run({QStringLiteral("show"), other});
    EXPECT_TRUE(shown.out.contains(QStringLiteral("宁波市北仑区明州路 88 号"))) << shown.out.toStdString();
    const CliRun order = run({QStringLiteral("orders"), QStringLiteral("--search"), orderNo});
    EXPECT_TRUE(order.out.contains(QStringLiteral("awaiting_confirmation")) ||
                order.out.contains(QStringLiteral("待客户确认")) ||
                order.out.contains(QStringLiteral("Awaiting")))
        << order.out.toStdString();
}

TEST_F(CliChanges, RejectionNeedsANoteAndBadInputIsRefusedWithItsReason)
{
    const QStringList orders = confirmedOrders();
    ASSERT_GE(orders.size(), 2);
    const CliRun decimals =
        run({QStringLiteral("change"), QStringLiteral("request"), orders[1], QStringLiteral("--reason"),
             QStringLiteral("降价"), QStringLiteral("--price"), QStringLiteral("1=12.34567")});
    EXPECT_NE(decimals.exitCode, 0);
    EXPECT_TRUE(decimals.err.contains(QStringLiteral("12.34567"))) << decimals.err.toStdString();
    const CliRun malformed =
        run({QStringLiteral("change"), QStringLiteral("request"), orders[1], QStringLiteral("--reason"),
             QStringLiteral("x"), QStringLiteral("--quantity"), QStringLiteral("50")});
    EXPECT_NE(malformed.exitCode, 0);
    const CliRun chargeAlone =
        run({QStringLiteral("change"), QStringLiteral("request"), orders[1], QStringLiteral("--reason"),
             QStringLiteral("x"), QStringLiteral("--charge"), QStringLiteral("10")});
    EXPECT_NE(chargeAlone.exitCode, 0);
    const CliRun tooMuch =
        run({QStringLiteral("change"), QStringLiteral("request"), orders[1], QStringLiteral("--reason"),
             QStringLiteral("取消"), QStringLiteral("--cancel"), QStringLiteral("--charge"),
             QStringLiteral("999999999")});
    EXPECT_NE(tooMuch.exitCode, 0);
    EXPECT_TRUE(changes({QStringLiteral("--order"), orders[1]}).isEmpty());

    const CliRun asked = run({QStringLiteral("change"), QStringLiteral("request"), orders[1],
                              QStringLiteral("--reason"), QStringLiteral("改交期"), QStringLiteral("--date"),
                              QStringLiteral("2027-03-01"), QStringLiteral("--json")});
    ASSERT_EQ(asked.exitCode, 0) << asked.err.toStdString();
    const QString changeNo =
        QJsonDocument::fromJson(asked.out.toUtf8()).object().value(QStringLiteral("change_no")).toString();
    EXPECT_NE(run({QStringLiteral("change"), QStringLiteral("reject"), changeNo}).exitCode, 0);
    const CliRun rejected = run({QStringLiteral("change"), QStringLiteral("reject"), changeNo,
                                 QStringLiteral("--note"), QStringLiteral("产能已满")});
    ASSERT_EQ(rejected.exitCode, 0) << rejected.err.toStdString();
    const QJsonArray list = changes({QStringLiteral("--order"), orders[1]});
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list[0].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    EXPECT_EQ(list[0].toObject().value(QStringLiteral("note")).toString(), QStringLiteral("产能已满"));
    // A rejected change has nothing to confirm with the customer.
    EXPECT_NE(run({QStringLiteral("change"), QStringLiteral("pdf"), changeNo, QStringLiteral("--pdf"),
                   cli.database(QStringLiteral("rejected.pdf"))})
                  .exitCode,
              0);
}
