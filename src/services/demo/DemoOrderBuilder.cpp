#include "DemoOrderBuilder.h"

#include "Confirmation.h"
#include "DemoCalendar.h"
#include "LineCalculator.h"
#include "OrderEvent.h"
#include "SettlementStatus.h"

#include <algorithm>
#include <cstdio>

namespace od {

namespace {

std::string_view kindOf(QLatin1String kind)
{
    return std::string_view(kind.data(), size_t(kind.size()));
}

} // namespace

namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = DemoCalendar::SecondsPerDay;

// 1..8 lines, about 3.2 on average.
constexpr int kLineCountWeights[] = {20, 22, 20, 14, 10, 7, 4, 3};
constexpr int kDiscountWeights[] = {70, 15, 10, 5};
constexpr int kDiscounts[] = {0, 300, 500, 800};
constexpr ConfirmationChannel kChannels[] = {ConfirmationChannel::Phone, ConfirmationChannel::Email,
                                             ConfirmationChannel::WeChat, ConfirmationChannel::SignedDocument,
                                             ConfirmationChannel::InPerson};
constexpr int kChannelWeights[] = {4, 2, 4, 3, 1};
constexpr int kTaxRateBp = 1300; // 13% VAT

// The forward path of the lifecycle (OrderStatusMachine) that every demo order walks along.
constexpr OrderStatus kPath[] = {
    OrderStatus::Draft,        OrderStatus::AwaitingConfirmation,
    OrderStatus::Confirmed,    OrderStatus::Planned,
    OrderStatus::InProduction, OrderStatus::ReadyToShip,
    OrderStatus::Shipped,      OrderStatus::Delivered,
    OrderStatus::Completed,
};
constexpr int kStatusCount = 11;

std::string utf8(const QString& s)
{
    return s.toStdString();
}

std::string_view statusKey(OrderStatus s)
{
    static const std::array<std::string, kStatusCount> keys = [] {
        std::array<std::string, kStatusCount> out;
        for (OrderStatus status : OrderStatusInfo::all())
            out[size_t(status)] = utf8(OrderStatusInfo::key(status));
        return out;
    }();
    return keys[size_t(s)];
}

// Money::toDecimalString without the QString: "1234.50".
std::string_view decimalString(qint64 minor, char (&out)[32])
{
    const bool negative = minor < 0;
    quint64 value = negative ? quint64(0) - quint64(minor) : quint64(minor);
    char* end = out + sizeof out;
    char* p = end;
    for (int digits = 0; digits < 3 || value > 0; ++digits) {
        if (digits == 2)
            *--p = '.';
        *--p = char('0' + value % 10);
        value /= 10;
    }
    if (negative)
        *--p = '-';
    return {p, size_t(end - p)};
}

// Appends `text` as a JSON string: quoted, with quotes, backslashes and control characters
// escaped (the UTF-8 of names and remarks passes as it is).
void appendJsonString(std::string& out, std::string_view text)
{
    out.push_back('"');
    for (const char c : text) {
        if (c == '"' || c == '\\') {
            out.push_back('\\');
            out.push_back(c);
        } else if (static_cast<unsigned char>(c) < 0x20) {
            static const char hex[] = "0123456789abcdef";
            out.append("\\u00");
            out.push_back(hex[(c >> 4) & 0xf]);
            out.push_back(hex[c & 0xf]);
        } else {
            out.push_back(c);
        }
    }
    out.push_back('"');
}

std::string_view channelKey(int index)
{
    static const std::array<std::string, std::size(kChannels)> keys = [] {
        std::array<std::string, std::size(kChannels)> out;
        for (size_t i = 0; i < std::size(kChannels); ++i)
            out[i] = utf8(ConfirmationChannelInfo::key(kChannels[i]));
        return out;
    }();
    return keys[size_t(index)];
}

// Settlement follows from invoices and payments, and the demo has none yet: every order is not
// invoiced (a state saying "paid" with no payment behind it is what the database check reports).
std::string_view unbilledKey()
{
    static const std::string key = utf8(SettlementStatusInfo::key(SettlementStatus::Unbilled));
    return key;
}

} // namespace

