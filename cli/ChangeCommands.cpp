#include "ChangeCommands.h"

#include "ChangeConfirmationDocument.h"
#include "ChangeRequestService.h"
#include "ChangeRules.h"
#include "ChineseAmount.h"
#include "ExitCode.h"
#include "OrderQueryService.h"
#include "OutputFileService.h"
#include "TextTable.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace od::cli {

namespace {

const QString kUsage = QStringLiteral(
    "change request ORDER_NO --reason TEXT [--contact TEXT] [--channel phone|email|wechat|visit|document] "
    "[--quantity LINE=QTY …] [--price LINE=PRICE …] [--spec LINE=TEXT …] [--add-line SKU=QTY …] "
    "[--remove-line LINE …] "
    "[--date YYYY-MM-DD] [--address TEXT] [--cancel [--charge AMOUNT]] [--json]\n"
    "       change approve|reject CHANGE_NO [--note TEXT]\n"
    "       change pdf CHANGE_NO --pdf FILE");

QJsonValue dateOrNull(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

// "2=50" → (2, "50"), refused with the option it came from.
Result<std::pair<QString, QString>> pairOf(const QString& text, const QString& option)
{
    const qsizetype at = text.indexOf(QLatin1Char('='));
    if (at <= 0 || at == text.size() - 1)
        return std::unexpected(Error::invalid(
            ChangeCommands::tr("--%1 takes KEY=VALUE, like 2=50; \"%2\" is not.").arg(option, text), option));
    return std::pair{text.left(at).trimmed(), text.mid(at + 1).trimmed()};
}

Result<int> lineNumber(const QString& text, const QString& option)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n <= 0)
        return std::unexpected(Error::invalid(
            ChangeCommands::tr("--%1: \"%2\" is not a line number.").arg(option, text), option));
    return n;
}

} // namespace

bool ChangeCommands::handles(const QString& command)
{
    return command == QLatin1String("change") || command == QLatin1String("changes");
}

bool ChangeCommands::needsGui(const QStringList& arguments)
{
    const qsizetype at = arguments.indexOf(QStringLiteral("change"));
    return at >= 0 && arguments.value(at + 1) == QLatin1String("pdf");
}

int ChangeCommands::run(const QString& command)
{
    if (command == QLatin1String("changes"))
        return list();
    const CommandLine& line = m_ctx.commandLine();
    const QString action = line.arguments().value(0);
    if (action == QLatin1String("request")) {
        if (auto ok =
                line.expect({QStringLiteral("reason"), QStringLiteral("contact"), QStringLiteral("channel"),
                             QStringLiteral("quantity"), QStringLiteral("price"), QStringLiteral("spec"),
                             QStringLiteral("add-line"), QStringLiteral("remove-line"),
                             QStringLiteral("date"), QStringLiteral("address"), QStringLiteral("cancel"),
                             QStringLiteral("charge"), QStringLiteral("json")},
                            2, 2, kUsage);
            !ok)
            return m_ctx.fail(ok.error());
    } else if (action == QLatin1String("pdf")) {
        if (auto ok = line.expect({QStringLiteral("pdf")}, 2, 2, kUsage); !ok)
            return m_ctx.fail(ok.error());
    } else if (action == QLatin1String("approve") || action == QLatin1String("reject")) {
        if (auto ok = line.expect({QStringLiteral("note")}, 2, 2, kUsage); !ok)
            return m_ctx.fail(ok.error());
    } else {
        return m_ctx.fail(Error::invalid(tr("Usage: orderdesk-cli [--db PATH] %1").arg(kUsage)));
    }
    auto session = m_ctx.signIn();
    if (!session)
        return m_ctx.fail(session.error());
    if (action == QLatin1String("request"))
        return request(**session);
    if (action == QLatin1String("pdf"))
        return pdf(**session);
    return decide(**session, action == QLatin1String("approve"));
}

