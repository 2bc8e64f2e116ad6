#include "OrderDiff.h"
#include "OrderLinePairing.h"

#include <gtest/gtest.h>

using namespace od;

namespace {

OrderLine line(int number, qint64 productId, const char* sku, int units)
{
    OrderLine l;
    l.lineNo = number;
    l.productId = productId;
    l.productSku = QString::fromLatin1(sku);
    l.quantity = Quantity::fromUnits(units);
    return l;
}

Order order(QList<OrderLine> lines)
{
    Order o;
    o.id = 7;
    o.orderNo = QStringLiteral("SO-2026-000007");
    o.lines = std::move(lines);
    return o;
}

// The product and quantity changes, as "field=before>after".
QStringList fields(const QList<FieldChange>& changes)
{
    QStringList out;
    for (const FieldChange& c : changes)
        if (c.field.endsWith(QStringLiteral(" product")) || c.field.endsWith(QStringLiteral(" quantity")))
            out << c.field + u'=' + c.before + u'>' + c.after;
    return out;
}

} // namespace

TEST(OrderDiff, RemovingTheFirstLineIsOneRemovalNotAChangeOfEveryLineAfterIt)
{
    const Order before = order({line(1, 10, "VALVE", 2), line(2, 20, "FLANGE", 5)});
    const Order after = order({line(1, 20, "FLANGE", 5)}); // renumbered when the first went
    const OrderLinePairing pairing = OrderLinePairing::of(before, after);
    EXPECT_EQ(pairing.removed, QList<int>{0});
    EXPECT_TRUE(pairing.added.isEmpty());
    ASSERT_EQ(pairing.pairs.size(), 1);
    EXPECT_EQ(pairing.pairs.first(), std::pair(1, 0));
    // Paired by position, the audit said line 1 became a flange and line 2 vanished.
    EXPECT_EQ(fields(OrderDiff::diff(before, after)),
              (QStringList{QStringLiteral("line 1 product=VALVE>"), QStringLiteral("line 1 quantity=2>")}));
}

TEST(OrderDiff, AChangedQuantityIsNamedOnItsLineAndANewLineIsAnAddition)
{
    const Order before = order({line(1, 10, "VALVE", 2)});
    const Order after = order({line(1, 10, "VALVE", 3), line(2, 30, "GASKET", 8)});
    EXPECT_EQ(fields(OrderDiff::diff(before, after)),
              (QStringList{QStringLiteral("line 1 quantity=2>3"), QStringLiteral("line 2 product=>GASKET"),
                           QStringLiteral("line 2 quantity=>8")}));
}

TEST(OrderDiff, SwappingTwoLinesIsNotAChangeOfTheirProducts)
{
    const Order before = order({line(1, 10, "VALVE", 2), line(2, 20, "FLANGE", 5)});
    const Order after = order({line(1, 20, "FLANGE", 5), line(2, 10, "VALVE", 2)});
    EXPECT_EQ(fields(OrderDiff::diff(before, after)), QStringList());
}