void DemoOrderBuilder::shipAt(qint64 at)
{
    static const std::array<std::string, 4> carriers = {
        utf8(QStringLiteral("顺丰速运")), utf8(QStringLiteral("德邦物流")), utf8(QStringLiteral("中通快运")),
        utf8(QStringLiteral("自有车辆"))};
    int year = 0, month = 0, day = 0;
    const qint64 epochDay = DemoCalendar::chinaDay(at);
    DemoCalendar::civilFromDays(epochDay, &year, &month, &day);
    const qint64 number = ++m_lastShipmentNumber[year];
    const int length = std::snprintf(m_shipmentNo, sizeof m_shipmentNo, "SHP-%04d-%06lld", year,
                                     static_cast<long long>(number));
    // Carrier and tracking number follow from the number: drawing them would change every order
    // generated after this one.
    const int carrier = int(number % 4);
    m_shipment.shipmentNo = std::string_view(m_shipmentNo, size_t(length));
    m_shipment.shipDate = DemoCalendar::formatDate(epochDay, m_shipDate);
    m_shipment.carrier = carriers[size_t(carrier)];
    if (carrier == 3) {
        m_shipment.trackingNo = {};
    } else {
        const int tracking = std::snprintf(
            m_trackingNo, sizeof m_trackingNo, "%s%012lld",
            carrier == 0   ? "SF"
            : carrier == 1 ? "DPK"
                           : "ZTO",
            static_cast<long long>((quint64(number) * 2654435761u + quint64(year)) % 1'000'000'000'000));
        m_shipment.trackingNo = std::string_view(m_trackingNo, size_t(tracking));
    }
    m_shipment.deliveredOn = {};
    m_shipment.receivedBy = {};
    m_shipment.createdBy = m_logistics.id;
    m_shipment.createdAt = DemoCalendar::formatTimestamp(at, m_shipmentCreatedAt);
    m_shipmentCount = 1;
}

void DemoOrderBuilder::deliverAt(qint64 at, const Customer& customer)
{
    if (m_shipmentCount == 0)
        return;
    m_shipment.deliveredOn = DemoCalendar::formatDate(DemoCalendar::chinaDay(at), m_deliveredOn);
    m_shipment.receivedBy = customer.contact;
}

DemoOrderBuilder::DemoOrderBuilder(DemoRandom& random, const QList<StoredCustomer>& customers,
                                   const QList<StoredProduct>& products, const Staff& staff, qint64 cutoff)
    : m_random(random), m_cutoff(cutoff)
{
    for (const StoredProduct& p : products) {
        const od::Product& product = p.demo.product;
        m_productsByCategory[size_t(p.demo.category)].push_back(int(m_products.size()));
        m_products.push_back({p.id, utf8(product.sku), utf8(product.name), utf8(product.unit),
                              product.unitPrice.raw(), product.leadTimeDays, product.requiresSpec,
                              int(p.demo.category), p.demo.maxQuantity});
    }
    for (int c = 0; c < DemoCategoryCount; ++c) {
        for (const QString& phrase : DemoCatalog::specPhrases(DemoCategory(c)))
            m_specPhrases[size_t(c)].push_back(utf8(phrase));
    }
    for (const StoredCustomer& sc : customers) {
        Customer c{sc.id,
                   utf8(sc.demo.customer.code),
                   utf8(sc.demo.customer.name),
                   utf8(sc.demo.customer.contact),
                   sc.demo.ownerIndex,
                   sc.demo.customer.creditLimit.minor(),
                   DemoCustomers::categoryWeights(sc.demo.industry)};
        // A category the catalogue has nothing in can never be chosen.
        for (int k = 0; k < DemoCategoryCount; ++k) {
            if (m_productsByCategory[size_t(k)].empty())
                c.categoryWeights[size_t(k)] = 0;
        }
        m_customers.push_back(std::move(c));
        m_customerWeights.push_back(sc.demo.weight);
    }
    for (const StoredUser& u : staff.salespeople)
        m_salespeople.push_back({u.id, utf8(u.displayName)});
    m_manager = {staff.manager.id, utf8(staff.manager.displayName)};
    m_finance = {staff.financeClerk.id, utf8(staff.financeClerk.displayName)};
    m_logistics = staff.logisticsClerk.id > 0
                      ? Person{staff.logisticsClerk.id, utf8(staff.logisticsClerk.displayName)}
                      : m_manager;
    for (const QString& note : DemoCatalog::orderNotes())
        m_orderNotes.push_back(utf8(note));
    for (const QString& remark : DemoCatalog::confirmationRemarks())
        m_confirmationRemarks.push_back(utf8(remark));
    for (const char* reason :
         {"客户资金未到位", "客户要求暂停，现场未具备安装条件", "设计变更，等待客户确认新图纸"})
        m_holdReasons.emplace_back(reason);
    for (const char* reason : {"客户项目取消", "客户改选其他品牌", "价格未谈妥", "重复下单"})
        m_cancelReasons.emplace_back(reason);
    m_transitionData.resize(size_t(kStatusCount * kStatusCount));
    m_searchText.reserve(1024);
}

