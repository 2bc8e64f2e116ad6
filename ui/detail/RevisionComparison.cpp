#include "RevisionComparison.h"

#include "OrderLinePairing.h"
#include "widgets/Formatting.h"

namespace od {

QString RevisionComparison::lineLabel(const OrderLine& line)
{
    QString product = line.productSku;
    if (!line.productName.isEmpty())
        product += (product.isEmpty() ? QString() : QStringLiteral(" ")) + line.productName;
    return tr("Line %1 · %2").arg(line.lineNo).arg(product);
}

QString RevisionComparison::lineSummary(const OrderLine& line, const QString& currency)
{
    QString text =
        tr("%1 %2 × %3")
            .arg(line.quantity.toDecimalString(), line.unit, Formatting::unitPrice(line.unitPrice, currency));
    if (line.discount.raw() != 0)
        text += tr(", discount %1%").arg(line.discount.toPercentString());
    text += QStringLiteral(" = ") + Formatting::money(line.amount, currency);
    if (!line.description.isEmpty())
        text += QStringLiteral(" — ") + line.description;
    return text;
}

QStringList RevisionComparison::lineChanges(const OrderLine& a, const OrderLine& b, const QString& currency,
                                            QStringList* after)
{
    QStringList before;
    auto field = [&](bool differs, const QString& name, const QString& from, const QString& to) {
        if (!differs)
            return;
        before << Formatting::label(name) + u' ' + from;
        *after << Formatting::label(name) + u' ' + to;
    };
    field(a.quantity != b.quantity || a.unit != b.unit, tr("Quantity"),
          a.quantity.toDecimalString() + u' ' + a.unit, b.quantity.toDecimalString() + u' ' + b.unit);
    field(a.unitPrice != b.unitPrice, tr("Unit price"), Formatting::unitPrice(a.unitPrice, currency),
          Formatting::unitPrice(b.unitPrice, currency));
    field(a.discount != b.discount, tr("Discount"), a.discount.toPercentString() + u'%',
          b.discount.toPercentString() + u'%');
    field(a.description != b.description, tr("Specification"), a.description, b.description);
    field(a.requestedDate != b.requestedDate, tr("Requested date"), Formatting::date(a.requestedDate),
          Formatting::date(b.requestedDate));
    field(a.amount != b.amount, tr("Amount"), Formatting::money(a.amount, currency),
          Formatting::money(b.amount, currency));
    return before;
}

QList<RevisionDifference> RevisionComparison::compare(const Order& older, const Order& newer)
{
    QList<RevisionDifference> out;
    auto header = [&](bool differs, const QString& what, const QString& before, const QString& after) {
        if (differs)
            out << RevisionDifference{RevisionDifference::Kind::Header, what, before, after};
    };
    header(older.customerId != newer.customerId, tr("Customer"), older.customerName, newer.customerName);
    header(older.orderDate != newer.orderDate, tr("Order date"), Formatting::date(older.orderDate),
           Formatting::date(newer.orderDate));
    header(older.requestedDate != newer.requestedDate, tr("Requested date"),
           Formatting::date(older.requestedDate), Formatting::date(newer.requestedDate));
    header(older.promisedDate != newer.promisedDate, tr("Promised date"),
           Formatting::date(older.promisedDate), Formatting::date(newer.promisedDate));
    header(older.currency != newer.currency, tr("Currency"), older.currency, newer.currency);
    header(older.taxRate != newer.taxRate, tr("Tax rate"), older.taxRate.toPercentString() + u'%',
           newer.taxRate.toPercentString() + u'%');
    header(older.notes != newer.notes, tr("Notes"), older.notes, newer.notes);
    header(older.deliveryAddress != newer.deliveryAddress, tr("Delivery address"), older.deliveryAddress,
           newer.deliveryAddress);

    const OrderLinePairing lines = OrderLinePairing::of(older, newer);
    for (int i : lines.removed)
        out << RevisionDifference{RevisionDifference::Kind::LineRemoved, lineLabel(older.lines.at(i)),
                                  lineSummary(older.lines.at(i), older.currency), QString()};
    for (int j : lines.added)
        out << RevisionDifference{RevisionDifference::Kind::LineAdded, lineLabel(newer.lines.at(j)),
                                  QString(), lineSummary(newer.lines.at(j), newer.currency)};
    for (auto [i, j] : lines.pairs) {
        QStringList after;
        const QStringList before = lineChanges(older.lines.at(i), newer.lines.at(j), newer.currency, &after);
        if (!before.isEmpty())
            out << RevisionDifference{RevisionDifference::Kind::LineChanged, lineLabel(newer.lines.at(j)),
                                      before.join(u'\n'), after.join(u'\n')};
    }

    header(older.total != newer.total, tr("Total"), Formatting::money(older.total, older.currency),
           Formatting::money(newer.total, newer.currency));
    return out;
}

} // namespace od
