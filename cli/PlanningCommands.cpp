#include "PlanningCommands.h"

#include "ContactChannel.h"
#include "CustomerService.h"
#include "DateAcceptanceService.h"
#include "ExitCode.h"
#include "OrderQueryService.h"
#include "PlanningService.h"
#include "ProductService.h"
#include "ProgressService.h"
#include "TextTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace od::cli {

namespace {

QJsonValue dateOrNull(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString iso(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

void printJson(QTextStream& out, const QJsonValue& value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << doc.toJson(QJsonDocument::Indented) << Qt::flush;
}

} // namespace

bool PlanningCommands::handles(const QString& command)
{
    return command == QLatin1String("plan") || command == QLatin1String("promise") ||
           command == QLatin1String("replan") || command == QLatin1String("load") ||
           command == QLatin1String("progress") || command == QLatin1String("accept-date") ||
           command == QLatin1String("plan-step");
}

int PlanningCommands::run(const QString& command)
{
    if (command == QLatin1String("plan"))
        return plan();
    if (command == QLatin1String("promise"))
        return promise();
    if (command == QLatin1String("replan"))
        return replan();
    if (command == QLatin1String("load"))
        return load();
    if (command == QLatin1String("accept-date"))
        return acceptDate();
    if (command == QLatin1String("plan-step"))
        return planStep();
    return progress();
}

Result<QDate> PlanningCommands::dateOption(const QString& option, const QDate& fallback) const
{
    const CommandLine& line = m_ctx.commandLine();
    if (!line.isSet(option))
        return fallback;
    const QDate date = QDate::fromString(line.value(option), Qt::ISODate);
    if (!date.isValid())
        return std::unexpected(Error::invalid(
            tr("--%1 must be a date as YYYY-MM-DD, not \"%2\".").arg(option, line.value(option)), option));
    return date;
}

int PlanningCommands::plan()
{
    const CommandLine& line = m_ctx.commandLine();
    if (auto ok =
            line.expect({QStringLiteral("commit"), QStringLiteral("promise"), QStringLiteral("reason"),
                         QStringLiteral("json")},
                        1, 1, QStringLiteral("plan ORDER_NO [--commit] [--promise YYYY-MM-DD] [--json]"));
        !ok)
        return m_ctx.fail(ok.error());
    auto promised = dateOption(QStringLiteral("promise"), {});
    if (!promised)
        return m_ctx.fail(promised.error());
    if (line.isSet(QStringLiteral("promise")) && !line.isSet(QStringLiteral("commit")))
        return m_ctx.fail(Error::invalid(tr("--promise is the date a commit promises: add --commit.")));
    auto session = m_ctx.signIn();
    if (!session)
        return m_ctx.fail(session.error());
    auto order = OrderQueryService(**session).orderByNumber(line.arguments().at(0));
    if (!order)
        return m_ctx.fail(order.error());
    PlanningService planning(**session);
    Result<PlanProposal> proposal = std::unexpected(Error::invalid(QString()));
    if (line.isSet(QStringLiteral("commit"))) {
        PlanCommitRequest request;
        request.expectedVersion = order->version;
        request.promisedDate = *promised;
        request.overrideReason = line.value(QStringLiteral("reason"));
        proposal = planning.commit(order->id, request);
    } else {
        proposal = planning.propose(order->id);
    }
    if (!proposal)
        return m_ctx.fail(proposal.error());
    const PlanProposal& p = *proposal;

    if (line.isSet(QStringLiteral("json"))) {
        QJsonArray steps;
        int stepNo = 0;
        for (const OrderPlanStep& s : p.plan.steps) {
            const QString owner = p.ownerNames.value(s.ownerUserId);
            steps.append(QJsonObject{
                {QStringLiteral("step_no"), ++stepNo},
                {QStringLiteral("line_no"), s.lineNo},
                {QStringLiteral("name"), s.name},
                {QStringLiteral("work_centre"),
                 s.workCentre.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.workCentre)},
                {QStringLiteral("owner"), owner.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(owner)},
                {QStringLiteral("hours"), s.hours.toDecimalString()},
                {QStringLiteral("start"), iso(s.plannedStart)},
                {QStringLiteral("finish"), iso(s.plannedFinish)},
            });
        }
        printJson(m_ctx.out(),
                  QJsonObject{{QStringLiteral("order_no"), p.orderNo},
                              {QStringLiteral("earliest_completion"), iso(p.earliestCompletion())},
                              {QStringLiteral("promised_date"), dateOrNull(p.promisedDate)},
                              {QStringLiteral("steps"), steps}});
        return Success;
    }
    QTextStream& out = m_ctx.out();
    TextTable table;
    table.addColumn(tr("STEP"), TextTable::Align::Right);
    table.addColumn(tr("LINE"), TextTable::Align::Right);
    table.addColumn(tr("NAME"));
    table.addColumn(tr("WORK CENTRE"));
    table.addColumn(tr("HOURS"), TextTable::Align::Right);
    table.addColumn(tr("OWNER"));
    table.addColumn(tr("START"));
    table.addColumn(tr("FINISH"));
    int stepNo = 0;
    for (const OrderPlanStep& s : p.plan.steps)
        table.addRow({QString::number(++stepNo), s.lineNo ? QString::number(s.lineNo) : QString(), s.name,
                      s.workCentre, s.hours.isZero() ? QString() : s.hours.toDecimalString(),
                      p.ownerNames.value(s.ownerUserId), iso(s.plannedStart), iso(s.plannedFinish)});
    table.print(out);
    out << tr("Earliest possible delivery: %1").arg(iso(p.earliestCompletion())) << '\n';
    if (p.requestedDate.isValid()) {
        const int late = p.daysLate().value_or(0);
        out << (late > 0 ? tr("Requested: %1 — %n day(s) later than asked.", nullptr, late)
                               .arg(iso(p.requestedDate))
                         : tr("Requested: %1 — on time.").arg(iso(p.requestedDate)))
            << '\n';
    }
    if (p.committed)
        out << tr("Committed: %1 is planned, promised for %2.").arg(p.orderNo, iso(p.promisedDate)) << '\n';
    else
        out << tr("Nothing saved; add --commit to plan the order.") << '\n';
    out.flush();
    return Success;
}

int PlanningCommands::promise()
{
    const CommandLine& line = m_ctx.commandLine();
    if (auto ok =
            line.expect({QStringLiteral("customer"), QStringLiteral("line"), QStringLiteral("json")}, 0, 0,
                        QStringLiteral("promise --customer CODE --line SKU=QTY [--line SKU=QTY …] [--json]"));
        !ok)
        return m_ctx.fail(ok.error());
    if (!line.isSet(QStringLiteral("customer")))
        return m_ctx.fail(
            Error::invalid(tr("Say for which customer: --customer CODE."), QStringLiteral("customer")));
    const QStringList specs = line.values(QStringLiteral("line"));
    if (specs.isEmpty())
        return m_ctx.fail(
            Error::invalid(tr("Give at least one line: --line SKU=QTY."), QStringLiteral("line")));
    auto session = m_ctx.signIn();
    if (!session)
        return m_ctx.fail(session.error());
    const QString code = line.value(QStringLiteral("customer"));
    auto customer = CustomerService(**session).byCode(code);
    if (!customer)
        return m_ctx.fail(customer.error());
    if (!*customer)
        return m_ctx.fail(Error::notFound(tr("There is no customer with the code %1.").arg(code)));
    QList<PromiseLine> lines;
    ProductService products(**session);
    for (const QString& spec : specs) {
        const qsizetype eq = spec.lastIndexOf(u'=');
        const QString sku = eq > 0 ? spec.left(eq).trimmed() : QString();
        const auto quantity = eq > 0 ? Quantity::parse(spec.mid(eq + 1).trimmed()) : std::nullopt;
        if (sku.isEmpty() || !quantity || !quantity->isPositive())
            return m_ctx.fail(Error::invalid(
                tr("--line \"%1\": write SKU=QTY with a quantity above zero (at most 3 decimals).").arg(spec),
                QStringLiteral("line")));
        auto product = products.bySku(sku);
        if (!product)
            return m_ctx.fail(product.error());
        if (!*product)
            return m_ctx.fail(Error::notFound(tr("There is no product with the SKU %1.").arg(sku)));
        lines << PromiseLine{(*product)->id, *quantity, {}};
    }
    auto date = PlanningService(**session).earliestDelivery(lines);
    if (!date)
        return m_ctx.fail(date.error());
    if (line.isSet(QStringLiteral("json")))
        printJson(m_ctx.out(), QJsonObject{{QStringLiteral("customer"), code},
                                           {QStringLiteral("lines"), int(lines.size())},
                                           {QStringLiteral("earliest_delivery"), iso(*date)}});
    else
        m_ctx.out() << tr("Earliest possible delivery if ordered today: %1").arg(iso(*date)) << Qt::endl;
    return Success;
}

int PlanningCommands::replan()
{
    const CommandLine& line = m_ctx.commandLine();
    if (auto ok = line.expect({QStringLiteral("json")}, 0, 0, QStringLiteral("replan [--json]")); !ok)
        return m_ctx.fail(ok.error());
    auto session = m_ctx.signIn();
    if (!session)
        return m_ctx.fail(session.error());
    auto report = PlanningService(**session).replanAll();
    if (!report)
        return m_ctx.fail(report.error());
    if (line.isSet(QStringLiteral("json"))) {
        QJsonArray late;
        for (const LateOrder& l : report->late)
            late.append(
                QJsonObject{{QStringLiteral("order_no"), l.orderNo},
                            {QStringLiteral("promised_date"), dateOrNull(l.promisedDate)},
                            {QStringLiteral("forecast"), dateOrNull(l.forecast)},
                            {QStringLiteral("days_late"), l.daysLate},
                            {QStringLiteral("problem"),
                             l.problem.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(l.problem)}});
        printJson(m_ctx.out(), QJsonObject{{QStringLiteral("orders_planned"), report->ordersPlanned},
                                           {QStringLiteral("late"), late}});
        return Success;
    }
    QTextStream& out = m_ctx.out();
    out << tr("%n open order(s) planned again.", nullptr, report->ordersPlanned) << '\n';
    if (report->late.isEmpty()) {
        out << tr("Every promised date can still be kept.") << Qt::endl;
        return Success;
    }
    TextTable table;
    table.addColumn(tr("ORDER NO"));
    table.addColumn(tr("PROMISED"));
    table.addColumn(tr("FORECAST"));
    table.addColumn(tr("DAYS LATE"), TextTable::Align::Right);
    table.addColumn(tr("PROBLEM"));
    for (const LateOrder& l : report->late)
        table.addRow(
            {l.orderNo, iso(l.promisedDate), iso(l.forecast), QString::number(l.daysLate), l.problem});
    table.print(out);
    out << tr("%n order(s) can no longer be delivered on the promised date.", nullptr,
              int(report->late.size()))
        << Qt::endl;
    return Success;
}

int PlanningCommands::load()
{
    const CommandLine& line = m_ctx.commandLine();
    if (auto ok =
            line.expect({QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("work-centre"),
                         QStringLiteral("json")},
                        0, 0,
                        QStringLiteral("load [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--work-centre CODE] "
                                       "[--json]"));
        !ok)
        return m_ctx.fail(ok.error());
    auto session = m_ctx.signIn();
    if (!session)
        return m_ctx.fail(session.error());
    const QDate today = (*session)->today();
    auto from = dateOption(QStringLiteral("from"), today);
    if (!from)
        return m_ctx.fail(from.error());
    auto to = dateOption(QStringLiteral("to"), from->addDays(12 * 7));
    if (!to)
        return m_ctx.fail(to.error());
    auto rows = PlanningService(**session).load(*from, *to, line.value(QStringLiteral("work-centre")));
    if (!rows)
        return m_ctx.fail(rows.error());
    if (line.isSet(QStringLiteral("json"))) {
        QJsonArray out;
        for (const CentreDayLoad& r : std::as_const(*rows))
            out.append(QJsonObject{{QStringLiteral("work_centre"), r.workCentre},
                                   {QStringLiteral("date"), iso(r.date)},
                                   {QStringLiteral("available_hours"), r.available.toDecimalString()},
                                   {QStringLiteral("planned_hours"), r.planned.toDecimalString()}});
        printJson(m_ctx.out(), out);
        return Success;
    }
    TextTable table;
    table.addColumn(tr("WORK CENTRE"));
    table.addColumn(tr("DATE"));
    table.addColumn(tr("AVAILABLE"), TextTable::Align::Right);
    table.addColumn(tr("PLANNED"), TextTable::Align::Right);
    table.addColumn(tr("LOAD"));
    for (const CentreDayLoad& r : std::as_const(*rows)) {
        QString mark;
        if (r.isOverloaded())
            mark = tr("overloaded");
        table.addRow(
            {r.workCentre, iso(r.date), r.available.toDecimalString(), r.planned.toDecimalString(), mark});
    }
    table.print(m_ctx.out());
    m_ctx.out().flush();
    return Success;
}

int PlanningCommands::progress()
{
    const CommandLine& line = m_ctx.commandLine();
    const QString usage =
        QStringLiteral("progress ORDER_NO STEP_NO (--start | --done QTY | --finish) [--note TEXT]");
    if (auto ok = line.expect({QStringLiteral("start"), QStringLiteral("done"), QStringLiteral("finish"),
                               QStringLiteral("note")},
                              2, 2, usage);
        !ok)
        return m_ctx.fail(ok.error());
    const int actions = int(line.isSet(QStringLiteral("start"))) + int(line.isSet(QStringLiteral("done"))) +
                        int(line.isSet(QStringLiteral("finish")));
    if (actions != 1)
        return m_ctx.fail(Error::invalid(tr("Say one of --start, --done QTY or --finish.")));
    bool numberOk = false;
    const int stepNo = line.arguments().at(1).toInt(&numberOk);
    if (!numberOk || stepNo < 1)
        return m_ctx.fail(
            Error::invalid(tr("STEP_NO must be the step's number in the plan (1, 2, …), not \"%1\".")
                               .arg(line.arguments().at(1))));
    ProgressReport report;
    report.note = line.value(QStringLiteral("note"));
    if (line.isSet(QStringLiteral("start"))) {
        report.action = ProgressReport::Action::Start;
    } else if (line.isSet(QStringLiteral("finish"))) {
        report.action = ProgressReport::Action::Finish;
    } else {
        report.action = ProgressReport::Action::Done;
        const auto quantity = Quantity::parse(line.value(QStringLiteral("done")));
        if (!quantity)
            return m_ctx.fail(Error::invalid(tr("--done must be a quantity (at most 3 decimals), not \"%1\".")
                                                 .arg(line.value(QStringLiteral("done"))),
                                             QStringLiteral("done")));
        report.quantity = *quantity;
    }
    auto session = m_ctx.signIn();
    if (!session)
        return m_ctx.fail(session.error());
    auto order = OrderQueryService(**session).orderByNumber(line.arguments().at(0));
    if (!order)
        return m_ctx.fail(order.error());
    auto step = ProgressService(**session).report(order->id, stepNo, report);
    if (!step)
        return m_ctx.fail(step.error());
    auto now = OrderQueryService(**session).order(order->id);
    QString status = now ? OrderStatusInfo::key(now->status) : QString();
    m_ctx.out() << tr("%1 step %2 (%3): %4 of %5 done, %6; the order is %7.")
                       .arg(order->orderNo)
                       .arg(stepNo)
                       .arg(step->name, step->quantityDone.toDecimalString(),
                            step->quantity.toDecimalString(), OrderPlanStep::statusKey(step->status), status)
                << Qt::endl;
    return Success;
}

int PlanningCommands::planStep()
{
    const CommandLine& line = m_ctx.commandLine();
    if (auto ok = line.expect(
            {QStringLiteral("owner"), QStringLiteral("not-before"), QStringLiteral("move-promise")}, 2, 2,
            QStringLiteral("plan-step ORDER_NO STEP_NO [--owner NAME] [--not-before YYYY-MM-DD "
                           "[--move-promise]]"));
        !ok)
        return m_ctx.fail(ok.error());
    bool numberOk = false;
    PlanStepChange change;
    change.stepNo = line.arguments().at(1).toInt(&numberOk);
    if (!numberOk || change.stepNo < 1)
        return m_ctx.fail(
            Error::invalid(tr("STEP_NO must be the step's number in the plan (1, 2, …), not \"%1\".")
                               .arg(line.arguments().at(1))));
    if (!line.isSet(QStringLiteral("owner")) && !line.isSet(QStringLiteral("not-before")))
        return m_ctx.fail(
            Error::invalid(tr("Say what changes: --owner NAME, --not-before YYYY-MM-DD or both.")));
    auto notBefore = dateOption(QStringLiteral("not-before"), QDate());
    if (!notBefore)
        return m_ctx.fail(notBefore.error());
    change.notBefore = *notBefore;
    change.movePromise = line.isSet(QStringLiteral("move-promise"));
    auto session = m_ctx.signIn();
    if (!session)
        return m_ctx.fail(session.error());
    if (line.isSet(QStringLiteral("owner"))) {
        const QString name = line.value(QStringLiteral("owner"));
        auto owners = PlanningService(**session).owners();
        if (!owners)
            return m_ctx.fail(owners.error());
        for (const User& u : std::as_const(*owners))
            if (u.name == name)
                change.ownerUserId = u.id;
        if (change.ownerUserId == 0)
            return m_ctx.fail(Error::invalid(tr("There is no active user with the login name %1.").arg(name),
                                             QStringLiteral("owner")));
    }
    auto order = OrderQueryService(**session).orderByNumber(line.arguments().at(0));
    if (!order)
        return m_ctx.fail(order.error());
    auto changed = PlanningService(**session).changeCommitted(order->id, change);
    if (!changed)
        return m_ctx.fail(changed.error());
    const OrderPlanStep& step = changed->plan.steps.at(change.stepNo - 1);
    m_ctx.out() << tr("%1 step %2 (%3): %4, %5 to %6; earliest delivery %7, promised %8.")
                       .arg(order->orderNo)
                       .arg(change.stepNo)
                       .arg(step.name, changed->ownerNames.value(step.ownerUserId), iso(step.plannedStart),
                            iso(step.plannedFinish), iso(changed->earliestCompletion()),
                            iso(changed->promisedDate))
                << Qt::endl;
    return Success;
}

int PlanningCommands::acceptDate()
{
    const CommandLine& line = m_ctx.commandLine();
    if (auto ok =
            line.expect({QStringLiteral("channel"), QStringLiteral("contact"), QStringLiteral("note")}, 1, 1,
                        QStringLiteral("accept-date ORDER_NO --contact NAME --channel KEY [--note TEXT]"));
        !ok)
        return m_ctx.fail(ok.error());
    QStringList keys;
    for (ContactChannel c : ContactChannelInfo::all())
        keys << ContactChannelInfo::key(c);
    if (!line.isSet(QStringLiteral("channel")))
        return m_ctx.fail(Error::invalid(
            tr("Say how the customer accepted the date: --channel %1.").arg(keys.join(QStringLiteral(" | "))),
            QStringLiteral("channel")));
    const auto channel = ContactChannelInfo::fromKey(line.value(QStringLiteral("channel")));
    if (!channel)
        return m_ctx.fail(
            Error::invalid(tr("--channel must be one of: %1.").arg(keys.join(QStringLiteral(", "))),
                           QStringLiteral("channel")));
    DateAcceptanceRequest request;
    request.channel = *channel;
    request.contactName = line.value(QStringLiteral("contact"));
    request.note = line.value(QStringLiteral("note"));
    auto session = m_ctx.signIn();
    if (!session)
        return m_ctx.fail(session.error());
    auto order = OrderQueryService(**session).orderByNumber(line.arguments().at(0));
    if (!order)
        return m_ctx.fail(order.error());
    auto accepted = DateAcceptanceService(**session).record(order->id, request);
    if (!accepted)
        return m_ctx.fail(accepted.error());
    m_ctx.out() << tr("%1: %2 accepted delivery on %3 instead of %4 (%5); production may start.")
                       .arg(order->orderNo, accepted->contactName, iso(accepted->promisedDate),
                            iso(accepted->requestedDate), ContactChannelInfo::key(accepted->channel))
                << Qt::endl;
    return Success;
}

} // namespace od::cli