std::string_view DemoOrderBuilder::transitionData(std::string& buffer, OrderStatus from, OrderStatus to,
                                                  std::string_view note)
{
    if (note.empty()) {
        std::string& cached = m_transitionData[size_t(int(from) * kStatusCount + int(to))];
        if (!cached.empty())
            return cached;
        cached.assign("{\"from\":");
        appendJsonString(cached, statusKey(from));
        cached.append(",\"to\":");
        appendJsonString(cached, statusKey(to));
        cached.push_back('}');
        return cached;
    }
    buffer.assign("{\"from\":");
    appendJsonString(buffer, statusKey(from));
    if (!note.empty()) {
        buffer.append(",\"note\":");
        appendJsonString(buffer, note);
    }
    buffer.append(",\"to\":");
    appendJsonString(buffer, statusKey(to));
    buffer.push_back('}');
    return buffer;
}

std::string_view DemoOrderBuilder::confirmedData(const Customer& customer, int channel,
                                                 std::string_view confirmedAt, std::string_view remarks)
{
    m_confirmedData.assign("{\"channel\":");
    appendJsonString(m_confirmedData, channelKey(channel));
    m_confirmedData.append(",\"confirmed_at\":");
    appendJsonString(m_confirmedData, confirmedAt);
    m_confirmedData.append(",\"contact\":");
    appendJsonString(m_confirmedData, customer.contact);
    if (!remarks.empty()) {
        m_confirmedData.append(",\"remarks\":");
        appendJsonString(m_confirmedData, remarks);
    }
    m_confirmedData.push_back('}');
    return m_confirmedData;
}

qint64 DemoOrderBuilder::duringBusinessHours(qint64 unixSeconds)
{
    // People record things between 08:30 and 18:00 China time; later goes to the next morning.
    constexpr qint64 opening = 8 * kHour + 30 * 60;
    constexpr qint64 closing = 18 * kHour;
    const qint64 local = unixSeconds + DemoCalendar::ChinaOffsetSeconds;
    qint64 day = local / kDay;
    qint64 second = local % kDay;
    if (second < opening) {
        second = opening + m_random.between(0, 2 * kHour);
    } else if (second > closing) {
        ++day;
        second = opening + m_random.between(0, 2 * kHour);
    }
    return day * kDay + second - DemoCalendar::ChinaOffsetSeconds;
}

void DemoOrderBuilder::addEvent(qint64 at, const Person& by, std::string_view kind, std::string_view data)
{
    const int i = m_eventCount++;
    m_events[size_t(i)] = {DemoCalendar::formatTimestamp(at, m_eventTimes[i]), by.id, kind, 1, data};
}

void DemoOrderBuilder::chooseLines(const Customer& customer, bool bigOrder)
{
    m_lineCount = 1 + m_random.weighted(kLineCountWeights);
    for (int i = 0; i < m_lineCount; ++i) {
        const Product* product = nullptr;
        for (int attempt = 0; attempt < 6; ++attempt) {
            const auto& candidates =
                m_productsByCategory[size_t(m_random.weighted(customer.categoryWeights))];
            const Product* p =
                &m_products[size_t(candidates[size_t(m_random.between(0, qint64(candidates.size()) - 1))])];
            product = p;
            if (std::find(m_lineProducts.begin(), m_lineProducts.begin() + i, p) ==
                m_lineProducts.begin() + i)
                break; // not on the order yet
        }
        m_lineProducts[size_t(i)] = product;

        // Mostly a few of each; the square skews toward small quantities.
        const qint64 r = m_random.between(0, 999);
        qint64 units = 1 + product->maxQuantity * r * r / 1'000'000;
        if (bigOrder)
            units *= m_random.between(10, 30);
        qint64 price = product->unitPriceRaw;
        if (m_random.chance(100)) // a negotiated price, often with four decimals
            price = price * m_random.between(9000, 9800) / 10'000;

        BulkOrderLine& line = m_lines[size_t(i)];
        line.productId = product->id;
        line.quantityRaw = Quantity::fromUnits(units).raw();
        line.unit = product->unit;
        line.unitPriceRaw = price;
        line.discountBp = kDiscounts[m_random.weighted(kDiscountWeights)];
        line.requestedDate = {};
        describeLine(i, *product);
    }
}

