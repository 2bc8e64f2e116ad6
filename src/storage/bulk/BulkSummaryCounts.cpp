#include "BulkSummaryCounts.h"

#include "BulkDates.h"
#include "SqliteStatement.h"

#include <QHashFunctions>
#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <vector>

namespace od {

namespace {

using Text16 = BulkSummaryCounts::Text16;

Text16 text16(std::string_view text)
{
    char bytes[16] = {};
    std::memcpy(bytes, text.data(), std::min<size_t>(text.size(), sizeof bytes));
    Text16 t;
    std::memcpy(&t.low, bytes, 8);
    std::memcpy(&t.high, bytes + 8, 8);
    return t;
}

std::string text(const Text16& t)
{
    char bytes[16];
    std::memcpy(bytes, &t.low, 8);
    std::memcpy(bytes + 8, &t.high, 8);
    return std::string(bytes, ::strnlen(bytes, sizeof bytes));
}

Text16 month(std::string_view day)
{
    return text16(day.substr(0, 7));
}

// The counts of `cells` keyed by texts again.
template <typename Key, typename Cell, typename Value, typename ToKey>
QHash<Key, Value> byText(const QHash<Cell, Value>& cells, ToKey key)
{
    QHash<Key, Value> out;
    out.reserve(cells.size());
    for (auto it = cells.cbegin(); it != cells.cend(); ++it)
        out.insert(key(it.key()), it.value());
    return out;
}

void count(BulkSummaryCounts::Figures& f, qint64 daysLate)
{
    ++f.delivered;
    f.onTime += daysLate == 0;
    f.late += daysLate > 0;
    f.daysLate += daysLate;
}

void bindFigures(SqliteStatement& q, int first, const BulkSummaryCounts::Figures& f)
{
    q.bindInt(first, f.delivered);
    q.bindInt(first + 1, f.onTime);
    q.bindInt(first + 2, f.late);
    q.bindInt(first + 3, f.daysLate);
}

} // namespace

BulkOrderFacts BulkSummaryCounts::facts(const BulkOrder& order)
{
    BulkOrderFacts facts;
    // The dashboard's first shipment: the earliest status change to shipped (order_events_shipment).
    std::string_view firstAt;
    for (const BulkOrderEvent& e : order.events) {
        if (e.kind == "status_changed" && e.data.find(R"("to":"shipped")") != std::string_view::npos &&
            (firstAt.empty() || e.at < firstAt))
            firstAt = e.at;
    }
    facts.firstShipped = firstAt.substr(0, std::min<size_t>(10, firstAt.size()));
    if (order.status != "delivered" && order.status != "completed")
        return facts;
    // The last shipment signed for, else the first shipping day.
    std::string_view day;
    for (const BulkShipment& s : order.shipments)
        if (!s.deliveredOn.empty() && s.deliveredOn > day)
            day = s.deliveredOn;
    if (day.empty())
        day = facts.firstShipped;
    if (day.empty())
        return facts;
    BulkDelivery delivery{day, 0};
    if (!order.promisedDate.empty() && day > order.promisedDate) {
        const auto delivered = BulkDates::epochDay(day), promised = BulkDates::epochDay(order.promisedDate);
        if (delivered && promised)
            delivery.daysLate = *delivered - *promised;
    }
    facts.delivery = delivery;
    return facts;
}

BulkOrderFacts BulkSummaryCounts::add(const BulkOrder& order)
{
    const BulkOrderFacts f = facts(order);
    const int status = code(order.status, m_statuses), currency = code(order.currency, m_currencies);
    const Text16 ordered = month(order.orderDate);
    Totals& t = m_orderMonths[MonthCell{ordered, 0, status, order.salespersonId, currency}];
    ++t.orders;
    t.total += order.totalMinor;
    Totals& c = m_customerMonths[MonthCell{ordered, order.customerId, status, order.salespersonId, currency}];
    ++c.orders;
    c.total += order.totalMinor;

    if (!f.firstShipped.empty()) {
        Shipped& s = m_shipmentMonths[DayCell{month(f.firstShipped), 0, order.salespersonId, 0}];
        ++s.shipped;
        s.onTime += !order.promisedDate.empty() && f.firstShipped <= order.promisedDate;
        s.withoutPromise += order.promisedDate.empty();
    }
    if (f.delivery) {
        const Text16 day = text16(f.delivery->deliveredOn);
        count(m_onTimeDays[DayCell{day, order.customerId, order.salespersonId, 0}], f.delivery->daysLate);
        // Each order once per product on its lines.
        std::vector<qint64> products;
        products.reserve(order.lines.size());
        for (const BulkOrderLine& line : order.lines)
            if (line.productId > 0 &&
                std::find(products.begin(), products.end(), line.productId) == products.end())
                products.push_back(line.productId);
        for (qint64 product : products)
            count(m_onTimeProductDays[DayCell{day, 0, 0, product}], f.delivery->daysLate);
    }
    return f;
}

int BulkSummaryCounts::write(sqlite3* conn) const
{
    constexpr const char* kAddFigures =
        "DO UPDATE SET delivered = delivered + excluded.delivered, on_time = on_time + excluded.on_time, "
        "late = late + excluded.late, days_late = days_late + excluded.days_late";
    SqliteStatement q;
    for (const bool byCustomer : {false, true}) {
        const std::string sql =
            byCustomer
                ? "INSERT INTO customer_month_totals (month, customer_id, status, salesperson_id, currency, "
                  "orders, total) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (month, customer_id, "
                  "status, salesperson_id, currency) DO UPDATE SET orders = orders + excluded.orders, "
                  "total = total + excluded.total"
                : "INSERT INTO order_month_totals (month, status, salesperson_id, currency, orders, total) "
                  "VALUES (?1, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (month, status, salesperson_id, "
                  "currency) DO UPDATE SET orders = orders + excluded.orders, total = total + excluded.total";
        if (int rc = q.prepare(conn, sql); rc != SQLITE_OK)
            return rc;
        const QHash<MonthKey, Totals> totals = byCustomer ? customerMonths() : orderMonths();
        for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
            q.bindText(1, it.key().month);
            q.bindInt(2, it.key().customerId);
            q.bindText(3, it.key().status);
            q.bindInt(4, it.key().salespersonId);
            q.bindText(5, it.key().currency);
            q.bindInt(6, it.value().orders);
            q.bindInt(7, it.value().total);
            if (int rc = q.execute(); rc != SQLITE_DONE)
                return rc;
        }
    }
    if (int rc =
            q.prepare(conn, "INSERT INTO shipment_month_totals (month, salesperson_id, shipped, on_time, "
                            "without_promise) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (month, "
                            "salesperson_id) DO UPDATE SET shipped = shipped + excluded.shipped, "
                            "on_time = on_time + excluded.on_time, "
                            "without_promise = without_promise + excluded.without_promise");
        rc != SQLITE_OK)
        return rc;
    const QHash<DayKey, Shipped> shipped = shipmentMonths();
    for (auto it = shipped.cbegin(); it != shipped.cend(); ++it) {
        q.bindText(1, it.key().day);
        q.bindInt(2, it.key().salespersonId);
        q.bindInt(3, it.value().shipped);
        q.bindInt(4, it.value().onTime);
        q.bindInt(5, it.value().withoutPromise);
        if (int rc = q.execute(); rc != SQLITE_DONE)
            return rc;
    }
    if (int rc =
            q.prepare(conn, std::string("INSERT INTO on_time_day_counts (delivered_on, customer_id, "
                                        "salesperson_id, cause, delivered, on_time, late, days_late) "
                                        "VALUES (?1, ?2, ?3, '', ?4, ?5, ?6, ?7) ON CONFLICT (delivered_on, "
                                        "customer_id, salesperson_id, cause) ") +
                                kAddFigures);
        rc != SQLITE_OK)
        return rc;
    const QHash<DayKey, Figures> days = onTimeDays();
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        q.bindText(1, it.key().day);
        q.bindInt(2, it.key().customerId);
        q.bindInt(3, it.key().salespersonId);
        bindFigures(q, 4, it.value());
        if (int rc = q.execute(); rc != SQLITE_DONE)
            return rc;
    }
    if (int rc = q.prepare(conn, std::string("INSERT INTO on_time_product_days (delivered_on, product_id, "
                                             "delivered, on_time, late, days_late) VALUES (?1, ?2, ?3, ?4, "
                                             "?5, ?6) ON CONFLICT (delivered_on, product_id) ") +
                                     kAddFigures);
        rc != SQLITE_OK)
        return rc;
    const QHash<DayKey, Figures> productDays = onTimeProductDays();
    for (auto it = productDays.cbegin(); it != productDays.cend(); ++it) {
        q.bindText(1, it.key().day);
        q.bindInt(2, it.key().productId);
        bindFigures(q, 3, it.value());
        if (int rc = q.execute(); rc != SQLITE_DONE)
            return rc;
    }
    return SQLITE_OK;
}