Result<ChangeRequest> ChangeCommands::draftFromOptions(qint64 orderId)
{
    const CommandLine& line = m_ctx.commandLine();
    ChangeRequest r;
    r.orderId = orderId;
    r.reason = line.value(QStringLiteral("reason"));
    r.contact = line.value(QStringLiteral("contact"));
    if (line.isSet(QStringLiteral("channel"))) {
        const auto channel = ContactChannelInfo::fromKey(line.value(QStringLiteral("channel")));
        if (!channel)
            return std::unexpected(
                Error::invalid(tr("--channel must be one of: phone, email, wechat, visit, document.")));
        r.channel = *channel;
    }
    for (const QString& text : line.values(QStringLiteral("quantity"))) {
        auto pair = pairOf(text, QStringLiteral("quantity"));
        if (!pair)
            return std::unexpected(pair.error());
        auto lineNo = lineNumber(pair->first, QStringLiteral("quantity"));
        if (!lineNo)
            return std::unexpected(lineNo.error());
        auto quantity = ChangeRules::parseQuantity(pair->second, tr("Line %1").arg(*lineNo));
        if (!quantity)
            return std::unexpected(quantity.error());
        r.quantities << ChangeQuantity{*lineNo, *quantity};
    }
    for (const QString& text : line.values(QStringLiteral("price"))) {
        auto pair = pairOf(text, QStringLiteral("price"));
        if (!pair)
            return std::unexpected(pair.error());
        auto lineNo = lineNumber(pair->first, QStringLiteral("price"));
        if (!lineNo)
            return std::unexpected(lineNo.error());
        auto price = ChangeRules::parsePrice(pair->second, tr("Line %1").arg(*lineNo));
        if (!price)
            return std::unexpected(price.error());
        r.prices << ChangePrice{*lineNo, *price};
    }
    for (const QString& text : line.values(QStringLiteral("spec"))) {
        auto pair = pairOf(text, QStringLiteral("spec"));
        if (!pair)
            return std::unexpected(pair.error());
        auto lineNo = lineNumber(pair->first, QStringLiteral("spec"));
        if (!lineNo)
            return std::unexpected(lineNo.error());
        r.specs << ChangeSpec{*lineNo, pair->second};
    }
    for (const QString& text : line.values(QStringLiteral("add-line"))) {
        auto pair = pairOf(text, QStringLiteral("add-line"));
        if (!pair)
            return std::unexpected(pair.error());
        auto quantity = ChangeRules::parseQuantity(pair->second, pair->first);
        if (!quantity)
            return std::unexpected(quantity.error());
        ChangeAddedLine added;
        added.sku = pair->first;
        added.quantity = *quantity;
        r.addedLines << added;
    }
    for (const QString& text : line.values(QStringLiteral("remove-line"))) {
        auto lineNo = lineNumber(text, QStringLiteral("remove-line"));
        if (!lineNo)
            return std::unexpected(lineNo.error());
        r.removedLines << *lineNo;
    }
    if (line.isSet(QStringLiteral("date"))) {
        r.requestedDate = QDate::fromString(line.value(QStringLiteral("date")), Qt::ISODate);
        if (!r.requestedDate.isValid())
            return std::unexpected(Error::invalid(tr("--date must be a date like 2026-12-31.")));
    }
    if (line.isSet(QStringLiteral("address")))
        r.address = line.value(QStringLiteral("address"));
    r.cancel = line.isSet(QStringLiteral("cancel"));
    if (line.isSet(QStringLiteral("charge"))) {
        if (!r.cancel)
            return std::unexpected(Error::invalid(tr("--charge goes with --cancel.")));
        auto charge =
            ChangeRules::parseAmount(line.value(QStringLiteral("charge")), QStringLiteral("--charge"));
        if (!charge)
            return std::unexpected(charge.error());
        r.cancelCharge = *charge;
    }
    return r;
}

QJsonObject ChangeCommands::impactJson(const ChangeRequest& r, const ChangeImpact& impact)
{
    QJsonArray pushed;
    for (const PushedOrder& p : impact.pushed)
        pushed.append(QJsonObject{{QStringLiteral("order_no"), p.orderNo}, {QStringLiteral("days"), p.days}});
    return QJsonObject{
        {QStringLiteral("change_no"), r.changeNo},
        {QStringLiteral("status"), ChangeStatusInfo::key(r.status)},
        {QStringLiteral("order_no"), r.orderNo},
        {QStringLiteral("old_total"), impact.oldTotal.toDecimalString()},
        {QStringLiteral("new_total"), impact.newTotal.toDecimalString()},
        {QStringLiteral("difference"), impact.difference().toDecimalString()},
        {QStringLiteral("difference_in_words"), ChineseAmount::inWords(impact.difference())},
        {QStringLiteral("old_earliest_date"), dateOrNull(impact.oldEarliest)},
        {QStringLiteral("new_earliest_date"), dateOrNull(impact.newEarliest)},
        {QStringLiteral("orders_pushed"), pushed},
        {QStringLiteral("over_credit_limit"), impact.overCreditLimit},
    };
}