void DemoOrderBuilder::describeLine(int lineIndex, const Product& product)
{
    std::string& text = m_descriptions[size_t(lineIndex)];
    text.clear();
    if (product.requiresSpec || m_random.chance(350)) {
        const auto& phrases = m_specPhrases[size_t(product.category)];
        const qint64 first = m_random.between(0, qint64(phrases.size()) - 1);
        text = phrases[size_t(first)];
        if (m_random.chance(300)) {
            const qint64 second = m_random.between(0, qint64(phrases.size()) - 1);
            if (second != first)
                text.append("，").append(phrases[size_t(second)]);
        }
    }
    m_lines[size_t(lineIndex)].description = text;
}

void DemoOrderBuilder::simulateLifecycle(const Customer& customer, const Person& salesperson,
                                         qint64 createdAt, int longestLead)
{
    // How long each step of the path takes for this order.
    const qint64 durations[] = {
        m_random.chance(850) ? m_random.between(1 * kHour, 30 * kHour) : m_random.between(2 * kDay, 6 * kDay),
        m_random.between(1 * kDay, 7 * kDay) + m_random.between(0, 8 * kHour),
        m_random.between(1 * kDay, 4 * kDay),
        m_random.between(1 * kDay, 5 * kDay),
        std::max<qint64>(1, longestLead * m_random.between(70, 120) / 100) * kDay +
            m_random.between(0, 8 * kHour),
        m_random.between(1 * kDay, 4 * kDay),
        m_random.between(1 * kDay, 5 * kDay),
        m_random.between(7 * kDay, 45 * kDay),
    };
    const bool abandoned = m_random.chance(8); // a quotation nobody followed up
    const int cancelAt = m_random.chance(30) ? int(m_random.between(0, 5)) : -1;
    const int holdAt = m_random.chance(40) ? int(m_random.between(2, 5)) : -1;
    const Person* stepUser[] = {&salesperson, &salesperson, &m_manager,   &m_manager,
                                &m_manager,   &m_logistics, &m_logistics, &m_finance};

    OrderStatus status = OrderStatus::Draft;
    std::optional<OrderStatus> heldFrom;
    qint64 t = createdAt;
    addEvent(t, salesperson, kindOf(OrderEventKind::Created), m_createdData);
    for (int k = 0; k < 8 && !abandoned; ++k) {
        if (k == cancelAt) {
            const qint64 at = duringBusinessHours(t + m_random.between(1 * kDay, 10 * kDay));
            if (at < m_cutoff) {
                const std::string& reason =
                    m_cancelReasons[size_t(m_random.between(0, qint64(m_cancelReasons.size()) - 1))];
                addEvent(at, salesperson, kindOf(OrderEventKind::StatusChanged),
                         transitionData(m_cancelData, status, OrderStatus::Cancelled, reason));
                status = OrderStatus::Cancelled;
            }
            break;
        }
        if (k == holdAt) {
            const qint64 heldAt = duringBusinessHours(t + m_random.between(1 * kDay, 5 * kDay));
            if (heldAt < m_cutoff) {
                const std::string& reason =
                    m_holdReasons[size_t(m_random.between(0, qint64(m_holdReasons.size()) - 1))];
                addEvent(heldAt, m_manager, kindOf(OrderEventKind::StatusChanged),
                         transitionData(m_holdData, status, OrderStatus::OnHold, reason));
                const qint64 resumedAt = duringBusinessHours(heldAt + m_random.between(7 * kDay, 75 * kDay));
                if (resumedAt >= m_cutoff) {
                    heldFrom = status;
                    status = OrderStatus::OnHold;
                    break;
                }
                addEvent(resumedAt, m_manager, kindOf(OrderEventKind::StatusChanged),
                         transitionData(m_holdData, OrderStatus::OnHold, status));
                t = resumedAt;
            }
        }
        const qint64 next = duringBusinessHours(t + durations[k]);
        if (next >= m_cutoff)
            break;
        t = next;
        const OrderStatus to = kPath[k + 1];
        if (to == OrderStatus::AwaitingConfirmation) {
            addEvent(t, salesperson, kindOf(OrderEventKind::Submitted));
        } else if (to == OrderStatus::Confirmed) {
            const int channel = m_random.weighted(kChannelWeights);
            const qint64 confirmedAt = t - m_random.between(0, 2 * kHour);
            const std::string_view remarks =
                m_confirmationRemarks[size_t(m_random.between(0, qint64(m_confirmationRemarks.size()) - 1))];
            char confirmedAtText[21];
            addEvent(t, salesperson, kindOf(OrderEventKind::Confirmed),
                     confirmedData(customer, channel,
                                   DemoCalendar::formatTimestamp(confirmedAt, confirmedAtText), remarks));
            m_confirmation.revision = 1;
            m_confirmation.contactName = customer.contact;
            m_confirmation.channel = channelKey(channel);
            m_confirmation.confirmedAt = DemoCalendar::formatTimestamp(confirmedAt, m_confirmedAt);
            m_confirmation.remarks = remarks;
            m_confirmation.recordedBy = salesperson.id;
            m_confirmation.recordedAt = m_events[size_t(m_eventCount - 1)].at;
            m_confirmationCount = 1;
            // The promise: what the customer asked for when the plant can make it, else the
            // earliest date it can.
            const qint64 feasibleDay = DemoCalendar::chinaDay(t) + longestLead + m_random.between(2, 7);
            m_order.promisedDate =
                DemoCalendar::formatDate(std::max(m_requestedDay, feasibleDay), m_promisedDate);
        } else {
            // Goods leave in a shipment carrying every line; the customer signs for it.
            if (to == OrderStatus::Shipped)
                shipAt(t);
            else if (to == OrderStatus::Delivered)
                deliverAt(t, customer);
            addEvent(t, *stepUser[k], kindOf(OrderEventKind::StatusChanged),
                     transitionData(m_cancelData, status, to));
        }
        status = to;
    }

    m_order.status = statusKey(status);
    m_order.heldFromStatus = heldFrom ? statusKey(*heldFrom) : std::string_view();
    m_order.settlementStatus = unbilledKey();
    m_order.lastSentRevision = m_eventCount > 1 && m_events[1].kind == "submitted" ? 1 : 0;
}

