#include "OrderSnapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace od {

namespace {

QString dateText(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// Integers travel as strings: JSON numbers are doubles in Qt and would not keep 64-bit values.
QString intText(qint64 v)
{
    return QString::number(v);
}

} // namespace

QString OrderSnapshot::toJson(const Order& o)
{
    QJsonObject header{
        {QStringLiteral("order_no"), o.orderNo},
        {QStringLiteral("revision"), o.revision},
        {QStringLiteral("customer_id"), intText(o.customerId)},
        {QStringLiteral("customer_name"), o.customerName},
        {QStringLiteral("salesperson_id"), intText(o.salespersonId)},
        {QStringLiteral("order_date"), dateText(o.orderDate)},
        {QStringLiteral("requested_date"), dateText(o.requestedDate)},
        {QStringLiteral("promised_date"), dateText(o.promisedDate)},
        {QStringLiteral("currency"), o.currency},
        {QStringLiteral("tax_rate_bp"), o.taxRate.raw()},
        {QStringLiteral("notes"), o.notes},
        {QStringLiteral("subtotal"), intText(o.subtotal.minor())},
        {QStringLiteral("tax"), intText(o.tax.minor())},
        {QStringLiteral("total"), intText(o.total.minor())},
    };
    // Only when set, so the snapshots of orders without one read as they always did.
    if (!o.deliveryAddress.isEmpty())
        header.insert(QStringLiteral("delivery_address"), o.deliveryAddress);
    QJsonArray lines;
    for (const OrderLine& l : o.lines) {
        lines.append(QJsonObject{
            {QStringLiteral("line_no"), l.lineNo},
            {QStringLiteral("product_id"), intText(l.productId)},
            {QStringLiteral("product_sku"), l.productSku},
            {QStringLiteral("product_name"), l.productName},
            {QStringLiteral("description"), l.description},
            {QStringLiteral("quantity"), intText(l.quantity.raw())},
            {QStringLiteral("unit"), l.unit},
            {QStringLiteral("unit_price"), intText(l.unitPrice.raw())},
            {QStringLiteral("discount_bp"), l.discount.raw()},
            {QStringLiteral("amount"), intText(l.amount.minor())},
            {QStringLiteral("requested_date"), dateText(l.requestedDate)},
        });
    }
    header.insert(QStringLiteral("lines"), lines);
    return QString::fromUtf8(QJsonDocument(header).toJson(QJsonDocument::Compact));
}

std::optional<Order> OrderSnapshot::fromJson(const QString& json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject h = doc.object();
    auto i64 = [](const QJsonValue& v) { return v.toString().toLongLong(); };
    auto date = [](const QJsonValue& v) { return QDate::fromString(v.toString(), Qt::ISODate); };
    Order o;
    o.orderNo = h.value(QStringLiteral("order_no")).toString();
    o.revision = h.value(QStringLiteral("revision")).toInt();
    o.customerId = i64(h.value(QStringLiteral("customer_id")));
    o.customerName = h.value(QStringLiteral("customer_name")).toString();
    o.salespersonId = i64(h.value(QStringLiteral("salesperson_id")));
    o.orderDate = date(h.value(QStringLiteral("order_date")));
    o.requestedDate = date(h.value(QStringLiteral("requested_date")));
    o.promisedDate = date(h.value(QStringLiteral("promised_date")));
    o.currency = h.value(QStringLiteral("currency")).toString();
    o.taxRate = BasisPoints::fromRaw(h.value(QStringLiteral("tax_rate_bp")).toInt());
    o.notes = h.value(QStringLiteral("notes")).toString();
    o.deliveryAddress = h.value(QStringLiteral("delivery_address")).toString();
    o.subtotal = Money::fromMinor(i64(h.value(QStringLiteral("subtotal"))));
    o.tax = Money::fromMinor(i64(h.value(QStringLiteral("tax"))));
    o.total = Money::fromMinor(i64(h.value(QStringLiteral("total"))));
    for (const QJsonValue& v : h.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject l = v.toObject();
        OrderLine line;
        line.lineNo = l.value(QStringLiteral("line_no")).toInt();
        line.productId = i64(l.value(QStringLiteral("product_id")));
        line.productSku = l.value(QStringLiteral("product_sku")).toString();
        line.productName = l.value(QStringLiteral("product_name")).toString();
        line.description = l.value(QStringLiteral("description")).toString();
        line.quantity = Quantity::fromRaw(i64(l.value(QStringLiteral("quantity"))));
        line.unit = l.value(QStringLiteral("unit")).toString();
        line.unitPrice = UnitPrice::fromRaw(i64(l.value(QStringLiteral("unit_price"))));
        line.discount = BasisPoints::fromRaw(l.value(QStringLiteral("discount_bp")).toInt());
        line.amount = Money::fromMinor(i64(l.value(QStringLiteral("amount"))));
        line.requestedDate = date(l.value(QStringLiteral("requested_date")));
        o.lines << line;
    }
    return o;
}

bool OrderSnapshot::sameContent(const Order& a, const Order& b)
{
    auto content = [](const Order& o) {
        Order c = o;
        c.orderNo.clear();
        c.revision = 0;
        c.customerName.clear();
        c.promisedDate = QDate();
        for (int i = 0; i < c.lines.size(); ++i) {
            c.lines[i].lineNo = i + 1;
            c.lines[i].productSku.clear();
            c.lines[i].productName.clear();
        }
        return toJson(c);
    };
    return content(a) == content(b);
}

} // namespace od
