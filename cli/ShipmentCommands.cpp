#include "ShipmentCommands.h"

#include "DeliveryNoteDocument.h"
#include "ExitCode.h"
#include "OrderQueryService.h"
#include "OutputFileService.h"
#include "ShipmentService.h"
#include "TextTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace od::cli {

namespace {

const QString kShipUsage = QStringLiteral(
    "ship ORDER_NO --line N=QTY [--line N=QTY …] --carrier TEXT [--tracking TEXT] [--date YYYY-MM-DD] "
    "[--note TEXT] [--json]");
const QString kDeliverUsage =
    QStringLiteral("deliver SHIPMENT_NO [--date YYYY-MM-DD] [--received-by NAME] [--receipt TEXT]");

QJsonObject toJson(const Shipment& s)
{
    QJsonArray lines;
    for (const ShipmentLine& l : s.lines)
        lines.append(QJsonObject{{QStringLiteral("line"), l.orderLineNo},
                                 {QStringLiteral("quantity"), l.quantity.toDecimalString()}});
    return QJsonObject{
        {QStringLiteral("shipment_no"), s.shipmentNo},
        {QStringLiteral("order_no"), s.orderNo},
        {QStringLiteral("ship_date"), s.shipDate.toString(Qt::ISODate)},
        {QStringLiteral("carrier"), s.carrier},
        {QStringLiteral("tracking_no"), s.trackingNo},
        {QStringLiteral("lines"), lines},
        {QStringLiteral("delivered_on"),
         s.isDelivered() ? QJsonValue(s.deliveredOn.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("received_by"), s.receivedBy},
        {QStringLiteral("receipt"), s.receipt},
    };
}

} // namespace

bool ShipmentCommands::handles(const QString& command)
{
    return command == QLatin1String("ship") || command == QLatin1String("deliver") ||
           command == QLatin1String("shipments") || command == QLatin1String("delivery-note");
}

bool ShipmentCommands::needsGui(const QStringList& arguments)
{
    return arguments.contains(QStringLiteral("delivery-note"));
}

int ShipmentCommands::run(const QString& command)
{
    if (command == QLatin1String("ship"))
        return ship();
    if (command == QLatin1String("deliver"))
        return deliver();
    if (command == QLatin1String("shipments"))
        return list();
    return deliveryNote();
}

int ShipmentCommands::ship()
{
    const CommandLine& line = m_ctx.commandLine();
    if (auto ok = line.expect({QStringLiteral("line"), QStringLiteral("carrier"), QStringLiteral("tracking"),
                               QStringLiteral("date"), QStringLiteral("note"), QStringLiteral("json")},
                              1, 1, kShipUsage);
        !ok)
        return m_ctx.fail(ok.error());
    Shipment draft;
    draft.carrier = line.value(QStringLiteral("carrier"));
    draft.trackingNo = line.value(QStringLiteral("tracking"));
    draft.note = line.value(QStringLiteral("note"));
    for (const QString& spec : line.values(QStringLiteral("line"))) {
        const qsizetype eq = spec.indexOf(u'=');
        bool numbered = false;
        const int lineNo = eq > 0 ? spec.left(eq).trimmed().toInt(&numbered) : 0;
        const auto quantity = eq > 0 ? Quantity::parse(spec.mid(eq + 1).trimmed()) : std::nullopt;
        if (!numbered || !quantity)
            return m_ctx.fail(Error::invalid(
                tr("--line %1: give the order line's number and the quantity shipped, e.g. --line 2=15.")
                    .arg(spec),
                QStringLiteral("line")));
        draft.lines << ShipmentLine{lineNo, *quantity};
    }
    auto session = m_ctx.signIn();
    if (!session)
        return m_ctx.fail(session.error());
    draft.shipDate = (*session)->today();
    if (line.isSet(QStringLiteral("date"))) {
        draft.shipDate = QDate::fromString(line.value(QStringLiteral("date")), Qt::ISODate);
        if (!draft.shipDate.isValid())
            return m_ctx.fail(
                Error::invalid(tr("--date must be a date like 2026-06-01."), QStringLiteral("date")));
    }
    auto order = OrderQueryService(**session).orderByNumber(line.arguments().value(0));
    if (!order)
        return m_ctx.fail(order.error());
    draft.orderId = order->id;
    ShipmentService service(**session);
    auto shipped = service.ship(draft, order->version);
    if (!shipped)
        return m_ctx.fail(shipped.error());
    auto after = OrderQueryService(**session).order(order->id);
    if (!after)
        return m_ctx.fail(after.error());
    if (line.isSet(QStringLiteral("json"))) {
        QJsonObject out = toJson(*shipped);
        out.insert(QStringLiteral("order_status"), OrderStatusInfo::key(after->status));
        auto left = service.shippableLines(order->id);
        if (!left)
            return m_ctx.fail(left.error());
        QJsonArray remaining;
        for (const ShippableLine& l : *left)
            remaining.append(QJsonObject{{QStringLiteral("line"), l.lineNo},
                                         {QStringLiteral("ordered"), l.ordered.toDecimalString()},
                                         {QStringLiteral("shipped"), l.shipped.toDecimalString()},
                                         {QStringLiteral("remaining"), l.remaining().toDecimalString()}});
        out.insert(QStringLiteral("order_lines"), remaining);
        m_ctx.out() << QJsonDocument(out).toJson(QJsonDocument::Indented) << Qt::flush;
        return Success;
    }
    m_ctx.out() << tr("Shipment %1 of %2 recorded; the order is now \"%3\".")
                       .arg(shipped->shipmentNo, shipped->orderNo,
                            OrderStatusInfo::displayName(after->status))
                << Qt::endl;
    return Success;
}

int ShipmentCommands::deliver()
{
    const CommandLine& line = m_ctx.commandLine();
    if (auto ok =
            line.expect({QStringLiteral("date"), QStringLiteral("received-by"), QStringLiteral("receipt")}, 1,
                        1, kDeliverUsage);
        !ok)
        return m_ctx.fail(ok.error());
    auto session = m_ctx.signIn();
    if (!session)
        return m_ctx.fail(session.error());
    DeliveryReceipt receipt;
    receipt.deliveredOn = (*session)->today();
    if (line.isSet(QStringLiteral("date"))) {
        receipt.deliveredOn = QDate::fromString(line.value(QStringLiteral("date")), Qt::ISODate);
        if (!receipt.deliveredOn.isValid())
            return m_ctx.fail(
                Error::invalid(tr("--date must be a date like 2026-06-01."), QStringLiteral("date")));
    }
    receipt.receivedBy = line.value(QStringLiteral("received-by"));
    receipt.receipt = line.value(QStringLiteral("receipt"));
    auto delivered = ShipmentService(**session).deliver(line.arguments().value(0), receipt);
    if (!delivered)
        return m_ctx.fail(delivered.error());
    auto order = OrderQueryService(**session).order(delivered->orderId);
    if (!order)
        return m_ctx.fail(order.error());
    m_ctx.out() << tr("Shipment %1 delivered on %2; order %3 is now \"%4\".")
                       .arg(delivered->shipmentNo, delivered->deliveredOn.toString(Qt::ISODate),
                            delivered->orderNo, OrderStatusInfo::displayName(order->status))
                << Qt::endl;
    return Success;
}

int ShipmentCommands::list()
{
    const CommandLine& line = m_ctx.commandLine();
    if (auto ok =
            line.expect({QStringLiteral("order"), QStringLiteral("open"), QStringLiteral("json"),
                         QStringLiteral("limit")},
                        0, 0, QStringLiteral("shipments [--order ORDER_NO] [--open] [--limit N] [--json]"));
        !ok)
        return m_ctx.fail(ok.error());
    auto limit = line.number(QStringLiteral("limit"), 50, 1, 100'000);
    if (!limit)
        return m_ctx.fail(limit.error());
    auto session = m_ctx.signIn();
    if (!session)
        return m_ctx.fail(session.error());
    ShipmentService service(**session);
    const bool openOnly = line.isSet(QStringLiteral("open"));
    Result<QList<Shipment>> found;
    if (line.isSet(QStringLiteral("order"))) {
        auto order = OrderQueryService(**session).orderByNumber(line.value(QStringLiteral("order")));
        if (!order)
            return m_ctx.fail(order.error());
        found = service.forOrder(order->id);
        if (found && openOnly)
            found->removeIf([](const Shipment& s) { return s.isDelivered(); });
    } else {
        found = service.recent(openOnly, int(*limit));
    }
    if (!found)
        return m_ctx.fail(found.error());
    if (line.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const Shipment& s : *found)
            rows.append(toJson(s));
        m_ctx.out() << QJsonDocument(rows).toJson(QJsonDocument::Indented) << Qt::flush;
        return Success;
    }
    TextTable table;
    for (const QString& title : {tr("Shipment"), tr("Order"), tr("Shipped"), tr("Carrier"),
                                 tr("Tracking no."), tr("Lines"), tr("Delivered")})
        table.addColumn(title);
    for (const Shipment& s : *found) {
        QStringList lines;
        for (const ShipmentLine& l : s.lines)
            lines << QStringLiteral("%1=%2").arg(l.orderLineNo).arg(l.quantity.toDecimalString());
        table.addRow({s.shipmentNo, s.orderNo, s.shipDate.toString(Qt::ISODate), s.carrier, s.trackingNo,
                      lines.join(QStringLiteral(", ")),
                      s.isDelivered() ? s.deliveredOn.toString(Qt::ISODate) : tr("in transit")});
    }
    if (!table.isEmpty())
        table.print(m_ctx.out());
    if (found->isEmpty())
        m_ctx.out() << (openOnly ? tr("No shipment in transit.") : tr("No shipment yet.")) << Qt::endl;
    return Success;
}

int ShipmentCommands::deliveryNote()
{
    const CommandLine& line = m_ctx.commandLine();
    if (auto ok = line.expect({}, 2, 2, QStringLiteral("delivery-note SHIPMENT_NO FILE.pdf")); !ok)
        return m_ctx.fail(ok.error());
    auto session = m_ctx.signIn();
    if (!session)
        return m_ctx.fail(session.error());
    auto source = ShipmentService(**session).deliveryNote(line.arguments().value(0));
    if (!source)
        return m_ctx.fail(source.error());
    const DeliveryNoteDocument document(*source);
    const QString path = line.arguments().value(1);
    if (auto ok = OutputFileService(**session).write(
            path, [&](QIODevice& file) { return document.writePdf(file); });
        !ok)
        return m_ctx.fail(ok.error());
    m_ctx.out() << tr("Delivery note of shipment %1 (order %2) written to %3.")
                       .arg(source->shipment.shipmentNo, source->shipment.orderNo, path)
                << Qt::endl;
    return Success;
}

} // namespace od::cli