void DemoOrderBuilder::buildSearchText(const Customer& customer)
{
    // Exactly what OrderRepository::reindex writes: number, customer code and name, then per
    // line "sku name description", lines separated by single spaces.
    std::string& s = m_searchText;
    s.clear();
    s.append(m_order.orderNo).append(" ").append(customer.code).append(" ").append(customer.name).append(" ");
    for (int i = 0; i < m_lineCount; ++i) {
        if (i > 0)
            s.append(" ");
        const Product& p = *m_lineProducts[size_t(i)];
        s.append(p.sku).append(" ").append(p.name).append(" ").append(m_lines[size_t(i)].description);
    }
    m_order.searchText = s;
}

Money DemoOrderBuilder::computeAmounts()
{
    // The amounts as the app computes them: each line rounded, tax once on the sum.
    Money subtotal;
    for (int i = 0; i < m_lineCount; ++i) {
        BulkOrderLine& line = m_lines[size_t(i)];
        const Money amount = LineCalculator::lineAmount(Quantity::fromRaw(line.quantityRaw),
                                                        UnitPrice::fromRaw(line.unitPriceRaw),
                                                        BasisPoints::fromRaw(line.discountBp))
                                 .value_or(Money());
        line.amountMinor = amount.minor();
        subtotal += amount;
    }
    return subtotal;
}

