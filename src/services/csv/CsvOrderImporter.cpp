#include "CsvOrderImporter.h"

#include "CsvFieldParser.h"
#include "CsvFormat.h"
#include "CsvKeyedRows.h"
#include "CustomerRepository.h"
#include "OrderEventText.h"
#include "OrderNumberAllocator.h"
#include "OrderRepository.h"
#include "OrderValidator.h"
#include "ProductRepository.h"
#include "SettingsService.h"
#include "TextCheck.h"

#include <QRegularExpression>

#include <algorithm>

namespace od {

namespace {

const QStringList kHeaderColumns = {QStringLiteral("customer_code"),    QStringLiteral("order_date"),
                                    QStringLiteral("requested_date"),   QStringLiteral("status"),
                                    QStringLiteral("held_from_status"), QStringLiteral("tax_percent")};

// What an imported order number may look like: the numbers OrderDesk makes (SO-2026-000123)
// and those of most older systems, but nothing a spreadsheet would run (=1+1), no spaces and
// nothing that could not be typed back in a search.
const QRegularExpression kOrderNumber(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._/-]{0,31}$"));

// Order numbers are the same whatever their case; the key of one in the file.
QString numberKey(const QString& orderNo)
{
    return orderNo.toUpper();
}

} // namespace

CsvOrderImporter::CsvOrderImporter(Session& session, QString sourceName)
    : m_session(session), m_sourceName(std::move(sourceName))
{
}

CsvColumnMap CsvOrderImporter::columns() const
{
    return CsvColumnMap(CsvFormat::orderColumns(), CsvFormat::orderRequired());
}

QStringList CsvOrderImporter::headerText(const CsvRecord& row, const CsvColumnMap& columns)
{
    QStringList out;
    for (const QString& column : kHeaderColumns)
        out << columns.value(row, column);
    return out;
}

Status CsvOrderImporter::check(const QList<CsvRecord>& rows, const CsvColumnMap& columns,
                               CsvImportReport& report, CsvProgress& progress)
{
    auto company = SettingsService(m_session).company();
    if (!company)
        return std::unexpected(company.error());
    m_company = *company;

    OrderRepository orders(m_session.db());
    QHash<QString, int> pendingOfNumber; // order_no → index in m_pending
    const Status rowsChecked = CsvKeyedRows::forEachRow(
        rows, columns, report, progress, [&](const CsvRecord& row, qsizetype errorsBefore) -> Status {
            std::optional<int> lineNo;
            if (const QString text = columns.value(row, QStringLiteral("line_no")); !text.isEmpty()) {
                if (auto value = CsvFieldParser::wholeNumber(QStringLiteral("line_no"), text, 1, 1'000'000))
                    lineNo = *value;
                else
                    report.addError(row.line, value.error().message);
            }

            // Which order does this row belong to?
            const QString orderNo = columns.value(row, QStringLiteral("order_no"));
            if (!orderNo.isEmpty() && !kOrderNumber.match(orderNo).hasMatch()) {
                report.addError(row.line, tr("order_no: \"%1\" is not an order number: use up to 32 letters, "
                                             "digits, dashes, dots, slashes or underscores, beginning with a "
                                             "letter or digit (like SO-2026-000123).")
                                              .arg(CsvFieldParser::shown(orderNo)));
                if (!m_pending.isEmpty() && m_pending.last().order.orderNo == orderNo)
                    m_pending.last().failed = true;
                return {};
            }
            PendingOrder* current = m_pending.isEmpty() ? nullptr : &m_pending.last();
            bool startsOrder = true;
            if (!orderNo.isEmpty()) {
                if (current && current->order.orderNo == orderNo) {
                    startsOrder = false;
                } else if (const auto seen = pendingOfNumber.constFind(numberKey(orderNo));
                           seen != pendingOfNumber.cend()) {
                    const PendingOrder& first = m_pending[*seen];
                    report.addError(
                        row.line,
                        first.order.orderNo == orderNo
                            ? tr("Order %1 appears twice in the file (first on line %2); the rows of "
                                 "one order must follow each other.")
                                  .arg(orderNo, QString::number(first.firstLine))
                            : tr("Order %1 is order %2 of line %3 written in other letters: order "
                                 "numbers are the same whatever their case.")
                                  .arg(orderNo, first.order.orderNo, QString::number(first.firstLine)));
                    m_pending[*seen].failed = true;
                    return {};
                }
            } else if (current && current->order.orderNo.isEmpty() &&
                       current->headerText == headerText(row, columns) &&
                       !(lineNo && current->lineOfLineNo.contains(*lineNo))) {
                // Rows without a number stay together while they describe the same order.
                startsOrder = false;
            }

            if (startsOrder) {
                m_pending.append(PendingOrder());
                current = &m_pending.last();
                current->order.orderNo = orderNo;
                current->firstLine = row.line;
                current->headerText = headerText(row, columns);
                if (!orderNo.isEmpty()) {
                    pendingOfNumber.insert(numberKey(orderNo), int(m_pending.size() - 1));
                    auto existing = orders.numberIgnoringCase(orderNo);
                    if (!existing)
                        return std::unexpected(existing.error());
                    if (existing->has_value())
                        report.addError(row.line,
                                        **existing == orderNo
                                            ? tr("Order %1 already exists.").arg(orderNo)
                                            : tr("Order %1 already exists as %2: order numbers are the "
                                                 "same whatever their case.")
                                                  .arg(orderNo, **existing));
                }
                if (auto ok = checkHeader(*current, row, columns, report); !ok)
                    return ok;
            } else {
                compareHeader(*current, row, columns, report);
            }
            if (auto ok = checkLine(*current, lineNo, row, columns, report); !ok)
                return ok;
            if (report.errors.size() != errorsBefore)
                current->failed = true;
            return {};
        });
    if (!rowsChecked || progress.cancelled())
        return rowsChecked;

    for (PendingOrder& pending : m_pending) {
        if (pending.failed)
            continue;
        std::stable_sort(pending.order.lines.begin(), pending.order.lines.end(),
                         [](const OrderLine& a, const OrderLine& b) { return a.lineNo < b.lineNo; });
        const ValidationReport arithmetic = OrderValidator::recalculate(pending.order);
        for (const ValidationIssue& issue : arithmetic.issues)
            report.addError(pending.firstLine, issue.message);
        if (!arithmetic.hasErrors())
            m_orders << pending.order;
    }
    m_pending.clear();
    return {};
}

Status CsvOrderImporter::checkHeader(PendingOrder& pending, const CsvRecord& row, const CsvColumnMap& columns,
                                     CsvImportReport& report)
{
    Order& order = pending.order;
    order.salespersonId = m_session.user().id;
    order.currency = m_company.currency;
    order.taxRate = m_company.defaultTaxRate;

    const QString customerCode = columns.value(row, QStringLiteral("customer_code"));
    if (customerCode.isEmpty()) {
        report.addError(row.line, tr("customer_code is empty."));
    } else {
        auto id = customerId(customerCode);
        if (!id)
            return std::unexpected(id.error());
        if (!id->has_value())
            report.addError(row.line, tr("customer_code: there is no customer with code %1.")
                                          .arg(CsvFieldParser::shown(customerCode)));
        else
            order.customerId = **id;
    }

    order.orderDate = m_session.today();
    if (const QString text = columns.value(row, QStringLiteral("order_date")); !text.isEmpty()) {
        if (auto date = CsvFieldParser::date(QStringLiteral("order_date"), text))
            order.orderDate = *date;
        else
            report.addError(row.line, date.error().message);
    }
    // A historic order keeps the tax rate it was sold at; without one it takes today's default.
    if (const QString text = columns.value(row, QStringLiteral("tax_percent")); !text.isEmpty()) {
        if (auto value = CsvFieldParser::percent(QStringLiteral("tax_percent"), text); !value)
            report.addError(row.line, value.error().message);
        else if (value->raw() < 0 || value->raw() > BasisPoints::Full)
            report.addError(row.line, tr("tax_percent must be between 0 and 100."));
        else
            order.taxRate = *value;
    }
    if (const QString text = columns.value(row, QStringLiteral("requested_date")); !text.isEmpty()) {
        if (auto date = CsvFieldParser::date(QStringLiteral("requested_date"), text))
            order.requestedDate = *date;
        else
            report.addError(row.line, date.error().message);
    }

    if (const QString text = columns.value(row, QStringLiteral("status")); !text.isEmpty()) {
        const auto status = OrderStatusInfo::fromKey(text.toLower());
        QStringList keys;
        for (OrderStatus s : OrderStatusInfo::all())
            keys << OrderStatusInfo::key(s);
        if (!status) {
            report.addError(row.line, tr("status: \"%1\" is not a status; use one of %2.")
                                          .arg(CsvFieldParser::shown(text), keys.join(QStringLiteral(", "))));
        } else if (*status == OrderStatus::OnHold) {
            // The hold ends by returning to the status it was held from: the file's, else confirmed
            // (other systems' books seldom record it), and the report says so.
            order.status = OrderStatus::OnHold;
            order.heldFrom = OrderStatus::Confirmed;
            const QString from = columns.value(row, QStringLiteral("held_from_status"));
            const auto held = OrderStatusInfo::fromKey(from.toLower());
            if (from.isEmpty()) {
                report.notes << CsvImportError{
                    row.line,
                    tr("on hold without held_from_status: the order returns to \"%1\" when the hold "
                       "ends.")
                        .arg(OrderStatusInfo::key(OrderStatus::Confirmed))};
            } else if (!held || !OrderStatusMachine::canTransition(*held, OrderStatus::OnHold)) {
                report.addError(row.line, tr("held_from_status: \"%1\" is not a status an order can be held "
                                             "from; use an open status such as confirmed or in_production.")
                                              .arg(CsvFieldParser::shown(from)));
            } else {
                order.heldFrom = *held;
            }
        } else {
            order.status = *status;
            if (!columns.value(row, QStringLiteral("held_from_status")).isEmpty())
                report.addError(row.line, tr("held_from_status: only an order on hold has one."));
        }
    }
    // Anything past a draft has been sent to the customer at least once.
    order.lastSentRevision = order.status == OrderStatus::Draft ? 0 : 1;
    return {};
}

void CsvOrderImporter::compareHeader(const PendingOrder& pending, const CsvRecord& row,
                                     const CsvColumnMap& columns, CsvImportReport& report) const
{
    const QStringList text = headerText(row, columns);
    for (int i = 0; i < kHeaderColumns.size(); ++i) {
        if (text[i] == pending.headerText[i])
            continue;
        report.addError(row.line, tr("%1 \"%2\" differs from line %3 of the same order (\"%4\"); an order's "
                                     "header values must be the same on all its rows.")
                                      .arg(kHeaderColumns[i], CsvFieldParser::shown(text[i]),
                                           QString::number(pending.firstLine),
                                           CsvFieldParser::shown(pending.headerText[i])));
    }
}

Status CsvOrderImporter::checkLine(PendingOrder& pending, std::optional<int> lineNo, const CsvRecord& row,
                                   const CsvColumnMap& columns, CsvImportReport& report)
{
    OrderLine line;
    if (lineNo) {
        if (const auto first = pending.lineOfLineNo.constFind(*lineNo); first != pending.lineOfLineNo.cend())
            report.addError(row.line, tr("line_no %1 appears twice in the same order (first on line %2).")
                                          .arg(*lineNo)
                                          .arg(*first));
        line.lineNo = *lineNo;
    } else {
        line.lineNo = pending.lastLineNo + 1;
    }
    pending.lineOfLineNo.insert(line.lineNo, row.line);
    pending.lastLineNo = std::max(pending.lastLineNo, line.lineNo);

    const QString sku = columns.value(row, QStringLiteral("sku"));
    std::optional<Product> found;
    if (sku.isEmpty()) {
        report.addError(row.line, tr("sku is empty."));
    } else {
        auto p = product(sku);
        if (!p)
            return std::unexpected(p.error());
        found = *p;
        if (!found)
            report.addError(row.line,
                            tr("sku: there is no product with SKU %1.").arg(CsvFieldParser::shown(sku)));
    }
    if (found) {
        line.productId = found->id;
        line.unit = found->unit;
        line.unitPrice = found->unitPrice;
    }
    line.description = columns.value(row, QStringLiteral("description"));
    if (line.description.size() > OrderValidator::MaxDescriptionLength)
        report.addError(row.line, tr("description is too long (%1 characters; at most %2).")
                                      .arg(line.description.size())
                                      .arg(OrderValidator::MaxDescriptionLength));
    else if (const QString problem = TextCheck::problem(line.description, true); !problem.isEmpty())
        report.addError(row.line, tr("description: %1").arg(problem));

    if (const QString text = columns.value(row, QStringLiteral("quantity")); text.isEmpty()) {
        report.addError(row.line, tr("quantity is empty."));
    } else if (auto value = CsvFieldParser::quantity(QStringLiteral("quantity"), text); !value) {
        report.addError(row.line, value.error().message);
    } else if (!value->isPositive()) {
        report.addError(row.line, tr("quantity must be more than zero."));
    } else {
        line.quantity = *value;
    }

    if (const QString text = columns.value(row, QStringLiteral("unit_price")); !text.isEmpty()) {
        if (auto value = CsvFieldParser::unitPrice(QStringLiteral("unit_price"), text); !value)
            report.addError(row.line, value.error().message);
        else if (value->isNegative())
            report.addError(row.line, tr("unit_price cannot be negative."));
        else
            line.unitPrice = *value;
    }

    if (const QString text = columns.value(row, QStringLiteral("discount_percent")); !text.isEmpty()) {
        if (auto value = CsvFieldParser::percent(QStringLiteral("discount_percent"), text); !value)
            report.addError(row.line, value.error().message);
        else if (value->raw() < 0 || value->raw() > BasisPoints::Full)
            report.addError(row.line, tr("discount_percent must be between 0 and 100."));
        else
            line.discount = *value;
    }
    pending.order.lines << line;
    return {};
}

Result<std::optional<qint64>> CsvOrderImporter::customerId(const QString& code)
{
    if (const auto cached = m_customerIds.constFind(code); cached != m_customerIds.cend())
        return *cached;
    auto customer = CustomerRepository(m_session.db()).byCode(code);
    if (!customer)
        return std::unexpected(customer.error());
    const std::optional<qint64> id = *customer ? std::optional<qint64>((*customer)->id) : std::nullopt;
    m_customerIds.insert(code, id);
    return id;
}

Result<std::optional<Product>> CsvOrderImporter::product(const QString& sku)
{
    if (const auto cached = m_products.constFind(sku); cached != m_products.cend())
        return *cached;
    auto found = ProductRepository(m_session.db()).bySku(sku);
    if (!found)
        return std::unexpected(found.error());
    m_products.insert(sku, *found);
    return *found;
}

Status CsvOrderImporter::write(CsvProgress& progress)
{
    OrderRepository orders(m_session.db());
    OrderNumberAllocator numbers(m_session.db());
    // Move the counters past every number in the file first, so that the numbers handed out
    // below to rows without one never collide with a number further down the file.
    for (const Order& order : std::as_const(m_orders)) {
        QString prefix;
        int year = 0;
        qint64 value = 0;
        if (!order.orderNo.isEmpty() && OrderNumberAllocator::parse(order.orderNo, &prefix, &year, &value)) {
            if (auto ok = numbers.observe(prefix, year, value); !ok)
                return ok;
        }
    }
    for (Order& order : m_orders) {
        if (order.orderNo.isEmpty()) {
            auto number = numbers.next(m_company.orderPrefix, order.orderDate.year());
            if (!number)
                return std::unexpected(number.error());
            order.orderNo = *number;
        }
        if (auto ok = orders.insert(order); !ok)
            return ok;
        OrderEvent event;
        event.orderId = order.id;
        event.userId = m_session.user().id;
        event.revision = order.revision;
        OrderEventText::imported(event, m_sourceName, order.status);
        if (auto ok = orders.addEvent(event); !ok)
            return ok;
        if (!progress.advance(order.lines.size()))
            return {};
    }
    return {};
}

} // namespace od
