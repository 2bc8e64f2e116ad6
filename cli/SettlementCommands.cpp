#include "SettlementCommands.h"

#include "OutputFileService.h"

#include "CustomerService.h"
#include "DaysSalesOutstanding.h"
#include "ExitCode.h"
#include "InvoiceDocument.h"
#include "InvoicingService.h"
#include "OrderQueryService.h"
#include "PaymentMethod.h"
#include "PaymentService.h"
#include "ProvisionReportService.h"
#include "ReceivablesService.h"
#include "SettingsService.h"
#include "StatementDocument.h"
#include "TextTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace od::cli {

namespace {

QJsonObject invoiceJson(const InvoiceSummary& s)
{
    QJsonArray orders;
    for (const QString& no : s.orderNos)
        orders << no;
    return QJsonObject{{QStringLiteral("invoice_no"), s.invoiceNo},
                       {QStringLiteral("order_nos"), orders},
                       {QStringLiteral("customer"), s.customerCode},
                       {QStringLiteral("date"), s.invoiceDate.toString(Qt::ISODate)},
                       {QStringLiteral("due"), s.dueDate.toString(Qt::ISODate)},
                       {QStringLiteral("total"), s.total.toDecimalString()},
                       {QStringLiteral("paid"), s.applied.toDecimalString()},
                       {QStringLiteral("open"), s.open.toDecimalString()}};
}

QString compact(const QJsonValue& v)
{
    return QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                         : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

} // namespace

bool SettlementCommands::handles(const QString& command)
{
    return command == QLatin1String("invoice") || command == QLatin1String("invoices") ||
           command == QLatin1String("payment") || command == QLatin1String("receivables") ||
           command == QLatin1String("statement") || command == QLatin1String("provision") ||
           command == QLatin1String("invoice-pdf");
}

bool SettlementCommands::needsGui(const QStringList& arguments)
{
    return arguments.contains(QStringLiteral("statement")) ||
           arguments.contains(QStringLiteral("invoice-pdf"));
}

int SettlementCommands::run(const QString& command)
{
    if (command == QLatin1String("invoice"))
        return invoice();
    if (command == QLatin1String("invoices"))
        return invoices();
    if (command == QLatin1String("payment"))
        return payment();
    if (command == QLatin1String("receivables"))
        return receivables();
    if (command == QLatin1String("provision"))
        return provision();
    if (command == QLatin1String("invoice-pdf"))
        return invoicePdf();
    return statement();
}

Result<QDate> SettlementCommands::date(const QString& option, const QDate& fallback) const
{
    if (!m_ctx.commandLine().isSet(option))
        return fallback;
    const QDate d = QDate::fromString(m_ctx.commandLine().value(option), Qt::ISODate);
    if (!d.isValid())
        return std::unexpected(Error::invalid(tr("--%1 must be a date as YYYY-MM-DD, not \"%2\".")
                                                  .arg(option, m_ctx.commandLine().value(option)),
                                              option));
    return d;
}

int SettlementCommands::invoice()
{
    const CommandLine& line = m_ctx.commandLine();
    const bool all = line.isSet(QStringLiteral("all-shipped"));
    const QString usage = QStringLiteral("invoice ORDER_NO [--shipped-only] [--date YYYY-MM-DD] [--json] | "
                                         "invoice --all-shipped [--date YYYY-MM-DD] [--json]");
    if (auto ok = line.expect({QStringLiteral("shipped-only"), QStringLiteral("all-shipped"),
                               QStringLiteral("date"), QStringLiteral("json")},
                              all ? 0 : 1, all ? 0 : 1, usage);
        !ok)
        return m_ctx.fail(ok.error());
    auto session = m_ctx.signIn();
    if (!session)
        return m_ctx.fail(session.error());
    auto day = date(QStringLiteral("date"), (*session)->today());
    if (!day)
        return m_ctx.fail(day.error());
    InvoicingService service(**session);
    QList<Invoice> issued;
    if (all) {
        auto many = service.invoiceAllShipped(*day);
        if (!many)
            return m_ctx.fail(many.error());
        issued = *many;
    } else {
        auto order = OrderQueryService(**session).orderByNumber(line.arguments().at(0));
        if (!order)
            return m_ctx.fail(order.error());
        auto one = service.invoiceOrders({order->id}, *day, line.isSet(QStringLiteral("shipped-only")));
        if (!one)
            return m_ctx.fail(one.error());
        issued << *one;
    }
    QList<InvoiceSummary> summaries;
    auto list = service.invoices(0, false, qMax(1, int(issued.size())) + 10);
    if (!list)
        return m_ctx.fail(list.error());
    QJsonArray json;
    for (const Invoice& invoice : issued) {
        for (const InvoiceSummary& s : *list)
            if (s.id == invoice.id) {
                summaries << s;
                json << invoiceJson(s);
            }
    }
    if (line.isSet(QStringLiteral("json"))) {
        m_ctx.out() << (all ? compact(json) : compact(json.isEmpty() ? QJsonValue() : json.at(0)))
                    << Qt::endl;
        return Success;
    }
    if (issued.isEmpty()) {
        m_ctx.out() << tr("No shipped orders are waiting to be invoiced.") << Qt::endl;
        return Success;
    }
    for (const Invoice& invoice : issued)
        m_ctx.out() << tr("Invoice %1: %2, due %3.")
                           .arg(invoice.invoiceNo, invoice.total.toDecimalString(),
                                invoice.dueDate.toString(Qt::ISODate))
                    << '\n';
    m_ctx.out() << tr("%n invoice(s) issued.", nullptr, int(issued.size())) << Qt::endl;
    return Success;
}

int SettlementCommands::invoices()
{
    const CommandLine& line = m_ctx.commandLine();
    if (auto ok = line.expect({QStringLiteral("customer"), QStringLiteral("open"), QStringLiteral("json"),
                               QStringLiteral("limit")},
                              0, 0, QStringLiteral("invoices [--customer CODE] [--open] [--json]"));
        !ok)
        return m_ctx.fail(ok.error());
    auto limit = line.number(QStringLiteral("limit"), 1'000'000, 1, 10'000'000);
    if (!limit)
        return m_ctx.fail(limit.error());
    auto session = m_ctx.signIn();
    if (!session)
        return m_ctx.fail(session.error());
    qint64 customer = 0;
    if (line.isSet(QStringLiteral("customer"))) {
        auto id = CliContext::customerId(**session, line.value(QStringLiteral("customer")));
        if (!id)
            return m_ctx.fail(id.error());
        customer = *id;
    }
    auto list =
        InvoicingService(**session).invoices(customer, line.isSet(QStringLiteral("open")), int(*limit));
    if (!list)
        return m_ctx.fail(list.error());
    if (line.isSet(QStringLiteral("json"))) {
        QJsonArray json;
        for (const InvoiceSummary& s : *list)
            json << invoiceJson(s);
        m_ctx.out() << compact(json) << Qt::endl;
        return Success;
    }
    if (list->isEmpty()) {
        m_ctx.out() << tr("No invoices match.") << Qt::endl;
        return Success;
    }
    TextTable table;
    table.addColumn(tr("INVOICE NO"));
    table.addColumn(tr("CUSTOMER"));
    table.addColumn(tr("DATE"));
    table.addColumn(tr("DUE"));
    table.addColumn(tr("TOTAL"), TextTable::Align::Right);
    table.addColumn(tr("PAID"), TextTable::Align::Right);
    table.addColumn(tr("OPEN"), TextTable::Align::Right);
    table.addColumn(tr("ORDERS"));
    for (const InvoiceSummary& s : *list)
        table.addRow({s.invoiceNo, s.customerCode, s.invoiceDate.toString(Qt::ISODate),
                      s.dueDate.toString(Qt::ISODate), s.total.toDecimalString(), s.applied.toDecimalString(),
                      s.open.toDecimalString(), s.orderNos.join(QLatin1Char(' '))});
    table.print(m_ctx.out());
    return Success;
}

int SettlementCommands::payment()
{
    const CommandLine& line = m_ctx.commandLine();
    const QString usage = QStringLiteral("payment add --customer CODE --amount AMOUNT --date YYYY-MM-DD "
                                         "--reference REF [--method KEY] [--invoice INV_NO …]");
    if (auto ok = line.expect({QStringLiteral("customer"), QStringLiteral("amount"), QStringLiteral("date"),
                               QStringLiteral("reference"), QStringLiteral("method"),
                               QStringLiteral("invoice"), QStringLiteral("maturity"), QStringLiteral("note")},
                              1, 1, usage);
        !ok)
        return m_ctx.fail(ok.error());
    if (line.arguments().at(0) != QLatin1String("add"))
        return m_ctx.fail(Error::invalid(tr("Usage: orderdesk-cli [--db PATH] %1").arg(usage)));
    for (const char* required : {"customer", "amount", "date", "reference"})
        if (!line.isSet(QString::fromLatin1(required)))
            return m_ctx.fail(Error::invalid(tr("payment add needs --%1.").arg(QString::fromLatin1(required)),
                                             QString::fromLatin1(required)));
    const auto amount = Money::parse(line.value(QStringLiteral("amount")));
    if (!amount)
        return m_ctx.fail(Error::invalid(tr("--amount must be an amount with at most 2 decimals, not \"%1\".")
                                             .arg(line.value(QStringLiteral("amount"))),
                                         QStringLiteral("amount")));
    auto day = date(QStringLiteral("date"), {});
    if (!day)
        return m_ctx.fail(day.error());
    auto maturity = date(QStringLiteral("maturity"), {});
    if (!maturity)
        return m_ctx.fail(maturity.error());
    Payment p;
    p.amount = *amount;
    p.date = *day;
    p.reference = line.value(QStringLiteral("reference"));
    p.note = line.value(QStringLiteral("note"));
    p.billMaturity = *maturity;
    if (line.isSet(QStringLiteral("method"))) {
        const auto method = PaymentMethodInfo::fromKey(line.value(QStringLiteral("method")));
        if (!method) {
            QStringList keys;
            for (PaymentMethod m : PaymentMethodInfo::all())
                keys << PaymentMethodInfo::key(m);
            return m_ctx.fail(Error::invalid(tr("Unknown method \"%1\"; use one of: %2.")
                                                 .arg(line.value(QStringLiteral("method")), keys.join(u", ")),
                                             QStringLiteral("method")));
        }
        p.method = *method;
    }
    auto session = m_ctx.signIn();
    if (!session)
        return m_ctx.fail(session.error());
    auto customer = CliContext::customerId(**session, line.value(QStringLiteral("customer")));
    if (!customer)
        return m_ctx.fail(customer.error());
    p.customerId = *customer;
    auto recorded = PaymentService(**session).record(p, line.values(QStringLiteral("invoice")));
    if (!recorded)
        return m_ctx.fail(recorded.error());
    m_ctx.out() << tr("Payment %1 of %2 recorded: %3 applied to invoices, %4 kept as advance.")
                       .arg(recorded->reference, recorded->amount.toDecimalString(),
                            recorded->applied.toDecimalString(), recorded->unapplied().toDecimalString())
                << Qt::endl;
    return Success;
}

int SettlementCommands::provision()
{
    const CommandLine& line = m_ctx.commandLine();
    if (auto ok = line.expect({QStringLiteral("as-of"), QStringLiteral("days"), QStringLiteral("json")}, 0, 0,
                              QStringLiteral("provision [--as-of YYYY-MM-DD] [--days N] [--json]"));
        !ok)
        return m_ctx.fail(ok.error());
    auto session = m_ctx.signIn();
    if (!session)
        return m_ctx.fail(session.error());
    auto asOf = date(QStringLiteral("as-of"), (*session)->today());
    if (!asOf)
        return m_ctx.fail(asOf.error());
    int days = ProvisionReportService::DefaultDaysOverdue;
    if (line.isSet(QStringLiteral("days"))) {
        bool ok = false;
        days = line.value(QStringLiteral("days")).toInt(&ok);
        if (!ok)
            return m_ctx.fail(Error::invalid(tr("--days must be a whole number of days, not \"%1\".")
                                                 .arg(line.value(QStringLiteral("days"))),
                                             QStringLiteral("days")));
    }
    auto report = ProvisionReportService(**session).report(*asOf, days);
    if (!report)
        return m_ctx.fail(report.error());
    if (line.isSet(QStringLiteral("json"))) {
        QJsonArray invoices;
        for (const DoubtfulReceivable& d : report->invoices)
            invoices << QJsonObject{
                {QStringLiteral("invoice_no"), d.invoiceNo},
                {QStringLiteral("customer"), d.customerCode},
                {QStringLiteral("due"), d.dueDate.toString(Qt::ISODate)},
                {QStringLiteral("days_overdue"), d.daysOverdue},
                {QStringLiteral("open"), d.open.toDecimalString()},
                {QStringLiteral("last_contact"),
                 d.lastContact.isValid() ? QJsonValue(d.lastContact.toString(Qt::ISODate)) : QJsonValue()},
                {QStringLiteral("promised"),
                 d.promisedDate.isValid() ? QJsonValue(d.promisedDate.toString(Qt::ISODate)) : QJsonValue()},
                {QStringLiteral("on_hold"), d.onHold}};
        m_ctx.out() << compact(QJsonObject{{QStringLiteral("as_of"), asOf->toString(Qt::ISODate)},
                                           {QStringLiteral("days"), days},
                                           {QStringLiteral("total"), report->totals.total.toDecimalString()},
                                           {QStringLiteral("count"), report->totals.invoices},
                                           {QStringLiteral("invoices"), invoices}})
                    << Qt::endl;
        return Success;
    }
    TextTable table;
    table.addColumn(tr("INVOICE"));
    table.addColumn(tr("CUSTOMER"));
    table.addColumn(tr("DUE"));
    table.addColumn(tr("DAYS"), TextTable::Align::Right);
    table.addColumn(tr("OPEN"), TextTable::Align::Right);
    table.addColumn(tr("LAST CONTACT"));
    table.addColumn(tr("PROMISED"));
    table.addColumn(tr("HOLD"));
    for (const DoubtfulReceivable& d : report->invoices)
        table.addRow({d.invoiceNo, d.customerCode, d.dueDate.toString(Qt::ISODate),
                      QString::number(d.daysOverdue), d.open.toDecimalString(),
                      d.lastContact.toString(Qt::ISODate), d.promisedDate.toString(Qt::ISODate),
                      d.onHold ? tr("on hold") : QString()});
    if (!table.isEmpty())
        table.print(m_ctx.out());
    m_ctx.out() << tr("Doubtful receivables on %1 (more than %n day(s) overdue): %2 on %3 invoice(s) of %4 "
                      "customer(s).",
                      nullptr, days)
                       .arg(asOf->toString(Qt::ISODate), report->totals.total.toDecimalString())
                       .arg(report->totals.invoices)
                       .arg(report->totals.customers)
                << Qt::endl;
    return Success;
}

int SettlementCommands::receivables()
{
    const CommandLine& line = m_ctx.commandLine();
    if (auto ok = line.expect({QStringLiteral("as-of"), QStringLiteral("json")}, 0, 0,
                              QStringLiteral("receivables [--as-of YYYY-MM-DD] [--json]"));
        !ok)
        return m_ctx.fail(ok.error());
    auto session = m_ctx.signIn();
    if (!session)
        return m_ctx.fail(session.error());
    auto asOf = date(QStringLiteral("as-of"), (*session)->today());
    if (!asOf)
        return m_ctx.fail(asOf.error());
    auto report = ReceivablesService(**session).receivables(*asOf);
    if (!report)
        return m_ctx.fail(report.error());
    if (line.isSet(QStringLiteral("json"))) {
        QJsonArray customers;
        for (const ReceivablesLine& r : report->customers) {
            QJsonObject buckets;
            for (AgeingBucket b : ReceivablesAgeing::all())
                buckets.insert(ReceivablesAgeing::key(b), r.figures.buckets[b].toDecimalString());
            const CustomerBalance& bal = r.figures.balance;
            customers << QJsonObject{
                {QStringLiteral("code"), r.figures.code},
                {QStringLiteral("salesperson"), r.figures.salesperson},
                {QStringLiteral("invoiced"), (bal.invoiced - bal.credited).toDecimalString()},
                {QStringLiteral("paid"), bal.paid.toDecimalString()},
                {QStringLiteral("outstanding"), bal.outstanding().toDecimalString()},
                {QStringLiteral("advance"), bal.advance().toDecimalString()},
                {QStringLiteral("buckets"), buckets},
                {QStringLiteral("on_hold"), r.onHold}};
        }
        QJsonObject root{{QStringLiteral("as_of"), asOf->toString(Qt::ISODate)},
                         {QStringLiteral("total"), report->outstanding.toDecimalString()},
                         {QStringLiteral("customers"), customers}};
        if (report->dsoTenths)
            root.insert(QStringLiteral("dso"), DaysSalesOutstanding::format(*report->dsoTenths));
        m_ctx.out() << compact(root) << Qt::endl;
        return Success;
    }
    TextTable table;
    table.addColumn(tr("CUSTOMER"));
    table.addColumn(tr("SALESPERSON"));
    table.addColumn(tr("OUTSTANDING"), TextTable::Align::Right);
    for (AgeingBucket b : ReceivablesAgeing::all())
        table.addColumn(ReceivablesAgeing::displayName(b), TextTable::Align::Right);
    table.addColumn(tr("ADVANCE"), TextTable::Align::Right);
    table.addColumn(tr("HOLD"));
    for (const ReceivablesLine& r : report->customers) {
        QStringList row{r.figures.code, r.figures.salesperson,
                        r.figures.balance.outstanding().toDecimalString()};
        for (AgeingBucket b : ReceivablesAgeing::all())
            row << r.figures.buckets[b].toDecimalString();
        row << r.figures.balance.advance().toDecimalString() << (r.onHold ? tr("on hold") : QString());
        table.addRow(row);
    }
    if (!table.isEmpty())
        table.print(m_ctx.out());
    m_ctx.out() << tr("Receivables on %1: %2 outstanding, %3 in advances.")
                       .arg(asOf->toString(Qt::ISODate), report->outstanding.toDecimalString(),
                            report->advances.toDecimalString());
    if (report->dsoTenths)
        m_ctx.out() << ' ' << tr("DSO %1 days.").arg(DaysSalesOutstanding::format(*report->dsoTenths));
    m_ctx.out() << Qt::endl;
    return Success;
}

int SettlementCommands::statement()
{
    const CommandLine& line = m_ctx.commandLine();
    if (auto ok = line.expect(
            {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("pdf")}, 1, 1,
            QStringLiteral("statement CUSTOMER_CODE --from YYYY-MM-DD --to YYYY-MM-DD --pdf FILE"));
        !ok)
        return m_ctx.fail(ok.error());
    for (const char* required : {"from", "to", "pdf"})
        if (!line.isSet(QString::fromLatin1(required)))
            return m_ctx.fail(Error::invalid(tr("statement needs --%1.").arg(QString::fromLatin1(required)),
                                             QString::fromLatin1(required)));
    auto from = date(QStringLiteral("from"), {});
    if (!from)
        return m_ctx.fail(from.error());
    auto to = date(QStringLiteral("to"), {});
    if (!to)
        return m_ctx.fail(to.error());
    auto session = m_ctx.signIn();
    if (!session)
        return m_ctx.fail(session.error());
    auto customer = CustomerService(**session).byCode(line.arguments().at(0));
    if (!customer)
        return m_ctx.fail(customer.error());
    if (!*customer)
        return m_ctx.fail(
            Error::notFound(tr("There is no customer with the code %1.").arg(line.arguments().at(0))));
    auto statement = ReceivablesService(**session).statement((*customer)->id, *from, *to);
    if (!statement)
        return m_ctx.fail(statement.error());
    auto company = SettingsService(**session).company();
    if (!company)
        return m_ctx.fail(company.error());
    StatementDocument document(*statement, **customer, DocumentCompany::from(*company), company->currency);
    const QString path = line.value(QStringLiteral("pdf"));
    // Through OutputFile: never over the open database, and a failed write leaves the old file.
    if (auto ok = OutputFileService(**session).write(
            path, [&](QIODevice& file) { return document.writePdf(file); });
        !ok)
        return m_ctx.fail(ok.error());
    m_ctx.out() << tr("Statement of %1 from %2 to %3: opening %4, closing %5; written to %6.")
                       .arg((*customer)->code, from->toString(Qt::ISODate), to->toString(Qt::ISODate),
                            statement->opening().toDecimalString(), statement->closing().toDecimalString(),
                            path)
                << Qt::endl;
    return Success;
}

int SettlementCommands::invoicePdf()
{
    const CommandLine& line = m_ctx.commandLine();
    if (auto ok = line.expect({QStringLiteral("pdf")}, 1, 1, QStringLiteral("invoice-pdf INV_NO --pdf FILE"));
        !ok)
        return m_ctx.fail(ok.error());
    if (!line.isSet(QStringLiteral("pdf")))
        return m_ctx.fail(Error::invalid(tr("invoice-pdf needs --pdf."), QStringLiteral("pdf")));
    auto session = m_ctx.signIn();
    if (!session)
        return m_ctx.fail(session.error());
    auto source = InvoicingService(**session).documentSource(line.arguments().at(0));
    if (!source)
        return m_ctx.fail(source.error());
    const InvoiceDocument document(*source);
    const QString path = line.value(QStringLiteral("pdf"));
    // Through OutputFile: never over the open database, and a failed write leaves the old file.
    if (auto ok = OutputFileService(**session).write(
            path, [&](QIODevice& file) { return document.writePdf(file); });
        !ok)
        return m_ctx.fail(ok.error());
    m_ctx.out() << tr("Invoice %1 of %2, total %3, open %4; written to %5.")
                       .arg(source->invoice.invoiceNo, source->customer.code,
                            source->invoice.total.toDecimalString(), source->invoice.open().toDecimalString(),
                            path)
                << Qt::endl;
    return Success;
}

} // namespace od::cli
