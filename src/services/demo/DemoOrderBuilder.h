#pragma once

#include "BulkOrder.h"
#include "DemoCatalog.h"
#include "DemoCustomers.h"
#include "DemoRandom.h"
#include "OrderStatus.h"

#include <QCoreApplication>
#include <QList>

#include <array>
#include <map>
#include <string>
#include <vector>

namespace od {

// Makes one demo order at a time: customer, lines, dates, how far it has come through the
// lifecycle by today (with its timeline, confirmation and settlement), amounts computed by
// LineCalculator as the app computes them, and its search text. Strings are kept as UTF-8 and
// reused from order to order, so a million orders cost little more than the database writes.
class DemoOrderBuilder
{
public:
    struct StoredUser
    {
        qint64 id = 0;
        QString displayName;
    };
    struct StoredCustomer
    {
        qint64 id = 0;
        DemoCustomer demo;
    };
    struct StoredProduct
    {
        qint64 id = 0;
        DemoProduct demo;
    };
    struct Staff
    {
        QList<StoredUser> salespeople;
        StoredUser manager;
        StoredUser financeClerk;
        StoredUser logisticsClerk; // ships and records deliveries (the manager when there is none)
    };

    DemoOrderBuilder(DemoRandom& random, const QList<StoredCustomer>& customers,
                     const QList<StoredProduct>& products, const Staff& staff, qint64 cutoff);

    // The order created at `createdAt` (Unix seconds) with number `orderNo`. The result and
    // the text it points to stay valid until the next call.
    const BulkOrder& build(qint64 createdAt, std::string_view orderNo);
    // The last shipment number given in each year (SHP-YYYY-NNNNNN, gap-free per year).
    const std::map<int, qint64>& lastShipmentNumbers() const { return m_lastShipmentNumber; }

private:
    struct Customer
    {
        qint64 id;
        std::string code, name, contact;
        int ownerIndex;
        qint64 creditLimitMinor; // 0 = no limit
        std::array<int, DemoCategoryCount> categoryWeights;
    };
    struct Product
    {
        qint64 id;
        std::string sku, name, unit;
        qint64 unitPriceRaw;
        int leadTimeDays;
        bool requiresSpec;
        int category;
        int maxQuantity;
    };
    struct Person
    {
        qint64 id;
        std::string name;
    };
    struct Step
    {
        OrderStatus status;
        qint64 at;
    };

    void chooseLines(const Customer& customer, bool bigOrder);
    void describeLine(int lineIndex, const Product& product);
    Money computeAmounts();
    void simulateLifecycle(const Customer& customer, const Person& salesperson, qint64 createdAt,
                           int longestLead);
    qint64 duringBusinessHours(qint64 unixSeconds);
    void addEvent(qint64 at, const Person& by, std::string_view kind, std::string_view data = {});
    // The facts of the timeline's events as JSON, worded in the reader's language when shown.
    std::string_view transitionData(std::string& buffer, OrderStatus from, OrderStatus to,
                                    std::string_view note = {});
    std::string_view confirmedData(const Customer& customer, int channel, std::string_view confirmedAt,
                                   std::string_view remarks);
    void buildSearchText(const Customer& customer);

    DemoRandom& m_random;
    qint64 m_cutoff;
    std::vector<Customer> m_customers;
    std::vector<int> m_customerWeights;
    std::vector<Product> m_products;
    std::array<std::vector<int>, DemoCategoryCount> m_productsByCategory;
    std::array<std::vector<std::string>, DemoCategoryCount> m_specPhrases;
    std::vector<std::string> m_orderNotes;
    std::vector<std::string> m_confirmationRemarks;
    std::vector<std::string> m_holdReasons;
    std::vector<std::string> m_cancelReasons;
    std::vector<Person> m_salespeople;
    Person m_manager;
    Person m_finance;
    Person m_logistics;

    // The order being built; everything below is overwritten by the next build().
    BulkOrder m_order;
    int m_lineCount = 0;
    std::array<const Product*, 8> m_lineProducts{};
    std::array<BulkOrderLine, 8> m_lines;
    std::array<std::string, 8> m_descriptions;
    char m_lineDates[8][11] = {};
    int m_eventCount = 0;
    std::array<BulkOrderEvent, 16> m_events;
    char m_eventTimes[16][21] = {};
    BulkConfirmation m_confirmation;
    int m_confirmationCount = 0;
    void shipAt(qint64 at);
    void deliverAt(qint64 at, const Customer& customer);
    BulkShipment m_shipment;
    int m_shipmentCount = 0;
    std::map<int, qint64> m_lastShipmentNumber;
    char m_shipmentNo[32] = {};
    char m_shipDate[11] = {};
    char m_deliveredOn[11] = {};
    char m_trackingNo[24] = {};
    char m_shipmentCreatedAt[21] = {};
    std::string m_createdData, m_confirmedData, m_holdData, m_cancelData;
    std::vector<std::string> m_transitionData; // [from * statusCount + to] without a note, on first use
    char m_createdAt[21] = {};
    char m_totalText[32] = {};
    char m_confirmedAt[21] = {};
    char m_orderDate[11] = {};
    char m_requestedDate[11] = {};
    qint64 m_requestedDay = 0;
    char m_promisedDate[11] = {};
    std::string m_searchText;
};

} // namespace od
