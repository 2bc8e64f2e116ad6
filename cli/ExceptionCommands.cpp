#include "ExceptionCommands.h"

#include "ExceptionService.h"
#include "ExitCode.h"
#include "OrderQueryService.h"
#include "TextTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace od::cli {

namespace {

const QString kUsage =
    QStringLiteral("exception add ORDER_NO --kind KEY --severity low|medium|high --text TEXT [--owner NAME] "
                   "[--due YYYY-MM-DD]\n"
                   "       exception plan|contact|resolve|handover EXCEPTION_NO (--text TEXT | --owner NAME) "
                   "[--contact NAME] [--channel KEY] [--cost AMOUNT]");

template <typename Info> QString keysOf()
{
    QStringList keys;
    for (auto value : Info::all())
        keys << Info::key(value);
    return keys.join(QStringLiteral(", "));
}

} // namespace

bool ExceptionCommands::handles(const QString& command)
{
    return command == QLatin1String("exception") || command == QLatin1String("exceptions");
}

int ExceptionCommands::run(const QString& command)
{
    if (command == QLatin1String("exceptions"))
        return list();
    const CommandLine& line = m_ctx.commandLine();
    const QString action = line.arguments().value(0);
    const QStringList actions{QStringLiteral("add"), QStringLiteral("plan"), QStringLiteral("contact"),
                              QStringLiteral("resolve"), QStringLiteral("handover")};
    if (!actions.contains(action))
        return m_ctx.fail(Error::invalid(tr("Usage: orderdesk-cli [--db PATH] %1").arg(kUsage)));
    const QStringList options =
        action == QLatin1String("add")
            ? QStringList{QStringLiteral("kind"), QStringLiteral("severity"), QStringLiteral("text"),
                          QStringLiteral("owner"), QStringLiteral("due")}
            : QStringList{QStringLiteral("text"), QStringLiteral("owner"), QStringLiteral("contact"),
                          QStringLiteral("channel"), QStringLiteral("cost")};
    if (auto ok = line.expect(options, 2, 2, kUsage); !ok)
        return m_ctx.fail(ok.error());
    auto session = m_ctx.signIn();
    if (!session)
        return m_ctx.fail(session.error());
    return action == QLatin1String("add") ? add(**session) : change(**session, action);
}

Result<qint64> ExceptionCommands::ownerId(Session& session, const QString& name)
{
    auto users = ExceptionService(session).possibleOwners();
    if (!users)
        return std::unexpected(users.error());
    for (const User& u : *users)
        if (u.name.compare(name, Qt::CaseInsensitive) == 0)
            return u.id;
    return std::unexpected(Error::invalid(
        tr("There is no active user named %1 to own the exception.").arg(name), QStringLiteral("owner")));
}

int ExceptionCommands::add(Session& session)
{
    const CommandLine& line = m_ctx.commandLine();
    auto order = OrderQueryService(session).orderByNumber(line.arguments().value(1));
    if (!order)
        return m_ctx.fail(order.error());
    OrderException draft;
    draft.orderId = order->id;
    const auto kind = ExceptionKindInfo::fromKey(line.value(QStringLiteral("kind")));
    if (!kind)
        return m_ctx.fail(Error::invalid(tr("--kind must be one of: %1.").arg(keysOf<ExceptionKindInfo>())));
    draft.kind = *kind;
    const auto severity = ExceptionSeverityInfo::fromKey(line.value(QStringLiteral("severity")));
    if (!severity)
        return m_ctx.fail(
            Error::invalid(tr("--severity must be one of: %1.").arg(keysOf<ExceptionSeverityInfo>())));
    draft.severity = *severity;
    draft.description = line.value(QStringLiteral("text"));
    if (line.isSet(QStringLiteral("owner"))) {
        auto owner = ownerId(session, line.value(QStringLiteral("owner")));
        if (!owner)
            return m_ctx.fail(owner.error());
        draft.ownerId = *owner;
    }
    if (line.isSet(QStringLiteral("due"))) {
        draft.dueDate = QDate::fromString(line.value(QStringLiteral("due")), Qt::ISODate);
        if (!draft.dueDate.isValid())
            return m_ctx.fail(Error::invalid(tr("--due must be a date like 2026-12-31.")));
    }
    auto raised = ExceptionService(session).raise(draft);
    if (!raised)
        return m_ctx.fail(raised.error());
    m_ctx.out()
        << tr("Raised %1 on %2, owner %3.").arg(raised->exceptionNo, raised->orderNo, raised->ownerName)
        << Qt::endl;
    return Success;
}

