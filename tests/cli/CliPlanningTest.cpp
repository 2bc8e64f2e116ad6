// orderdesk-cli's planning commands on a demo company: plan (and --commit), progress, load,
// promise and replan, with their JSON and their refusals.
#include "CliRunner.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <gtest/gtest.h>

using od::test::CliRun;
using od::test::CliRunner;

namespace {

const QString kPassword = QStringLiteral("admin-demo");

class CliPlanning : public ::testing::Test
{
protected:
    CliRunner cli;
    QString db = cli.database(QStringLiteral("plan.orderdesk"));

    void SetUp() override
    {
        cli.setEnvironment(QStringLiteral("ORDERDESK_NEW_PASSWORD"), kPassword);
        cli.setEnvironment(QStringLiteral("ORDERDESK_PASSWORD"), kPassword);
        const CliRun demo = run({QStringLiteral("demo"), QStringLiteral("--orders"), QStringLiteral("150"),
                                 QStringLiteral("--seed"), QStringLiteral("4")});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    }

    CliRun run(QStringList arguments) const
    {
        return cli.run(
            QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin")} +
            arguments);
    }

    QJsonObject json(const CliRun& r) const { return QJsonDocument::fromJson(r.out.toUtf8()).object(); }

    QString confirmedOrder() const
    {
        const CliRun list =
            run({QStringLiteral("orders"), QStringLiteral("--status"), QStringLiteral("confirmed"),
                 QStringLiteral("--limit"), QStringLiteral("1")});
        EXPECT_EQ(list.exitCode, 0) << list.err.toStdString();
        return list.out.split(u'\n').value(1).section(u' ', 0, 0);
    }
};

} // namespace

TEST_F(CliPlanning, PlanProposesWithoutSavingAndCommitPlansTheOrder)
{
    const QString orderNo = confirmedOrder();
    ASSERT_TRUE(orderNo.startsWith(QStringLiteral("SO-"))) << orderNo.toStdString();
    const CliRun proposed = run({QStringLiteral("plan"), orderNo, QStringLiteral("--json")});
    ASSERT_EQ(proposed.exitCode, 0) << proposed.err.toStdString();
    const QJsonObject p = json(proposed);
    EXPECT_EQ(p.value(QStringLiteral("order_no")).toString(), orderNo);
    const QDate earliest =
        QDate::fromString(p.value(QStringLiteral("earliest_completion")).toString(), Qt::ISODate);
    ASSERT_TRUE(earliest.isValid()) << proposed.out.toStdString();
    EXPECT_TRUE(p.value(QStringLiteral("promised_date")).isNull());
    const QJsonArray steps = p.value(QStringLiteral("steps")).toArray();
    ASSERT_GE(steps.size(), 2);
    EXPECT_EQ(steps.at(0).toObject().value(QStringLiteral("step_no")).toInt(), 1);
    // The last step is shipping, on no work centre, finishing on the earliest date.
    const QJsonObject shipping = steps.last().toObject();
    EXPECT_TRUE(shipping.value(QStringLiteral("work_centre")).isNull());
    EXPECT_EQ(shipping.value(QStringLiteral("finish")).toString(), earliest.toString(Qt::ISODate));
    QString centre;
    for (const QJsonValue& s : steps)
        if (centre.isEmpty() && s.toObject().value(QStringLiteral("work_centre")).isString())
            centre = s.toObject().value(QStringLiteral("work_centre")).toString();
    EXPECT_FALSE(centre.isEmpty());
    EXPECT_TRUE(run({QStringLiteral("show"), orderNo}).out.contains(QStringLiteral("confirmed")));

    const CliRun early = run({QStringLiteral("plan"), orderNo, QStringLiteral("--commit"),
                              QStringLiteral("--promise"), QDate::currentDate().toString(Qt::ISODate)});
    if (earliest > QDate::currentDate()) {
        EXPECT_EQ(early.exitCode, 1);
        EXPECT_TRUE(early.err.contains(earliest.toString(Qt::ISODate))) << early.err.toStdString();
    }
    const CliRun committed =
        run({QStringLiteral("plan"), orderNo, QStringLiteral("--commit"), QStringLiteral("--json")});
    ASSERT_EQ(committed.exitCode, 0) << committed.err.toStdString();
    EXPECT_EQ(json(committed).value(QStringLiteral("promised_date")).toString(),
              earliest.toString(Qt::ISODate));
    const CliRun shown = run({QStringLiteral("show"), orderNo});
    EXPECT_TRUE(shown.out.contains(QStringLiteral(" planned"))) << shown.out.toStdString();
    EXPECT_EQ(run({QStringLiteral("plan"), orderNo, QStringLiteral("--commit")}).exitCode, 1);

    // The load of that centre for a week: one row per calendar day.
    const CliRun load =
        run({QStringLiteral("load"), QStringLiteral("--work-centre"), centre, QStringLiteral("--from"),
             QDate::currentDate().toString(Qt::ISODate), QStringLiteral("--to"),
             QDate::currentDate().addDays(6).toString(Qt::ISODate), QStringLiteral("--json")});
    ASSERT_EQ(load.exitCode, 0) << load.err.toStdString();
    const QJsonArray rows = QJsonDocument::fromJson(load.out.toUtf8()).array();
    ASSERT_EQ(rows.size(), 7) << load.out.toStdString();
    for (const QJsonValue& r : rows) {
        EXPECT_EQ(r.toObject().value(QStringLiteral("work_centre")).toString(), centre);
        EXPECT_TRUE(r.toObject().value(QStringLiteral("available_hours")).isString());
        EXPECT_TRUE(r.toObject().value(QStringLiteral("planned_hours")).isString());
    }
    EXPECT_EQ(run({QStringLiteral("load"), QStringLiteral("--from"), QStringLiteral("2026-13-01")}).exitCode,
              1);
}

