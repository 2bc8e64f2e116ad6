#include "OrderLinePairing.h"

namespace od {

OrderLinePairing OrderLinePairing::of(const Order& older, const Order& newer)
{
    OrderLinePairing out;
    QList<int> unmatched;
    for (int j = 0; j < newer.lines.size(); ++j)
        unmatched << j;
    const auto take = [&](const auto& matches) {
        for (int j : unmatched)
            if (matches(newer.lines.at(j))) {
                unmatched.removeOne(j);
                return j;
            }
        return -1;
    };
    for (int i = 0; i < older.lines.size(); ++i) {
        const OrderLine& line = older.lines.at(i);
        int found = take(
            [&](const OrderLine& l) { return l.lineNo == line.lineNo && l.productId == line.productId; });
        if (found < 0)
            found = take([&](const OrderLine& l) { return l.productId == line.productId; });
        if (found < 0)
            out.removed << i;
        else
            out.pairs << std::pair{i, found};
    }
    out.added = unmatched;
    return out;
}

} // namespace od