int ExceptionCommands::change(Session& session, const QString& action)
{
    const CommandLine& line = m_ctx.commandLine();
    ExceptionService service(session);
    auto e = service.byNumber(line.arguments().value(1));
    if (!e)
        return m_ctx.fail(e.error());
    const QString text = line.value(QStringLiteral("text"));
    Status done;
    if (action == QLatin1String("plan")) {
        done = service.setPlan(e->id, text);
    } else if (action == QLatin1String("contact")) {
        ExceptionContact contact;
        contact.exceptionId = e->id;
        contact.text = text;
        contact.customerContact = line.value(QStringLiteral("contact"));
        if (line.isSet(QStringLiteral("channel"))) {
            const auto channel = ContactChannelInfo::fromKey(line.value(QStringLiteral("channel")));
            if (!channel)
                return m_ctx.fail(
                    Error::invalid(tr("--channel must be one of: %1.").arg(keysOf<ContactChannelInfo>())));
            contact.channel = *channel;
        }
        done = service.logContact(contact);
    } else if (action == QLatin1String("handover")) {
        auto owner = ownerId(session, line.value(QStringLiteral("owner")));
        if (!owner)
            return m_ctx.fail(owner.error());
        done = service.handOver(e->id, *owner);
    } else {
        Money cost;
        if (line.isSet(QStringLiteral("cost"))) {
            const auto parsed = Money::parse(line.value(QStringLiteral("cost")));
            if (!parsed)
                return m_ctx.fail(Error::invalid(tr("--cost must be an amount like 1250.00.")));
            cost = *parsed;
        }
        done = service.resolve(e->id, text, cost);
    }
    if (!done)
        return m_ctx.fail(done.error());
    m_ctx.out() << tr("%1: done.").arg(e->exceptionNo) << Qt::endl;
    return Success;
}

int ExceptionCommands::list()
{
    const CommandLine& line = m_ctx.commandLine();
    if (auto ok = line.expect({QStringLiteral("open"), QStringLiteral("order"), QStringLiteral("json")}, 0, 0,
                              QStringLiteral("exceptions [--open] [--order ORDER_NO] [--json]"));
        !ok)
        return m_ctx.fail(ok.error());
    auto session = m_ctx.signIn();
    if (!session)
        return m_ctx.fail(session.error());
    ExceptionFilter filter;
    filter.openOnly = line.isSet(QStringLiteral("open"));
    if (line.isSet(QStringLiteral("order"))) {
        auto order = OrderQueryService(**session).orderByNumber(line.value(QStringLiteral("order")));
        if (!order)
            return m_ctx.fail(order.error());
        filter.orderId = order->id;
    }
    auto found = ExceptionService(**session).list(filter);
    if (!found)
        return m_ctx.fail(found.error());
    const QDate today = (*session)->today();
    const auto state = [&](const OrderException& e) {
        return !e.isOpen()          ? QStringLiteral("closed")
               : e.isOverdue(today) ? QStringLiteral("overdue")
                                    : QStringLiteral("open");
    };
    if (line.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const OrderException& e : *found)
            rows.append(QJsonObject{
                {QStringLiteral("exception_no"), e.exceptionNo},
                {QStringLiteral("order_no"), e.orderNo},
                {QStringLiteral("kind"), ExceptionKindInfo::key(e.kind)},
                {QStringLiteral("severity"), ExceptionSeverityInfo::key(e.severity)},
                {QStringLiteral("owner"), e.ownerName},
                {QStringLiteral("raised_at"), e.raisedAt.toString(Qt::ISODate)},
                {QStringLiteral("due"),
                 e.dueDate.isValid() ? QJsonValue(e.dueDate.toString(Qt::ISODate)) : QJsonValue()},
                {QStringLiteral("status"), state(e)},
                {QStringLiteral("description"), e.description},
                {QStringLiteral("plan"), e.responsePlan},
                {QStringLiteral("contacts"), e.contacts},
                {QStringLiteral("resolution"), e.isOpen() ? QJsonValue() : QJsonValue(e.resolution)},
                {QStringLiteral("cost"), e.cost.toDecimalString()},
            });
        m_ctx.out() << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)) << Qt::endl;
        return Success;
    }
    TextTable table;
    table.addColumn(tr("EXCEPTION"));
    table.addColumn(tr("ORDER"));
    table.addColumn(tr("KIND"));
    table.addColumn(tr("SEVERITY"));
    table.addColumn(tr("OWNER"));
    table.addColumn(tr("RAISED"));
    table.addColumn(tr("DUE"));
    table.addColumn(tr("STATUS"));
    table.addColumn(tr("DESCRIPTION"));
    for (const OrderException& e : *found)
        table.addRow({e.exceptionNo, e.orderNo, ExceptionKindInfo::displayName(e.kind),
                      ExceptionSeverityInfo::displayName(e.severity), e.ownerName,
                      e.raisedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")),
                      e.dueDate.toString(Qt::ISODate), state(e), e.description.left(40)});
    table.print(m_ctx.out());
    m_ctx.out() << tr("%n exception(s).", nullptr, int(found->size())) << Qt::endl;
    return Success;
}

} // namespace od::cli
