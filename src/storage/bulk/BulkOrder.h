#pragma once

#include <QtGlobal>

#include <span>
#include <string_view>

namespace od {

// One order as the bulk writer stores it: the columns of orders, order_lines, order_events and
// confirmations, already computed. Text is UTF-8 borrowed from the caller for the duration of
// the insert (the writer binds it without copying); an empty date means SQL NULL.
struct BulkOrderLine
{
    qint64 productId = 0;
    std::string_view description;
    qint64 quantityRaw = 0;
    std::string_view unit;
    qint64 unitPriceRaw = 0;
    int discountBp = 0;
    qint64 amountMinor = 0;
    std::string_view requestedDate;
};

struct BulkOrderEvent
{
    std::string_view at;
    qint64 userId = 0;
    std::string_view kind;
    int revision = 1;
    std::string_view data; // the event's facts as JSON (OrderEventText), "" for none
};

struct BulkConfirmation
{
    int revision = 1;
    std::string_view contactName;
    std::string_view channel;
    std::string_view confirmedAt;
    std::string_view remarks;
    qint64 recordedBy = 0;
    std::string_view recordedAt;
};

// A shipment carrying every line of the order in full (the demo ships each order at once).
struct BulkShipment
{
    std::string_view shipmentNo;
    std::string_view shipDate;
    std::string_view carrier;
    std::string_view trackingNo;
    std::string_view deliveredOn; // "" = in transit
    std::string_view receivedBy;
    qint64 createdBy = 0;
    std::string_view createdAt;
};

struct BulkOrder
{
    std::string_view orderNo;
    qint64 customerId = 0;
    qint64 salespersonId = 0;
    std::string_view customerName;
    std::string_view salespersonName;
    std::string_view status;
    std::string_view heldFromStatus;
    std::string_view settlementStatus;
    std::string_view orderDate;
    std::string_view requestedDate;
    std::string_view promisedDate;
    int revision = 1;
    int lastSentRevision = 0;
    std::string_view currency;
    int taxRateBp = 0;
    std::string_view notes;
    qint64 subtotalMinor = 0;
    qint64 taxMinor = 0;
    qint64 totalMinor = 0;
    int version = 1;
    std::string_view createdAt;
    std::string_view updatedAt;
    std::span<const BulkOrderLine> lines;
    std::span<const BulkOrderEvent> events;
    std::span<const BulkConfirmation> confirmations;
    std::span<const BulkShipment> shipments;
    // The order_search row, the same text OrderRepository::reindex builds.
    std::string_view searchText;
};

} // namespace od