int BulkSummaryCounts::code(std::string_view text, std::vector<std::string>& known)
{
    for (size_t i = 0; i < known.size(); ++i)
        if (known[i] == text)
            return int(i);
    known.emplace_back(text);
    return int(known.size() - 1);
}

BulkSummaryCounts::MonthKey BulkSummaryCounts::monthKey(const MonthCell& cell) const
{
    return MonthKey{text(cell.month), cell.customerId, m_statuses[size_t(cell.status)], cell.salespersonId,
                    m_currencies[size_t(cell.currency)]};
}

BulkSummaryCounts::DayKey BulkSummaryCounts::dayKey(const DayCell& cell)
{
    return DayKey{text(cell.day), cell.customerId, cell.salespersonId, cell.productId};
}

QHash<BulkSummaryCounts::MonthKey, BulkSummaryCounts::Totals> BulkSummaryCounts::orderMonths() const
{
    return byText<MonthKey>(m_orderMonths, [this](const MonthCell& cell) { return monthKey(cell); });
}

QHash<BulkSummaryCounts::MonthKey, BulkSummaryCounts::Totals> BulkSummaryCounts::customerMonths() const
{
    return byText<MonthKey>(m_customerMonths, [this](const MonthCell& cell) { return monthKey(cell); });
}

QHash<BulkSummaryCounts::DayKey, BulkSummaryCounts::Shipped> BulkSummaryCounts::shipmentMonths() const
{
    return byText<DayKey>(m_shipmentMonths, &BulkSummaryCounts::dayKey);
}