int ChangeCommands::request(Session& session)
{
    const CommandLine& line = m_ctx.commandLine();
    auto order = OrderQueryService(session).orderByNumber(line.arguments().value(1));
    if (!order)
        return m_ctx.fail(order.error());
    auto draft = draftFromOptions(order->id);
    if (!draft)
        return m_ctx.fail(draft.error());
    auto asked = ChangeRequestService(session).request(*draft);
    if (!asked)
        return m_ctx.fail(asked.error());
    const ChangeImpact& impact = asked->impact;
    if (line.isSet(QStringLiteral("json"))) {
        m_ctx.out() << QString::fromUtf8(
                           QJsonDocument(impactJson(asked->request, impact)).toJson(QJsonDocument::Compact))
                    << Qt::endl;
        return Success;
    }
    QTextStream& out = m_ctx.out();
    out << tr("%1 on %2 waits for a manager's approval.").arg(asked->request.changeNo, order->orderNo)
        << Qt::endl;
    out << tr("Total: %1 → %2 (difference %3, %4)")
               .arg(impact.oldTotal.toDecimalString(), impact.newTotal.toDecimalString(),
                    impact.difference().toDecimalString(), ChineseAmount::inWords(impact.difference()))
        << Qt::endl;
    out << tr("Earliest delivery: %1 → %2")
               .arg(impact.oldEarliest.toString(Qt::ISODate),
                    impact.newEarliest.isValid() ? impact.newEarliest.toString(Qt::ISODate) : tr("none"))
        << Qt::endl;
    for (const PushedOrder& p : impact.pushed)
        out << tr("  %1 pushed later by %n day(s)", nullptr, p.days).arg(p.orderNo) << Qt::endl;
    if (impact.overCreditLimit)
        out << tr("The customer goes over its credit limit with this change.") << Qt::endl;
    return Success;
}

int ChangeCommands::decide(Session& session, bool approve)
{
    const CommandLine& line = m_ctx.commandLine();
    ChangeRequestService service(session);
    auto r = service.byNumber(line.arguments().value(1));
    if (!r)
        return m_ctx.fail(r.error());
    const QString note = line.value(QStringLiteral("note"));
    if (approve) {
        auto approved = service.approve(r->id, note);
        if (!approved)
            return m_ctx.fail(approved.error());
        m_ctx.out() << (approved->cancel
                            ? tr("%1 approved: order %2 is cancelled.").arg(r->changeNo, r->orderNo)
                            : tr("%1 approved: order %2 revision %3 goes to the customer for "
                                 "confirmation.")
                                  .arg(r->changeNo, r->orderNo)
                                  .arg(approved->newRevision))
                    << Qt::endl;
        return Success;
    }
    if (auto ok = service.reject(r->id, note); !ok)
        return m_ctx.fail(ok.error());
    m_ctx.out() << tr("%1 rejected; it goes back to %2.").arg(r->changeNo, r->requestedByName) << Qt::endl;
    return Success;
}

int ChangeCommands::pdf(Session& session)
{
    const CommandLine& line = m_ctx.commandLine();
    const QString path = line.value(QStringLiteral("pdf"));
    if (path.isEmpty())
        return m_ctx.fail(Error::invalid(tr("Name the PDF file to write with --pdf FILE.")));
    ChangeRequestService service(session);
    auto r = service.byNumber(line.arguments().value(1));
    if (!r)
        return m_ctx.fail(r.error());
    auto source = service.documentSource(r->id);
    if (!source)
        return m_ctx.fail(source.error());
    const ChangeConfirmationDocument document(source->request, source->before, source->after,
                                              DocumentCompany::from(source->company));
    if (auto ok =
            OutputFileService(session).write(path, [&](QIODevice& file) { return document.writePdf(file); });
        !ok)
        return m_ctx.fail(ok.error());
    m_ctx.out() << tr("Change confirmation %1 written to %2.").arg(r->changeNo, path) << Qt::endl;
    return Success;
}

