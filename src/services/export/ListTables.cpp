#include "ListTables.h"

#include "ChangeRequestService.h"
#include "ChangeStatus.h"
#include "DashboardService.h"
#include "ExceptionKind.h"
#include "ExceptionService.h"
#include "ExceptionSeverity.h"
#include "Invoice.h"
#include "InvoicingService.h"
#include "MyWorkService.h"
#include "OnTimeReportService.h"
#include "OrderQueryService.h"
#include "PaymentMethod.h"
#include "PaymentService.h"
#include "ReceivablesService.h"
#include "RiskLevel.h"
#include "ShipmentService.h"

namespace od {

namespace {

constexpr int OrderPage = 2000;
constexpr int InvoicePage = 2000;
// The shipments list reads newest first without paging; an export takes at most this many.
constexpr int ShipmentLimit = 1'000'000;

bool within(const QDate& day, const QDate& from, const QDate& to)
{
    return (!from.isValid() || day >= from) && (!to.isValid() || day <= to);
}

TableCell textOrEmpty(const QString& text)
{
    return text.isEmpty() ? TableCell{} : TableCell{text};
}

template <typename Item>
TableSheet listSheet(QString name, QList<TableColumn> columns, QList<Item> items,
                     std::function<TableRow(const Item&)> toRow)
{
    QList<TableRow> rows;
    rows.reserve(items.size());
    for (const Item& item : std::as_const(items))
        rows << toRow(item);
    return tableOfRows(std::move(name), std::move(columns), std::move(rows));
}

} // namespace

Result<TableSheet> ListTables::orders(const OrderListQuery& requested)
{
    auto service = std::make_shared<OrderQueryService>(m_session);
    const OrderListQuery query = service->visibleQuery(requested);
    auto total = service->count(query);
    if (!total)
        return std::unexpected(total.error());
    TableSheet sheet;
    sheet.name = tr("Orders");
    sheet.columns = {
        {tr("Order no."), TableColumnType::Text, 18},     {tr("Customer"), TableColumnType::Text, 28},
        {tr("Salesperson"), TableColumnType::Text, 12},   {tr("Status"), TableColumnType::Text, 12},
        {tr("Order date"), TableColumnType::Date},        {tr("Requested"), TableColumnType::Date},
        {tr("Promised"), TableColumnType::Date},          {tr("Total"), TableColumnType::Money},
        {tr("Currency"), TableColumnType::Text, 8},       {tr("Revision"), TableColumnType::Integer, 8},
        {tr("Early warning"), TableColumnType::Text, 10}, {tr("Reason"), TableColumnType::Text, 40}};
    sheet.expectedRows = *total;
    sheet.rows = [service, query](const TableSheet::Visitor& visit) -> Status {
        for (qint64 offset = 0;; offset += OrderPage) {
            auto page = service->page(query, offset, OrderPage);
            if (!page)
                return std::unexpected(page.error());
            for (const OrderListRow& r : std::as_const(*page)) {
                if (!visit(TableRow{r.orderNo, r.customerName, textOrEmpty(r.salespersonName),
                                    OrderStatusInfo::displayName(r.status), r.orderDate, r.requestedDate,
                                    r.promisedDate, r.total, r.currency, qint64(r.revision),
                                    r.risk ? TableCell{RiskLevelInfo::displayName(*r.risk)} : TableCell{},
                                    textOrEmpty(r.riskReason)}))
                    return {};
            }
            if (page->size() < OrderPage)
                return {};
        }
    };
    return sheet;
}

Result<TableSheet> ListTables::receivables(const QDate& asOf)
{
    auto report = ReceivablesService(m_session).receivables(asOf);
    if (!report)
        return std::unexpected(report.error());
    QList<TableColumn> columns{
        {tr("Customer code"), TableColumnType::Text, 12}, {tr("Customer"), TableColumnType::Text, 28},
        {tr("Salesperson"), TableColumnType::Text, 12},   {tr("Credit limit"), TableColumnType::Money},
        {tr("Outstanding"), TableColumnType::Money},      {tr("Advance"), TableColumnType::Money},
        {tr("Balance"), TableColumnType::Money}};
    for (AgeingBucket bucket : ReceivablesAgeing::all())
        columns << TableColumn{ReceivablesAgeing::displayName(bucket), TableColumnType::Money};
    columns << TableColumn{tr("Oldest overdue due date"), TableColumnType::Date, 14}
            << TableColumn{tr("Credit hold"), TableColumnType::Text, 10};
    return listSheet<ReceivablesLine>(tr("Receivables %1").arg(asOf.toString(Qt::ISODate)), columns,
                                      report->customers, [](const ReceivablesLine& line) {
                                          const CustomerReceivables& c = line.figures;
                                          TableRow row{c.code,
                                                       c.name,
                                                       textOrEmpty(c.salesperson),
                                                       c.creditLimit,
                                                       c.balance.outstanding(),
                                                       c.balance.advance(),
                                                       c.balance.balance()};
                                          for (AgeingBucket bucket : ReceivablesAgeing::all())
                                              row << c.buckets[bucket];
                                          row << c.oldestOverdueDue
                                              << (line.onHold ? TableCell{tr("On hold")} : TableCell{});
                                          return row;
                                      });
}

Result<TableSheet> ListTables::invoices(qint64 customerId, bool openOnly, const QDate& from, const QDate& to)
{
    // Permission first, so a refusal comes before any file is touched.
    auto first = InvoicingService(m_session).invoices(customerId, openOnly, 1, 0);
    if (!first)
        return std::unexpected(first.error());
    TableSheet sheet;
    sheet.name = tr("Invoices");
    sheet.columns = {{tr("Invoice no."), TableColumnType::Text, 18},
                     {tr("Kind"), TableColumnType::Text, 10},
                     {tr("Customer code"), TableColumnType::Text, 12},
                     {tr("Customer"), TableColumnType::Text, 28},
                     {tr("Orders"), TableColumnType::Text, 20},
                     {tr("Invoice date"), TableColumnType::Date},
                     {tr("Due date"), TableColumnType::Date},
                     {tr("Total"), TableColumnType::Money},
                     {tr("Credited"), TableColumnType::Money},
                     {tr("Written off"), TableColumnType::Money},
                     {tr("Paid"), TableColumnType::Money},
                     {tr("Open"), TableColumnType::Money},
                     {tr("Official invoice no."), TableColumnType::Text, 16},
                     {tr("Official invoice date"), TableColumnType::Date}};
    sheet.expectedRows = 0;
    Session* session = &m_session;
    sheet.rows = [session, customerId, openOnly, from, to](const TableSheet::Visitor& visit) -> Status {
        InvoicingService service(*session);
        for (int offset = 0;; offset += InvoicePage) {
            auto page = service.invoices(customerId, openOnly, InvoicePage, offset);
            if (!page)
                return std::unexpected(page.error());
            for (const InvoiceSummary& i : std::as_const(*page)) {
                if (!within(i.invoiceDate, from, to))
                    continue;
                const auto kind = InvoiceKindInfo::fromKey(i.kindKey);
                if (!visit(TableRow{i.invoiceNo, kind ? InvoiceKindInfo::displayName(*kind) : i.kindKey,
                                    i.customerCode, i.customerName, i.orderNos.join(QStringLiteral(", ")),
                                    i.invoiceDate, i.dueDate, i.total, i.credited, i.writtenOff, i.applied,
                                    i.open, textOrEmpty(i.officialNo), i.officialDate}))
                    return {};
            }
            if (page->size() < InvoicePage)
                return {};
        }
    };
    return sheet;
}

Result<TableSheet> ListTables::payments(qint64 customerId)
{
    if (customerId <= 0)
        return std::unexpected(
            Error::invalid(tr("Choose a customer first: the payments listed are one customer's.")));
    auto first = PaymentService(m_session).payments(customerId, 1, 0);
    if (!first)
        return std::unexpected(first.error());
    TableSheet sheet;
    sheet.name = tr("Payments");
    sheet.columns = {
        {tr("Date"), TableColumnType::Date},          {tr("Amount"), TableColumnType::Money},
        {tr("Method"), TableColumnType::Text, 14},    {tr("Reference"), TableColumnType::Text, 22},
        {tr("Bill maturity"), TableColumnType::Date}, {tr("Applied"), TableColumnType::Money},
        {tr("Unapplied"), TableColumnType::Money},    {tr("Note"), TableColumnType::Text, 30}};
    Session* session = &m_session;
    sheet.rows = [session, customerId](const TableSheet::Visitor& visit) -> Status {
        PaymentService service(*session);
        for (int offset = 0;; offset += InvoicePage) {
            auto page = service.payments(customerId, InvoicePage, offset);
            if (!page)
                return std::unexpected(page.error());
            for (const Payment& p : std::as_const(*page))
                if (!visit(TableRow{p.date, p.amount, PaymentMethodInfo::displayName(p.method), p.reference,
                                    p.billMaturity, p.applied, p.unapplied(), textOrEmpty(p.note)}))
                    return {};
            if (page->size() < InvoicePage)
                return {};
        }
    };
    return sheet;
}

namespace {

QList<TableColumn> shipmentColumns()
{
    return {{ListTables::tr("Shipment no."), TableColumnType::Text, 18},
            {ListTables::tr("Order no."), TableColumnType::Text, 18},
            {ListTables::tr("Ship date"), TableColumnType::Date},
            {ListTables::tr("Carrier"), TableColumnType::Text, 16},
            {ListTables::tr("Tracking no."), TableColumnType::Text, 20},
            {ListTables::tr("Lines"), TableColumnType::Integer, 8},
            {ListTables::tr("Delivered"), TableColumnType::Date},
            {ListTables::tr("Received by"), TableColumnType::Text, 12},
            {ListTables::tr("Note"), TableColumnType::Text, 30}};
}

} // namespace

Result<TableSheet> ListTables::shipments(bool inTransitOnly, const QDate& from, const QDate& to)
{
    ShipmentService service(m_session);
    auto list = inTransitOnly ? service.inTransit(ShipmentLimit) : service.recent(false, ShipmentLimit);
    if (!list)
        return std::unexpected(list.error());
    QList<Shipment> chosen;
    for (const Shipment& s : std::as_const(*list))
        if (within(s.shipDate, from, to))
            chosen << s;
    return listSheet<Shipment>(inTransitOnly ? tr("In transit") : tr("Shipments"), shipmentColumns(), chosen,
                               [](const Shipment& s) {
                                   return TableRow{s.shipmentNo,
                                                   s.orderNo,
                                                   s.shipDate,
                                                   s.carrier,
                                                   textOrEmpty(s.trackingNo),
                                                   qint64(s.lines.size()),
                                                   s.deliveredOn,
                                                   textOrEmpty(s.receivedBy),
                                                   textOrEmpty(s.note)};
                               });
}

Result<TableSheet> ListTables::readyToShip()
{
    auto ready = ShipmentService(m_session).readyToShip(ShipmentLimit);
    if (!ready)
        return std::unexpected(ready.error());
    return listSheet<ReadyOrder>(
        tr("Ready to ship"),
        {{tr("Order no."), TableColumnType::Text, 18},
         {tr("Customer"), TableColumnType::Text, 28},
         {tr("Promised"), TableColumnType::Date},
         {tr("Shipments so far"), TableColumnType::Integer, 10}},
        *ready, [](const ReadyOrder& r) {
            return TableRow{r.orderNo, r.customerName, r.promisedDate, qint64(r.shipments)};
        });
}

Result<TableSheet> ListTables::changes(const ChangeRequestFilter& filter, const QDate& from, const QDate& to)
{
    auto list = ChangeRequestService(m_session).list(filter, 1'000'000);
    if (!list)
        return std::unexpected(list.error());
    QList<ChangeRequest> chosen;
    for (const ChangeRequest& c : std::as_const(*list))
        if (within(c.requestedAt.toLocalTime().date(), from, to))
            chosen << c;
    return listSheet<ChangeRequest>(tr("Changes"),
                                    {{tr("Change no."), TableColumnType::Text, 18},
                                     {tr("Order no."), TableColumnType::Text, 18},
                                     {tr("Customer"), TableColumnType::Text, 28},
                                     {tr("Salesperson"), TableColumnType::Text, 12},
                                     {tr("Status"), TableColumnType::Text, 12},
                                     {tr("Requested at"), TableColumnType::DateTime},
                                     {tr("Requested by"), TableColumnType::Text, 12},
                                     {tr("Reason"), TableColumnType::Text, 40},
                                     {tr("Total before"), TableColumnType::Money},
                                     {tr("Total after"), TableColumnType::Money},
                                     {tr("Currency"), TableColumnType::Text, 8},
                                     {tr("Decided at"), TableColumnType::DateTime},
                                     {tr("Decided by"), TableColumnType::Text, 12},
                                     {tr("New revision"), TableColumnType::Integer, 8}},
                                    chosen, [](const ChangeRequest& c) {
                                        return TableRow{c.changeNo,
                                                        c.orderNo,
                                                        c.customerName,
                                                        textOrEmpty(c.salespersonName),
                                                        ChangeStatusInfo::displayName(c.status),
                                                        c.requestedAt,
                                                        textOrEmpty(c.requestedByName),
                                                        c.reason,
                                                        c.oldTotal,
                                                        c.newTotal,
                                                        c.currency,
                                                        c.decidedAt,
                                                        textOrEmpty(c.decidedByName),
                                                        c.newRevision > 0 ? TableCell{qint64(c.newRevision)}
                                                                          : TableCell{}};
                                    });
}

Result<TableSheet> ListTables::exceptions(const ExceptionFilter& filter, const QDate& from, const QDate& to)
{
    auto list = ExceptionService(m_session).list(filter, 1'000'000);
    if (!list)
        return std::unexpected(list.error());
    QList<OrderException> chosen;
    for (const OrderException& e : std::as_const(*list))
        if (within(e.raisedAt.toLocalTime().date(), from, to))
            chosen << e;
    return listSheet<OrderException>(tr("Exceptions"),
                                     {{tr("Exception no."), TableColumnType::Text, 18},
                                      {tr("Order no."), TableColumnType::Text, 18},
                                      {tr("Customer"), TableColumnType::Text, 28},
                                      {tr("Kind"), TableColumnType::Text, 10},
                                      {tr("Severity"), TableColumnType::Text, 8},
                                      {tr("Description"), TableColumnType::Text, 40},
                                      {tr("Owner"), TableColumnType::Text, 12},
                                      {tr("Raised at"), TableColumnType::DateTime},
                                      {tr("Due"), TableColumnType::Date},
                                      {tr("Resolved at"), TableColumnType::DateTime},
                                      {tr("Resolution"), TableColumnType::Text, 30},
                                      {tr("Cost"), TableColumnType::Money},
                                      {tr("Customer contacts"), TableColumnType::Integer, 8}},
                                     chosen, [](const OrderException& e) {
                                         return TableRow{e.exceptionNo,
                                                         e.orderNo,
                                                         e.customerName,
                                                         ExceptionKindInfo::displayName(e.kind),
                                                         ExceptionSeverityInfo::displayName(e.severity),
                                                         e.description,
                                                         textOrEmpty(e.ownerName),
                                                         e.raisedAt,
                                                         e.dueDate,
                                                         e.resolvedAt,
                                                         textOrEmpty(e.resolution),
                                                         e.isOpen() ? TableCell{} : TableCell{e.cost},
                                                         qint64(e.contacts)};
                                     });
}

Result<TableSheet> ListTables::myWork(const QString& kind)
{
    auto items = MyWorkService(m_session).items();
    if (!items)
        return std::unexpected(items.error());
    if (!kind.isEmpty())
        items->removeIf([&](const WorkItem& w) { return w.kind != kind; });
    return listSheet<WorkItem>(tr("My work"),
                               {{tr("Kind"), TableColumnType::Text, 14},
                                {tr("Order no."), TableColumnType::Text, 18},
                                {tr("Document"), TableColumnType::Text, 18},
                                {tr("Due"), TableColumnType::Date},
                                {tr("What to do"), TableColumnType::Text, 60}},
                               *items, [](const WorkItem& w) {
                                   return TableRow{WorkItemKindInfo::displayName(w.kind),
                                                   textOrEmpty(w.orderNo), textOrEmpty(w.documentNo), w.due,
                                                   w.text};
                               });
}

Result<TableSheet> ListTables::onTime(const QDate& from, const QDate& to, OnTimeGrouping grouping)
{
    auto report = OnTimeReportService(m_session).report(from, to, grouping);
    if (!report)
        return std::unexpected(report.error());
    auto row = [](const QString& key, const QString& name, const OnTimeRow& r) {
        const std::optional<qint64> rate = r.onTimeBasisPoints();
        const std::optional<qint64> average = r.averageDaysLateTenths();
        return TableRow{
            textOrEmpty(key),
            textOrEmpty(name),
            r.delivered,
            r.onTime,
            r.late,
            rate ? TableCell{DecimalText{
                       QStringLiteral("%1.%2").arg(*rate / 100).arg(*rate % 100, 2, 10, QLatin1Char('0'))}}
                 : TableCell{},
            average ? TableCell{DecimalText{QStringLiteral("%1.%2").arg(*average / 10).arg(*average % 10)}}
                    : TableCell{}};
    };
    QList<TableRow> rows;
    for (const OnTimeRow& r : std::as_const(report->rows))
        rows << row(r.key, r.name, r);
    rows << row(tr("Total"), QString(), report->total);
    return tableOfRows(tr("On-time delivery"),
                       {{OnTimeGroupingInfo::displayName(grouping), TableColumnType::Text, 16},
                        {tr("Name"), TableColumnType::Text, 30},
                        {tr("Orders delivered"), TableColumnType::Integer, 10},
                        {tr("On time"), TableColumnType::Integer, 10},
                        {tr("Late"), TableColumnType::Integer, 10},
                        {tr("On-time rate (%)"), TableColumnType::Decimal, 14},
                        {tr("Average days late"), TableColumnType::Decimal, 14}},
                       rows);
}

QList<TableSheet> ListTables::dashboard(const DashboardFigures& f, const QString& salespersonName)
{
    QList<TableSheet> sheets;
    const QList<TableColumn> figureColumns{{tr("Figure"), TableColumnType::Text, 36},
                                           {tr("Orders"), TableColumnType::Integer, 10},
                                           {tr("Value (%1)").arg(f.currency), TableColumnType::Money, 18},
                                           {tr("Note"), TableColumnType::Text, 40}};
    QList<TableRow> figures;
    auto month = [](const QDate& d) { return d.toString(QStringLiteral("yyyy-MM")); };
    figures << TableRow{tr("Salesperson"), TableCell{}, TableCell{},
                        salespersonName.isEmpty() ? tr("Everyone") : salespersonName}
            << TableRow{tr("Customer"), TableCell{}, TableCell{},
                        f.customerName.isEmpty() ? tr("Every customer") : f.customerName}
            << TableRow{tr("Intake %1").arg(month(f.thisMonth.month)), f.thisMonth.orders, f.thisMonth.value}
            << TableRow{tr("Intake %1").arg(month(f.lastMonth.month)), f.lastMonth.orders, f.lastMonth.value}
            << TableRow{tr("Intake %1").arg(month(f.sameMonthLastYear.month)), f.sameMonthLastYear.orders,
                        f.sameMonthLastYear.value}
            << TableRow{tr("Backlog (open orders)"), f.backlogOrders, f.backlogValue}
            << TableRow{tr("Late (early warning)"), f.lateOrders, f.lateValue}
            << TableRow{tr("At risk (early warning)"), f.atRiskOrders, f.atRiskValue}
            << TableRow{tr("Open exceptions"), f.openExceptions};
    const std::optional<qint64> rate = f.onTimeBasisPoints();
    figures << TableRow{
        tr("On-time delivery (%)"), f.shipped - f.shippedWithoutPromise, TableCell{},
        rate ? TableCell{QStringLiteral("%1.%2 %").arg(*rate / 100).arg(*rate % 100, 2, 10, QLatin1Char('0'))}
             : TableCell{tr("nothing with a promise shipped")}};
    if (f.receivablesShown) {
        figures << TableRow{tr("Receivables outstanding"), TableCell{}, f.receivablesOutstanding}
                << TableRow{tr("Receivables overdue"), TableCell{}, f.overdueReceivables};
        if (f.dsoTenths)
            figures << TableRow{tr("Days sales outstanding"), TableCell{}, TableCell{},
                                QStringLiteral("%1.%2").arg(*f.dsoTenths / 10).arg(qAbs(*f.dsoTenths % 10))};
    }
    sheets << tableOfRows(tr("Figures"), figureColumns, figures);

    QList<TableRow> intake;
    for (const MonthIntake& m : f.intakeByMonth)
        intake << TableRow{month(m.month), m.orders, m.value};
    sheets << tableOfRows(tr("Intake by month"),
                          {{tr("Month"), TableColumnType::Text, 10},
                           {tr("Orders"), TableColumnType::Integer, 10},
                           {tr("Value (%1)").arg(f.currency), TableColumnType::Money, 18}},
                          intake);

    QList<TableRow> onTime;
    for (const MonthOnTime& m : f.onTimeByMonth) {
        const std::optional<qint64> bp = m.basisPoints();
        onTime << TableRow{month(m.month), m.shipped, m.onTime, m.withoutPromise,
                           bp ? TableCell{DecimalText{QStringLiteral("%1.%2").arg(*bp / 100).arg(
                                    *bp % 100, 2, 10, QLatin1Char('0'))}}
                              : TableCell{}};
    }
    sheets << tableOfRows(tr("On-time by month"),
                          {{tr("Month"), TableColumnType::Text, 10},
                           {tr("Shipped"), TableColumnType::Integer, 10},
                           {tr("On time"), TableColumnType::Integer, 10},
                           {tr("Without a promise"), TableColumnType::Integer, 16},
                           {tr("On time (%)"), TableColumnType::Decimal, 12}},
                          onTime);
    if (f.customerId == 0) {
        QList<TableRow> top;
        for (const CustomerFigure& c : f.topByValue)
            top << TableRow{c.code, c.name, c.orders, c.amount};
        sheets << tableOfRows(tr("Top customers by value"),
                              {{tr("Customer"), TableColumnType::Text, 10},
                               {tr("Name"), TableColumnType::Text, 30},
                               {tr("Orders"), TableColumnType::Integer, 10},
                               {tr("Value (%1)").arg(f.currency), TableColumnType::Money, 18}},
                              top);
    }

    QList<TableRow> backlog;
    for (const StatusBacklog& b : f.backlogByStatus)
        backlog << TableRow{OrderStatusInfo::displayName(b.status), b.orders, b.value};
    sheets << tableOfRows(tr("Backlog by status"),
                          {{tr("Status"), TableColumnType::Text, 16},
                           {tr("Orders"), TableColumnType::Integer, 10},
                           {tr("Value (%1)").arg(f.currency), TableColumnType::Money, 18}},
                          backlog);

    if (f.receivablesShown) {
        QList<TableRow> ageing;
        for (AgeingBucket bucket : ReceivablesAgeing::all())
            ageing << TableRow{ReceivablesAgeing::displayName(bucket), f.ageing[bucket]};
        sheets << tableOfRows(tr("Receivables ageing"),
                              {{tr("Age"), TableColumnType::Text, 16},
                               {tr("Amount (%1)").arg(f.currency), TableColumnType::Money, 18}},
                              ageing);
        if (f.customerId == 0) {
            QList<TableRow> overdue;
            for (const CustomerFigure& c : f.topByOverdue)
                overdue << TableRow{c.code, c.name, c.amount};
            sheets << tableOfRows(tr("Top customers by overdue"),
                                  {{tr("Customer"), TableColumnType::Text, 10},
                                   {tr("Name"), TableColumnType::Text, 30},
                                   {tr("Overdue (%1)").arg(f.currency), TableColumnType::Money, 18}},
                                  overdue);
        }
    }
    if (f.loadShown) {
        QList<TableRow> load;
        for (const CentreWeekLoad& w : f.load)
            load << TableRow{w.workCentre, w.workCentreName, w.weekStart,
                             DecimalText{w.planned.toDecimalString()},
                             DecimalText{w.available.toDecimalString()}};
        sheets << tableOfRows(tr("Work-centre load"),
                              {{tr("Work centre"), TableColumnType::Text, 10},
                               {tr("Name"), TableColumnType::Text, 20},
                               {tr("Week of"), TableColumnType::Date},
                               {tr("Planned hours"), TableColumnType::Decimal, 14},
                               {tr("Available hours"), TableColumnType::Decimal, 14}},
                              load);
    }
    return sheets;
}

} // namespace od