TEST_F(CliPlanning, ProgressStartsTheOrderAndRefusesMoreThanPlanned)
{
    const QString orderNo = confirmedOrder();
    ASSERT_EQ(run({QStringLiteral("plan"), orderNo, QStringLiteral("--commit")}).exitCode, 0);
    // When the factory is busy the plan may promise later than the customer asked: the
    // customer's acceptance is recorded first (nothing to record otherwise).
    run({QStringLiteral("accept-date"), orderNo, QStringLiteral("--contact"), QStringLiteral("陈经理"),
         QStringLiteral("--channel"), QStringLiteral("phone")});
    const CliRun started =
        run({QStringLiteral("progress"), orderNo, QStringLiteral("1"), QStringLiteral("--start"),
             QStringLiteral("--note"), QStringLiteral("毛坯到货")});
    ASSERT_EQ(started.exitCode, 0) << started.err.toStdString();
    EXPECT_TRUE(started.out.contains(QStringLiteral("in_production"))) << started.out.toStdString();
    const CliRun tooMuch = run({QStringLiteral("progress"), orderNo, QStringLiteral("1"),
                                QStringLiteral("--done"), QStringLiteral("99999")});
    EXPECT_EQ(tooMuch.exitCode, 1);
    EXPECT_TRUE(tooMuch.err.contains(QStringLiteral("at most"))) << tooMuch.err.toStdString();
    EXPECT_EQ(run({QStringLiteral("progress"), orderNo, QStringLiteral("1")}).exitCode, 1);
    EXPECT_EQ(run({QStringLiteral("progress"), orderNo, QStringLiteral("1"), QStringLiteral("--start"),
                   QStringLiteral("--finish")})
                  .exitCode,
              1);
    EXPECT_EQ(
        run({QStringLiteral("progress"), orderNo, QStringLiteral("999"), QStringLiteral("--start")}).exitCode,
        1);
    EXPECT_TRUE(run({QStringLiteral("show"), orderNo}).out.contains(QStringLiteral("毛坯到货")));
}

TEST_F(CliPlanning, ALaterDateMustBeAcceptedByTheCustomerBeforeProductionStarts)
{
    const QString orderNo = confirmedOrder();
    const QString later = QDate::currentDate().addDays(300).toString(Qt::ISODate);
    ASSERT_EQ(
        run({QStringLiteral("plan"), orderNo, QStringLiteral("--commit"), QStringLiteral("--promise"), later})
            .exitCode,
        0);
    const CliRun refused =
        run({QStringLiteral("progress"), orderNo, QStringLiteral("1"), QStringLiteral("--start")});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("accepted the new date"))) << refused.err.toStdString();
    // Bad input is refused next to its cause.
    const CliRun noChannel =
        run({QStringLiteral("accept-date"), orderNo, QStringLiteral("--contact"), QStringLiteral("陈经理")});
    EXPECT_EQ(noChannel.exitCode, 1);
    EXPECT_TRUE(noChannel.err.contains(QStringLiteral("--channel"))) << noChannel.err.toStdString();
    const CliRun badChannel =
        run({QStringLiteral("accept-date"), orderNo, QStringLiteral("--contact"), QStringLiteral("陈经理"),
             QStringLiteral("--channel"), QStringLiteral("fax")});
    EXPECT_EQ(badChannel.exitCode, 1);
    EXPECT_TRUE(badChannel.err.contains(QStringLiteral("wechat"))) << badChannel.err.toStdString();
    const CliRun accepted =
        run({QStringLiteral("accept-date"), orderNo, QStringLiteral("--contact"), QStringLiteral("陈经理"),
             QStringLiteral("--channel"), QStringLiteral("wechat"), QStringLiteral("--note"),
             QStringLiteral("客户同意新交期")});
    ASSERT_EQ(accepted.exitCode, 0) << accepted.err.toStdString();
    EXPECT_TRUE(accepted.out.contains(later)) << accepted.out.toStdString();
    EXPECT_EQ(run({QStringLiteral("accept-date"), orderNo, QStringLiteral("--contact"),
                   QStringLiteral("陈经理"), QStringLiteral("--channel"), QStringLiteral("wechat")})
                  .exitCode,
              1);
    const CliRun started =
        run({QStringLiteral("progress"), orderNo, QStringLiteral("1"), QStringLiteral("--start")});
    ASSERT_EQ(started.exitCode, 0) << started.err.toStdString();
    EXPECT_TRUE(run({QStringLiteral("show"), orderNo}).out.contains(QStringLiteral("客户同意新交期")));
}