QHash<BulkSummaryCounts::DayKey, BulkSummaryCounts::Figures> BulkSummaryCounts::onTimeDays() const
{
    return byText<DayKey>(m_onTimeDays, &BulkSummaryCounts::dayKey);
}

QHash<BulkSummaryCounts::DayKey, BulkSummaryCounts::Figures> BulkSummaryCounts::onTimeProductDays() const
{
    return byText<DayKey>(m_onTimeProductDays, &BulkSummaryCounts::dayKey);
}

size_t qHash(const BulkSummaryCounts::MonthCell& key, size_t seed)
{
    return qHashMulti(seed, key.month.low, key.month.high, key.customerId, key.status, key.salespersonId,
                      key.currency);
}

size_t qHash(const BulkSummaryCounts::DayCell& key, size_t seed)
{
    return qHashMulti(seed, key.day.low, key.day.high, key.customerId, key.salespersonId, key.productId);
}

size_t qHash(const BulkSummaryCounts::MonthKey& key, size_t seed)
{
    return qHashMulti(seed, QByteArrayView(key.month.data(), qsizetype(key.month.size())), key.customerId,
                      QByteArrayView(key.status.data(), qsizetype(key.status.size())), key.salespersonId,
                      QByteArrayView(key.currency.data(), qsizetype(key.currency.size())));
}

size_t qHash(const BulkSummaryCounts::DayKey& key, size_t seed)
{
    return qHashMulti(seed, QByteArrayView(key.day.data(), qsizetype(key.day.size())), key.customerId,
                      key.salespersonId, key.productId);
}

} // namespace od
