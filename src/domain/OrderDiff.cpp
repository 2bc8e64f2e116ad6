#include "OrderDiff.h"

#include "OrderLinePairing.h"

namespace od {

namespace {

QString date(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

void compare(QList<FieldChange>& out, const QString& field, const QString& before, const QString& after)
{
    if (before != after)
        out << FieldChange{field, before, after};
}

void compareLine(QList<FieldChange>& out, int number, const OrderLine* before, const OrderLine* after)
{
    const QString prefix = QStringLiteral("line %1 ").arg(number);
    auto product = [](const OrderLine* l) {
        return l ? (l->productSku.isEmpty() ? QString::number(l->productId) : l->productSku) : QString();
    };
    compare(out, prefix + QStringLiteral("product"), product(before), product(after));
    compare(out, prefix + QStringLiteral("description"), before ? before->description : QString(),
            after ? after->description : QString());
    compare(out, prefix + QStringLiteral("quantity"), before ? before->quantity.toDecimalString() : QString(),
            after ? after->quantity.toDecimalString() : QString());
    compare(out, prefix + QStringLiteral("unit"), before ? before->unit : QString(),
            after ? after->unit : QString());
    compare(out, prefix + QStringLiteral("unit_price"),
            before ? before->unitPrice.toDecimalString() : QString(),
            after ? after->unitPrice.toDecimalString() : QString());
    compare(out, prefix + QStringLiteral("discount"), before ? before->discount.toPercentString() : QString(),
            after ? after->discount.toPercentString() : QString());
    compare(out, prefix + QStringLiteral("requested_date"), before ? date(before->requestedDate) : QString(),
            after ? date(after->requestedDate) : QString());
    compare(out, prefix + QStringLiteral("amount"), before ? before->amount.toDecimalString() : QString(),
            after ? after->amount.toDecimalString() : QString());
}

} // namespace

QList<FieldChange> OrderDiff::diff(const Order& a, const Order& b)
{
    // A default-constructed "before" means the order is new: every field of b counts as set.
    const bool isNew = a.id == 0 && a.orderNo.isEmpty();
    auto was = [isNew](const QString& value) { return isNew ? QString() : value; };
    auto customer = [](const Order& o) {
        return o.customerCode.isEmpty() ? (o.customerId ? QString::number(o.customerId) : QString())
                                        : o.customerCode;
    };
    QList<FieldChange> out;
    compare(out, QStringLiteral("customer"), customer(a), customer(b));
    compare(out, QStringLiteral("salesperson"),
            a.salespersonId ? QString::number(a.salespersonId) : QString(),
            b.salespersonId ? QString::number(b.salespersonId) : QString());
    compare(out, QStringLiteral("status"), was(OrderStatusInfo::key(a.status)),
            OrderStatusInfo::key(b.status));
    compare(out, QStringLiteral("revision"), was(QString::number(a.revision)), QString::number(b.revision));
    compare(out, QStringLiteral("order_date"), date(a.orderDate), date(b.orderDate));
    compare(out, QStringLiteral("requested_date"), date(a.requestedDate), date(b.requestedDate));
    compare(out, QStringLiteral("promised_date"), date(a.promisedDate), date(b.promisedDate));
    compare(out, QStringLiteral("currency"), was(a.currency), b.currency);
    compare(out, QStringLiteral("tax_rate"), was(a.taxRate.toPercentString()), b.taxRate.toPercentString());
    compare(out, QStringLiteral("notes"), a.notes, b.notes);
    compare(out, QStringLiteral("delivery_address"), a.deliveryAddress, b.deliveryAddress);
    // Lines are paired as the comparison of revisions pairs them, and named by their number.
    const auto number = [](const Order& o, int index) {
        const int n = o.lines.at(index).lineNo;
        return n > 0 ? n : index + 1;
    };
    const OrderLinePairing lines = OrderLinePairing::of(a, b);
    for (auto [i, j] : lines.pairs)
        compareLine(out, number(b, j), &a.lines[i], &b.lines[j]);
    for (int i : lines.removed)
        compareLine(out, number(a, i), &a.lines[i], nullptr);
    for (int j : lines.added)
        compareLine(out, number(b, j), nullptr, &b.lines[j]);
    compare(out, QStringLiteral("total"), was(a.total.toDecimalString()), b.total.toDecimalString());
    return out;
}

QList<FieldChange> OrderDiff::created(const Order& order)
{
    return diff(Order(), order);
}

} // namespace od