TEST_F(CliPlanning, PlanStepGivesAStepToSomeoneElseAndMovesItLater)
{
    const QString orderNo = confirmedOrder();
    ASSERT_EQ(run({QStringLiteral("plan"), orderNo, QStringLiteral("--commit")}).exitCode, 0);
    const CliRun given = run({QStringLiteral("plan-step"), orderNo, QStringLiteral("1"),
                              QStringLiteral("--owner"), QStringLiteral("li")});
    ASSERT_EQ(given.exitCode, 0) << given.err.toStdString();
    EXPECT_TRUE(given.out.contains(QStringLiteral("李强"))) << given.out.toStdString();
    EXPECT_EQ(run({QStringLiteral("plan-step"), orderNo, QStringLiteral("1")}).exitCode, 1);
    EXPECT_EQ(run({QStringLiteral("plan-step"), orderNo, QStringLiteral("1"), QStringLiteral("--owner"),
                   QStringLiteral("nobody")})
                  .exitCode,
              1);
    EXPECT_EQ(run({QStringLiteral("plan-step"), orderNo, QStringLiteral("1"), QStringLiteral("--not-before"),
                   QStringLiteral("2020-01-01")})
                  .exitCode,
              1);
    const QString later = QDate::currentDate().addDays(200).toString(Qt::ISODate);
    const CliRun refused = run(
        {QStringLiteral("plan-step"), orderNo, QStringLiteral("1"), QStringLiteral("--not-before"), later});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("after the promised"))) << refused.err.toStdString();
    const CliRun moved = run({QStringLiteral("plan-step"), orderNo, QStringLiteral("1"),
                              QStringLiteral("--not-before"), later, QStringLiteral("--move-promise")});
    ASSERT_EQ(moved.exitCode, 0) << moved.err.toStdString();
    EXPECT_TRUE(moved.out.contains(later)) << moved.out.toStdString();
    const QJsonObject plan = json(run({QStringLiteral("plan"), orderNo, QStringLiteral("--json")}));
    EXPECT_EQ(plan.value(QStringLiteral("steps"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("start"))
                  .toString(),
              later);
    EXPECT_GT(plan.value(QStringLiteral("promised_date")).toString(), later);
}

TEST_F(CliPlanning, PromiseGivesADateAndReplanListsWhatItFound)
{
    const QString orderNo = confirmedOrder();
    const QString shown = run({QStringLiteral("show"), orderNo}).out;
    const QString customer =
        QRegularExpression(QStringLiteral("Customer\\s+(\\S+)")).match(shown).captured(1);
    const QString sku = QRegularExpression(QStringLiteral("\\n\\s+1\\s+(\\S+)")).match(shown).captured(1);
    ASSERT_FALSE(customer.isEmpty()) << shown.toStdString();
    ASSERT_FALSE(sku.isEmpty()) << shown.toStdString();
    const CliRun promise =
        run({QStringLiteral("promise"), QStringLiteral("--customer"), customer, QStringLiteral("--line"),
             sku + QStringLiteral("=2"), QStringLiteral("--line"), sku + QStringLiteral("=1"),
             QStringLiteral("--json")});
    ASSERT_EQ(promise.exitCode, 0) << promise.err.toStdString();
    const QDate date =
        QDate::fromString(json(promise).value(QStringLiteral("earliest_delivery")).toString(), Qt::ISODate);
    EXPECT_TRUE(date.isValid() && date >= QDate::currentDate()) << promise.out.toStdString();
    EXPECT_EQ(json(promise).value(QStringLiteral("lines")).toInt(), 2);
    const CliRun badLine = run({QStringLiteral("promise"), QStringLiteral("--customer"), customer,
                                QStringLiteral("--line"), sku + QStringLiteral("=abc")});
    EXPECT_EQ(badLine.exitCode, 1);
    EXPECT_TRUE(badLine.err.contains(QStringLiteral("SKU=QTY")));
    EXPECT_EQ(run({QStringLiteral("promise"), QStringLiteral("--customer"), QStringLiteral("NOBODY"),
                   QStringLiteral("--line"), sku + QStringLiteral("=1")})
                  .exitCode,
              1);

    ASSERT_EQ(run({QStringLiteral("plan"), orderNo, QStringLiteral("--commit")}).exitCode, 0);
    const CliRun replan = run({QStringLiteral("replan"), QStringLiteral("--json")});
    ASSERT_EQ(replan.exitCode, 0) << replan.err.toStdString();
    EXPECT_GE(json(replan).value(QStringLiteral("orders_planned")).toInt(), 1);
    EXPECT_TRUE(json(replan).value(QStringLiteral("late")).isArray());
    // Its own plan was just committed on the same load: it is not late.
    for (const QJsonValue& l : json(replan).value(QStringLiteral("late")).toArray())
        EXPECT_NE(l.toObject().value(QStringLiteral("order_no")).toString(), orderNo);
}

