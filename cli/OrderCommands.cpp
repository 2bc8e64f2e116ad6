#include "OrderCommands.h"

#include "ConfirmationDocument.h"
#include "ConfirmationService.h"
#include "CustomerService.h"
#include "ExitCode.h"
#include "OrderDocumentService.h"
#include "OrderEventText.h"
#include "OrderIntakeService.h"
#include "OrderListQuery.h"
#include "OrderPageCache.h"
#include "OrderQueryService.h"
#include "OutputFileService.h"
#include "TextTable.h"

namespace od::cli {

namespace {

QString localTime(const QDateTime& utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace

bool OrderCommands::handles(const QString& command)
{
    return command == QLatin1String("orders") || command == QLatin1String("show") ||
           command == QLatin1String("confirmation");
}

bool OrderCommands::needsGui(const QStringList& arguments)
{
    return arguments.contains(QStringLiteral("confirmation"));
}

int OrderCommands::run(const QString& command)
{
    if (command == QLatin1String("confirmation"))
        return confirmation();
    return command == QLatin1String("orders") ? list() : show();
}

int OrderCommands::confirmation()
{
    const CommandLine& line = m_ctx.commandLine();
    if (auto ok =
            line.expect({QStringLiteral("pdf")}, 1, 1, QStringLiteral("confirmation ORDER_NO --pdf FILE"));
        !ok)
        return m_ctx.fail(ok.error());
    const QString path = line.value(QStringLiteral("pdf"));
    if (path.isEmpty())
        return m_ctx.fail(Error::invalid(tr("Name the PDF file to write with --pdf FILE.")));
    auto session = m_ctx.signIn();
    if (!session)
        return m_ctx.fail(session.error());
    // The same document the Confirmation page previews and prints, assembled in the core.
    auto source = OrderDocumentService(**session).forOrderNumber(line.arguments().at(0));
    if (!source)
        return m_ctx.fail(source.error());
    const ConfirmationDocument document(*source);
    if (auto ok = OutputFileService(**session).write(
            path, [&](QIODevice& file) { return document.writePdf(file); });
        !ok)
        return m_ctx.fail(ok.error());
    m_ctx.out() << tr("Confirmation of %1 (revision %2) written to %3.")
                       .arg(source->order.orderNo)
                       .arg(source->order.revision)
                       .arg(path)
                << Qt::endl;
    return Success;
}

int OrderCommands::list()
{
    const CommandLine& line = m_ctx.commandLine();
    if (auto ok = line.expect(
            {QStringLiteral("status"), QStringLiteral("customer"), QStringLiteral("search"),
             QStringLiteral("limit")},
            0, 0, QStringLiteral("orders [--status KEY] [--customer CODE] [--search TEXT] [--limit N]"));
        !ok)
        return m_ctx.fail(ok.error());
    auto limit = line.number(QStringLiteral("limit"), 50, 1, 1'000'000);
    if (!limit)
        return m_ctx.fail(limit.error());
    auto session = m_ctx.signIn();
    if (!session)
        return m_ctx.fail(session.error());

    OrderListQuery query;
    if (line.isSet(QStringLiteral("status"))) {
        query.status = OrderStatusInfo::fromKey(line.value(QStringLiteral("status")));
        if (!query.status) {
            QStringList keys;
            for (OrderStatus s : OrderStatusInfo::all())
                keys << OrderStatusInfo::key(s);
            return m_ctx.fail(Error::invalid(
                tr("Unknown status \"%1\"; use one of: %2.")
                    .arg(line.value(QStringLiteral("status")), keys.join(QStringLiteral(", ")))));
        }
    }
    if (line.isSet(QStringLiteral("customer"))) {
        const QString code = line.value(QStringLiteral("customer"));
        auto customer = CustomerService(**session).byCode(code);
        if (!customer)
            return m_ctx.fail(customer.error());
        if (!*customer)
            return m_ctx.fail(Error::notFound(tr("There is no customer with the code %1.").arg(code)));
        query.customerId = (*customer)->id;
    }
    query.search = line.value(QStringLiteral("search"));
    OrderPageCache cache(**session);
    if (auto ok = cache.setQuery(query); !ok)
        return m_ctx.fail(ok.error());
    TextTable table;
    table.addColumn(tr("ORDER NO"));
    table.addColumn(tr("DATE"));
    table.addColumn(tr("CUSTOMER"));
    table.addColumn(tr("STATUS"));
    table.addColumn(tr("TOTAL"), TextTable::Align::Right);
    const qint64 shown = qMin(*limit, cache.rowCount());
    for (qint64 i = 0; i < shown; ++i) {
        const OrderListRow* row = cache.row(i);
        if (!row)
            return m_ctx.fail(cache.lastError());
        table.addRow({row->orderNo, row->orderDate.toString(Qt::ISODate), row->customerName,
                      OrderStatusInfo::key(row->status), row->total.toDecimalString()});
    }
    if (table.isEmpty()) {
        m_ctx.out() << tr("No orders match.") << Qt::endl;
        return Success;
    }
    table.print(m_ctx.out());
    const QString total =
        cache.countIsExact() ? QString::number(cache.rowCount()) : QString::number(cache.rowCount()) + u'+';
    m_ctx.out() << tr("%1 of %2 orders.").arg(shown).arg(total) << Qt::endl;
    return Success;
}

int OrderCommands::show()
{
    if (auto ok = m_ctx.commandLine().expect({}, 1, 1, QStringLiteral("show ORDER_NO")); !ok)
        return m_ctx.fail(ok.error());
    auto session = m_ctx.signIn();
    if (!session)
        return m_ctx.fail(session.error());
    OrderQueryService orders(**session);
    auto order = orders.orderByNumber(m_ctx.commandLine().arguments().at(0));
    if (!order)
        return m_ctx.fail(order.error());
    auto events = orders.timeline(order->id);
    if (!events)
        return m_ctx.fail(events.error());
    auto confirmations = orders.confirmations(order->id);
    if (!confirmations)
        return m_ctx.fail(confirmations.error());

    QTextStream& out = m_ctx.out();
    const Order& o = *order;
    out << tr("Order %1, revision %2").arg(TextTable::terminalText(o.orderNo, false)).arg(o.revision) << '\n';
    // Text from the database never reaches the terminal as a control sequence.
    const auto field = [&](const QString& label, const QString& value) {
        if (!value.isEmpty())
            out << "  " << label << QString(qMax(1, 16 - TextTable::displayWidth(label)), u' ')
                << TextTable::terminalText(value, true) << '\n';
    };
    QString status = OrderStatusInfo::key(o.status);
    if (o.heldFrom)
        status += tr(" (held from %1)").arg(OrderStatusInfo::key(*o.heldFrom));
    field(tr("Status"), status);
    field(tr("Settlement"), SettlementStatusInfo::key(o.settlement));
    field(tr("Customer"), o.customerCode + u' ' + o.customerName);
    field(tr("Salesperson"), o.salespersonName);
    field(tr("Order date"), o.orderDate.toString(Qt::ISODate));
    field(tr("Requested"), o.requestedDate.toString(Qt::ISODate));
    field(tr("Promised"), o.promisedDate.toString(Qt::ISODate));
    field(tr("Notes"), o.notes);
    field(tr("Deliver to"), o.deliveryAddress);

    out << '\n';
    TextTable lines;
    lines.addColumn(tr("#"), TextTable::Align::Right);
    lines.addColumn(tr("SKU"));
    lines.addColumn(tr("PRODUCT"));
    lines.addColumn(tr("QTY"), TextTable::Align::Right);
    lines.addColumn(tr("UNIT"));
    lines.addColumn(tr("UNIT PRICE"), TextTable::Align::Right);
    lines.addColumn(tr("DISC %"), TextTable::Align::Right);
    lines.addColumn(tr("AMOUNT"), TextTable::Align::Right);
    lines.addColumn(tr("REQUESTED"));
    lines.addColumn(tr("DESCRIPTION"));
    for (const OrderLine& l : o.lines)
        lines.addRow({QString::number(l.lineNo), l.productSku, l.productName, l.quantity.toDecimalString(),
                      l.unit, l.unitPrice.toDecimalString(),
                      l.discount.raw() ? l.discount.toPercentString() : QString(), l.amount.toDecimalString(),
                      l.requestedDate.toString(Qt::ISODate), l.description});
    lines.print(out, QStringLiteral("  "));
    out << '\n';
    field(tr("Subtotal"), o.subtotal.toDecimalString() + u' ' + o.currency);
    field(tr("Tax %1%").arg(o.taxRate.toPercentString()), o.tax.toDecimalString() + u' ' + o.currency);
    field(tr("Total"), o.total.toDecimalString() + u' ' + o.currency);

    if (!confirmations->isEmpty()) {
        out << '\n' << tr("Confirmations") << '\n';
        TextTable table;
        table.addColumn(tr("REV"), TextTable::Align::Right);
        table.addColumn(tr("CONFIRMED"));
        table.addColumn(tr("BY"));
        table.addColumn(tr("CHANNEL"));
        table.addColumn(tr("RECORDED BY"));
        table.addColumn(tr("REMARKS"));
        for (const Confirmation& c : *confirmations)
            table.addRow({QString::number(c.revision), localTime(c.confirmedAt), c.contactName,
                          ConfirmationChannelInfo::key(c.channel), c.recordedByName, c.remarks});
        table.print(out, QStringLiteral("  "));
    }

    out << '\n' << tr("Timeline") << '\n';
    TextTable timeline;
    timeline.addColumn(tr("WHEN"));
    timeline.addColumn(tr("WHO"));
    timeline.addColumn(tr("WHAT"));
    timeline.addColumn(tr("DETAIL"));
    for (const OrderEvent& e : *events)
        timeline.addRow({localTime(e.at), e.userName, e.kind, OrderEventText::describe(e)});
    timeline.print(out, QStringLiteral("  "));
    out.flush();
    return Success;
}

} // namespace od::cli
