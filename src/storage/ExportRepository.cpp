#include "ExportRepository.h"

#include "SqlValues.h"

namespace od {

Result<qint64> ExportRepository::count(const QString& table)
{
    QSqlQuery q(m_db.sql());
    // `table` is one of our own table names, never user text.
    q.prepare(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    if (auto ok = sqlv::exec(q, QStringLiteral("count %1").arg(table)); !ok)
        return std::unexpected(ok.error());
    q.next();
    return q.value(0).toLongLong();
}

Result<qint64> ExportRepository::customerCount()
{
    return count(QStringLiteral("customers"));
}

Result<qint64> ExportRepository::productCount()
{
    return count(QStringLiteral("products"));
}

Result<qint64> ExportRepository::orderLineCount(qint64 salespersonId)
{
    if (salespersonId == 0)
        return count(QStringLiteral("order_lines"));
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM orders o JOIN order_lines l ON l.order_id = o.id "
                             "WHERE o.salesperson_id = ?"));
    q.addBindValue(salespersonId);
    if (auto ok = sqlv::exec(q, QStringLiteral("count the order lines")); !ok)
        return std::unexpected(ok.error());
    return q.next() ? q.value(0).toLongLong() : 0;
}

Status ExportRepository::forEachCustomer(const std::function<bool(const Customer&)>& visit)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true); // no client-side copy of the rows already visited
    q.prepare(
        QStringLiteral("SELECT id, code, name, contact, phone, email, address, credit_limit, "
                       "payment_terms_days, notes, active, document_language FROM customers ORDER BY code"));
    if (auto ok = sqlv::exec(q, QStringLiteral("read the customers")); !ok)
        return ok;
    Customer c;
    while (q.next()) {
        c.id = q.value(0).toLongLong();
        c.code = q.value(1).toString();
        c.name = q.value(2).toString();
        c.contact = q.value(3).toString();
        c.phone = q.value(4).toString();
        c.email = q.value(5).toString();
        c.address = q.value(6).toString();
        c.creditLimit = Money::fromMinor(q.value(7).toLongLong());
        c.paymentTermsDays = q.value(8).toInt();
        c.notes = q.value(9).toString();
        c.active = q.value(10).toBool();
        c.documentLanguage = q.value(11).toString();
        if (!visit(c))
            break;
    }
    return {};
}

Status ExportRepository::forEachProduct(const std::function<bool(const Product&)>& visit)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, sku, name, spec, unit, unit_price, lead_time_days, requires_spec, active "
                       "FROM products ORDER BY sku"));
    if (auto ok = sqlv::exec(q, QStringLiteral("read the products")); !ok)
        return ok;
    Product p;
    while (q.next()) {
        p.id = q.value(0).toLongLong();
        p.sku = q.value(1).toString();
        p.name = q.value(2).toString();
        p.spec = q.value(3).toString();
        p.unit = q.value(4).toString();
        p.unitPrice = UnitPrice::fromRaw(q.value(5).toLongLong());
        p.leadTimeDays = q.value(6).toInt();
        p.requiresSpec = q.value(7).toBool();
        p.active = q.value(8).toBool();
        if (!visit(p))
            break;
    }
    return {};
}

Status ExportRepository::forEachOrderLine(qint64 salespersonId,
                                          const std::function<bool(const OrderExportLine&)>& visit)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    // CROSS JOIN keeps orders as the outer loop (SQLite does not reorder it), so the rows come
    // out of the order_no index and each order's lines out of the (order_id, line_no) index:
    // no temporary sort of every line in the database.
    q.prepare(QStringLiteral(
        "SELECT o.order_no, c.code, o.order_date, o.requested_date, o.status, l.line_no, p.sku, "
        "l.description, "
        "l.quantity, l.unit_price, l.discount_bp, o.held_from_status, o.tax_rate_bp FROM orders o "
        "CROSS JOIN order_lines l "
        "ON l.order_id = o.id "
        "JOIN customers c ON c.id = o.customer_id JOIN products p ON p.id = l.product_id "
        "WHERE ? = 0 OR o.salesperson_id = ? ORDER BY o.order_no, l.line_no"));
    q.addBindValue(salespersonId);
    q.addBindValue(salespersonId);
    if (auto ok = sqlv::exec(q, QStringLiteral("read the orders")); !ok)
        return ok;
    OrderExportLine line;
    while (q.next()) {
        line.orderNo = q.value(0).toString();
        line.customerCode = q.value(1).toString();
        line.orderDate = sqlv::toDate(q.value(2));
        line.requestedDate = sqlv::toDate(q.value(3));
        line.status = OrderStatusInfo::fromKey(q.value(4).toString()).value_or(OrderStatus::Draft);
        line.lineNo = q.value(5).toInt();
        line.sku = q.value(6).toString();
        line.description = q.value(7).toString();
        line.quantity = Quantity::fromRaw(q.value(8).toLongLong());
        line.unitPrice = UnitPrice::fromRaw(q.value(9).toLongLong());
        line.discount = BasisPoints::fromRaw(q.value(10).toInt());
        line.heldFrom =
            q.value(11).isNull() ? std::nullopt : OrderStatusInfo::fromKey(q.value(11).toString());
        line.taxRate = BasisPoints::fromRaw(q.value(12).toInt());
        if (!visit(line))
            break;
    }
    return {};
}

} // namespace od