TEST_F(CliPlanning, PlanningDataGoesOutAndBackInAsCsvAndABadRowIsNamedWithNothingChanged)
{
    const QString dir = QFileInfo(db).absolutePath();
    const QString centres = dir + QStringLiteral("/centres.csv");
    const QString routings = dir + QStringLiteral("/routings.csv");
    const QString calendar = dir + QStringLiteral("/calendar.csv");
    for (const auto& [kind, path] :
         {std::pair{QStringLiteral("work-centres"), centres}, std::pair{QStringLiteral("routings"), routings},
          std::pair{QStringLiteral("calendar"), calendar}}) {
        const CliRun out = run({QStringLiteral("export"), kind, path});
        ASSERT_EQ(out.exitCode, 0) << kind.toStdString() << ": " << out.err.toStdString();
        EXPECT_TRUE(out.out.startsWith(QStringLiteral("Wrote "))) << out.out.toStdString();
    }
    QFile file(routings);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    file.close();
    EXPECT_TRUE(text.startsWith(QStringLiteral("sku,step_no,name,work_centre,setup_hours,run_hours_per_unit,"
                                               "wait_days,purchase_lead_days,alternatives")))
        << text.left(200).toStdString();
    // The demo's machining steps name the CNC centre as their alternative.
    EXPECT_TRUE(text.contains(QStringLiteral(",CNC"))) << text.left(400).toStdString();

    // What was exported goes back in as it is.
    for (const auto& [kind, path] :
         {std::pair{QStringLiteral("work-centres"), centres}, std::pair{QStringLiteral("routings"), routings},
          std::pair{QStringLiteral("calendar"), calendar}}) {
        const CliRun in = run({QStringLiteral("import"), kind, path, QStringLiteral("--dry-run")});
        EXPECT_EQ(in.exitCode, 0) << kind.toStdString() << ": " << in.err.toStdString();
    }

    // A step on a work centre that does not exist: the file's line is named and nothing is imported,
    // not even the row before it, which renames the first step.
    QStringList first = text.section(u'\n', 1, 1).split(u',');
    ASSERT_GE(first.size(), 9) << text.section(u'\n', 1, 1).toStdString();
    first[2] = QStringLiteral("改名的工序");
    const QString bad = dir + QStringLiteral("/bad-routings.csv");
    QFile badFile(bad);
    ASSERT_TRUE(badFile.open(QIODevice::WriteOnly));
    badFile.write((text.section(u'\n', 0, 0) + u'\n' + first.join(u',') +
                   QStringLiteral("\nNOPE-SKU,1,机加工,NOWHERE,1,1,0,,\n"))
                      .toUtf8());
    badFile.close();
    // (The renamed row alone would go in.)
    const QString renamed = dir + QStringLiteral("/renamed-routing.csv");
    QFile renamedFile(renamed);
    ASSERT_TRUE(renamedFile.open(QIODevice::WriteOnly));
    renamedFile.write((text.section(u'\n', 0, 0) + u'\n' + first.join(u',') + u'\n').toUtf8());
    renamedFile.close();
    const CliRun alone =
        run({QStringLiteral("import"), QStringLiteral("routings"), renamed, QStringLiteral("--dry-run")});
    EXPECT_EQ(alone.exitCode, 0) << alone.err.toStdString();
    const CliRun refused = run({QStringLiteral("import"), QStringLiteral("routings"), bad});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(bad + QStringLiteral(":3:"))) << refused.err.toStdString();
    const CliRun again = run({QStringLiteral("export"), QStringLiteral("routings"), routings});
    ASSERT_EQ(again.exitCode, 0);
    QFile after(routings);
    ASSERT_TRUE(after.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(after.readAll()), text);

    const CliRun unknown = run({QStringLiteral("export"), QStringLiteral("machines"), routings});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("work-centres, routings or calendar")))
        << unknown.err.toStdString();
}