const BulkOrder& DemoOrderBuilder::build(qint64 createdAt, std::string_view orderNo)
{
    m_eventCount = 0;
    m_confirmationCount = 0;
    m_shipmentCount = 0;
    m_order.promisedDate = {};

    const Customer& customer = m_customers[size_t(m_random.weighted(m_customerWeights))];
    const Person& salesperson =
        m_random.chance(900) ? m_salespeople[size_t(customer.ownerIndex) % m_salespeople.size()]
                             : m_salespeople[size_t(m_random.between(0, qint64(m_salespeople.size()) - 1))];
    const bool bigOrder = m_random.chance(16); // a project order, a few per five hundred
    chooseLines(customer, bigOrder);

    int longestLead = 0;
    for (int i = 0; i < m_lineCount; ++i)
        longestLead = std::max(longestLead, m_lineProducts[size_t(i)]->leadTimeDays);
    const qint64 orderDay = DemoCalendar::chinaDay(createdAt);
    // Usually enough time to make it; now and then a customer who needs it sooner than that.
    const qint64 requestedDay =
        m_random.chance(50) ? orderDay + std::max<qint64>(1, longestLead * m_random.between(30, 80) / 100)
                            : orderDay + longestLead + m_random.between(5, 30);
    m_order.orderDate = DemoCalendar::formatDate(orderDay, m_orderDate);
    m_order.requestedDate = DemoCalendar::formatDate(requestedDay, m_requestedDate);
    m_requestedDay = requestedDay;
    for (int i = 0; i < m_lineCount; ++i) {
        if (m_random.chance(40)) // a later delivery for part of the order
            m_lines[size_t(i)].requestedDate =
                DemoCalendar::formatDate(requestedDay + m_random.between(7, 30), m_lineDates[i]);
    }

    Money subtotal = computeAmounts();
    if (bigOrder && customer.creditLimitMinor > 0 && subtotal.minor() > 0 &&
        subtotal.minor() <= customer.creditLimitMinor) {
        // A project order beyond what the customer's credit limit allows: the case the intake
        // rules warn about and a manager has to approve.
        const qint64 factor = customer.creditLimitMinor / subtotal.minor() + 1 + m_random.between(0, 1);
        for (int i = 0; i < m_lineCount; ++i)
            m_lines[size_t(i)].quantityRaw *= factor;
        subtotal = computeAmounts();
    }
    const Money tax = LineCalculator::tax(subtotal, BasisPoints::fromRaw(kTaxRateBp)).value_or(Money());

    m_order.orderNo = orderNo;
    m_order.customerId = customer.id;
    m_order.salespersonId = salesperson.id;
    m_order.customerName = customer.name;
    m_order.salespersonName = salesperson.name;
    m_order.revision = 1;
    m_order.currency = "CNY";
    m_order.taxRateBp = kTaxRateBp;
    m_order.notes =
        m_random.chance(80)
            ? std::string_view(m_orderNotes[size_t(m_random.between(0, qint64(m_orderNotes.size()) - 1))])
            : std::string_view();
    m_order.subtotalMinor = subtotal.minor();
    m_order.taxMinor = tax.minor();
    m_order.totalMinor = (subtotal + tax).minor();
    m_order.createdAt = DemoCalendar::formatTimestamp(createdAt, m_createdAt);
    m_createdData.assign("{\"currency\":\"CNY\",\"lines\":");
    m_createdData.append(std::to_string(m_lineCount));
    m_createdData.append(",\"total\":");
    appendJsonString(m_createdData, decimalString(m_order.totalMinor, m_totalText));
    m_createdData.push_back('}');

    simulateLifecycle(customer, salesperson, createdAt, longestLead);

    m_order.version = m_eventCount;
    m_order.updatedAt = m_events[size_t(m_eventCount - 1)].at;
    m_order.lines = std::span<const BulkOrderLine>(m_lines.data(), size_t(m_lineCount));
    m_order.events = std::span<const BulkOrderEvent>(m_events.data(), size_t(m_eventCount));
    m_order.confirmations = std::span<const BulkConfirmation>(&m_confirmation, size_t(m_confirmationCount));
    m_order.shipments = std::span<const BulkShipment>(&m_shipment, size_t(m_shipmentCount));
    buildSearchText(customer);
    return m_order;
}

} // namespace od