int ChangeCommands::list()
{
    const CommandLine& line = m_ctx.commandLine();
    if (auto ok = line.expect({QStringLiteral("order"), QStringLiteral("status"), QStringLiteral("json")}, 0,
                              0, QStringLiteral("changes [--order ORDER_NO] [--status KEY] [--json]"));
        !ok)
        return m_ctx.fail(ok.error());
    auto session = m_ctx.signIn();
    if (!session)
        return m_ctx.fail(session.error());
    ChangeRequestFilter filter;
    if (line.isSet(QStringLiteral("order"))) {
        auto order = OrderQueryService(**session).orderByNumber(line.value(QStringLiteral("order")));
        if (!order)
            return m_ctx.fail(order.error());
        filter.orderId = order->id;
    }
    if (line.isSet(QStringLiteral("status"))) {
        filter.status = ChangeStatusInfo::fromKey(line.value(QStringLiteral("status")));
        if (!filter.status) {
            QStringList keys;
            for (ChangeStatus s : ChangeStatusInfo::all())
                keys << ChangeStatusInfo::key(s);
            return m_ctx.fail(
                Error::invalid(tr("--status must be one of: %1.").arg(keys.join(QStringLiteral(", ")))));
        }
    }
    auto found = ChangeRequestService(**session).list(filter);
    if (!found)
        return m_ctx.fail(found.error());
    const QDate today = (*session)->today();
    if (line.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const ChangeRequest& r : *found)
            rows.append(QJsonObject{
                {QStringLiteral("change_no"), r.changeNo},
                {QStringLiteral("order_no"), r.orderNo},
                {QStringLiteral("customer"), r.customerName},
                {QStringLiteral("salesperson"), r.salespersonName},
                {QStringLiteral("status"), ChangeStatusInfo::key(r.status)},
                {QStringLiteral("requested_by"), r.requestedByName},
                {QStringLiteral("requested_at"), r.requestedAt.toString(Qt::ISODate)},
                {QStringLiteral("age_days"), r.ageDays(today)},
                {QStringLiteral("reason"), r.reason},
                {QStringLiteral("old_total"), r.oldTotal.toDecimalString()},
                {QStringLiteral("new_total"), r.newTotal.toDecimalString()},
                {QStringLiteral("difference"), r.difference().toDecimalString()},
                {QStringLiteral("old_earliest_date"), dateOrNull(r.oldEarliest)},
                {QStringLiteral("new_earliest_date"), dateOrNull(r.newEarliest)},
                {QStringLiteral("orders_pushed"), r.ordersPushed},
                {QStringLiteral("over_credit_limit"), r.overCreditLimit},
                {QStringLiteral("decided_by"),
                 r.decidedByName.isEmpty() ? QJsonValue() : QJsonValue(r.decidedByName)},
                {QStringLiteral("note"), r.decisionNote},
                {QStringLiteral("new_revision"),
                 r.newRevision > 0 ? QJsonValue(r.newRevision) : QJsonValue()},
            });
        m_ctx.out() << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)) << Qt::endl;
        return Success;
    }
    TextTable table;
    table.addColumn(tr("CHANGE"));
    table.addColumn(tr("ORDER"));
    table.addColumn(tr("CUSTOMER"));
    table.addColumn(tr("STATUS"));
    table.addColumn(tr("AGE"));
    table.addColumn(tr("DIFFERENCE"));
    table.addColumn(tr("EARLIEST"));
    table.addColumn(tr("PUSHED"));
    table.addColumn(tr("REASON"));
    for (const ChangeRequest& r : *found)
        table.addRow({r.changeNo, r.orderNo, r.customerName, ChangeStatusInfo::displayName(r.status),
                      QString::number(r.ageDays(today)), r.difference().toDecimalString(),
                      r.newEarliest.toString(Qt::ISODate), QString::number(r.ordersPushed),
                      r.reason.left(40)});
    table.print(m_ctx.out());
    m_ctx.out() << tr("%n change request(s).", nullptr, int(found->size())) << Qt::endl;
    return Success;
}

} // namespace od::cli
