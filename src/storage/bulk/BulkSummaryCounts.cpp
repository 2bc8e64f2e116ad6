#include "BulkSummaryCounts.h"

#include "BulkDates.h"
#include "SqliteStatement.h"

#include <QHashFunctions>
#include <sqlite3.h>

#include <algorithm>
#include <vector>

namespace od {

namespace {

std::string month(std::string_view day)
{
    return std::string(day.substr(0, 7));
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
    const std::string status(order.status), currency(order.currency), ordered = month(order.orderDate);
    Totals& t = m_orderMonths[MonthKey{ordered, 0, status, order.salespersonId, currency}];
    ++t.orders;
    t.total += order.totalMinor;
    Totals& c = m_customerMonths[MonthKey{ordered, order.customerId, status, order.salespersonId, currency}];
    ++c.orders;
    c.total += order.totalMinor;

    if (!f.firstShipped.empty()) {
        Shipped& s = m_shipmentMonths[DayKey{month(f.firstShipped), 0, order.salespersonId, 0}];
        ++s.shipped;
        s.onTime += !order.promisedDate.empty() && f.firstShipped <= order.promisedDate;
        s.withoutPromise += order.promisedDate.empty();
    }
    if (f.delivery) {
        const std::string day(f.delivery->deliveredOn);
        count(m_onTimeDays[DayKey{day, order.customerId, order.salespersonId, 0}], f.delivery->daysLate);
        // Each order once per product on its lines.
        std::vector<qint64> products;
        products.reserve(order.lines.size());
        for (const BulkOrderLine& line : order.lines)
            if (line.productId > 0 &&
                std::find(products.begin(), products.end(), line.productId) == products.end())
                products.push_back(line.productId);
        for (qint64 product : products)
            count(m_onTimeProductDays[DayKey{day, 0, 0, product}], f.delivery->daysLate);
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
        const QHash<MonthKey, Totals>& totals = byCustomer ? m_customerMonths : m_orderMonths;
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
    for (auto it = m_shipmentMonths.cbegin(); it != m_shipmentMonths.cend(); ++it) {
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
    for (auto it = m_onTimeDays.cbegin(); it != m_onTimeDays.cend(); ++it) {
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
    for (auto it = m_onTimeProductDays.cbegin(); it != m_onTimeProductDays.cend(); ++it) {
        q.bindText(1, it.key().day);
        q.bindInt(2, it.key().productId);
        bindFigures(q, 3, it.value());
        if (int rc = q.execute(); rc != SQLITE_DONE)
            return rc;
    }
    return SQLITE_OK;
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
