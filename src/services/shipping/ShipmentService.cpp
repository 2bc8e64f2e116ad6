#include "ShipmentService.h"

#include "ClosedPeriodRepository.h"
#include "CreditControlService.h"
#include "CustomerService.h"
#include "DocumentNumberAllocator.h"
#include "FinishedLines.h"
#include "OrderAccess.h"
#include "OrderChange.h"
#include "OrderEventText.h"
#include "OrderPlanRepository.h"
#include "Permissions.h"
#include "SettingsService.h"
#include "ShipmentRepository.h"
#include "SplitShipmentTaskRepository.h"

#include <algorithm>

namespace od {

namespace {

// "1=5, 2=3.5": the lines a shipment carries, for its audit record.
QString linesText(const QList<ShipmentLine>& lines)
{
    QStringList parts;
    for (const ShipmentLine& l : lines)
        parts << QStringLiteral("%1=%2").arg(l.orderLineNo).arg(l.quantity.toDecimalString());
    return parts.join(QStringLiteral(", "));
}

// Moves the order to `to` as a consequence of its shipments, with its own timeline event.
Status follow(OrderChange& change, OrderStatus to)
{
    const OrderStatus from = change.order().status;
    if (auto ok = change.moveTo(to); !ok)
        return ok;
    OrderEvent moved;
    OrderEventText::statusChanged(moved, from, to, {});
    return change.record(moved, QStringLiteral("order.status"),
                         {{QStringLiteral("status"), OrderStatusInfo::key(from), OrderStatusInfo::key(to)}});
}

// What production has finished of each line of the order's committed plan.
Result<QMap<int, Quantity>> finishedOf(Database& db, qint64 orderId)
{
    auto plan = OrderPlanRepository(db).committedForOrder(orderId);
    if (!plan)
        return std::unexpected(plan.error());
    if (!*plan)
        return QMap<int, Quantity>();
    return FinishedLines::of((*plan)->steps);
}

} // namespace

Status ShipmentService::requireVisible(qint64 salespersonId)
{
    if (OrderAccess(m_session).requireRead(salespersonId))
        return {};
    return std::unexpected(Error::notFound(tr("The order does not exist, or it is not yours to see.")));
}

Status ShipmentService::checkDate(const QDate& date, const QString& field)
{
    if (!date.isValid())
        return std::unexpected(Error::invalid(
            field == QLatin1String("ship_date") ? tr("Enter the ship date.") : tr("Enter the delivery date."),
            field));
    if (date > m_session.today())
        return std::unexpected(
            Error::invalid(tr("%1 is in the future: record what has happened, on the day it happened.")
                               .arg(date.toString(Qt::ISODate)),
                           field));
    auto lock = ClosedPeriodRepository(m_session.db()).lock();
    if (!lock)
        return std::unexpected(lock.error());
    if (auto ok = lock->check(date); !ok)
        return std::unexpected(Error::invalid(ok.error().message, field));
    return {};
}

Result<QList<ReadyOrder>> ShipmentService::readyToShip(int limit)
{
    if (auto ok = Permissions::require(m_session, Permission::ShipOrders); !ok)
        return std::unexpected(ok.error());
    auto ready = ShipmentRepository(m_session.db()).readyToShip(limit);
    if (!ready)
        return std::unexpected(ready.error());
    // Orders still in production whose finished lines the manager asked to send ahead come first:
    // the manager asked for them now, and a long list of ready orders must not hide them.
    auto tasks = SplitShipmentTaskRepository(m_session.db()).open(limit);
    if (!tasks)
        return std::unexpected(tasks.error());
    ShipmentRepository shipments(m_session.db());
    QList<ReadyOrder> out;
    for (const SplitShipmentTask& t : std::as_const(*tasks)) {
        if (t.orderStatus != OrderStatus::InProduction)
            continue; // ready since: listed with the others
        auto before = shipments.forOrder(t.orderId);
        if (!before)
            return std::unexpected(before.error());
        out << ReadyOrder{t.orderId, t.orderNo, t.customerName, t.promisedDate, int(before->size()), true};
    }
    out << *ready;
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

Result<QMap<int, Quantity>> ShipmentService::leavingNow(qint64 orderId)
{
    if (auto ok = Permissions::require(m_session, Permission::ShipOrders); !ok)
        return std::unexpected(ok.error());
    auto order = OrderRepository(m_session.db()).load(orderId);
    if (!order)
        return std::unexpected(order.error());
    if (!*order)
        return std::unexpected(Error::notFound(tr("The order no longer exists.")));
    auto lines = ShipmentRepository(m_session.db()).shippableLines(orderId);
    if (!lines)
        return std::unexpected(lines.error());
    QMap<int, Quantity> out;
    if ((*order)->status == OrderStatus::ReadyToShip) {
        for (const ShippableLine& l : std::as_const(*lines))
            out.insert(l.lineNo, l.remaining());
        return out;
    }
    if ((*order)->status != OrderStatus::InProduction)
        return out;
    auto finished = finishedOf(m_session.db(), orderId);
    if (!finished)
        return std::unexpected(finished.error());
    for (const ShippableLine& l : std::as_const(*lines))
        out.insert(l.lineNo,
                   Quantity::fromRaw(qMax<qint64>(0, finished->value(l.lineNo).raw() - l.shipped.raw())));
    return out;
}

Status ShipmentService::checkFinished(const Order& order, const Shipment& shipment,
                                      const QList<ShippableLine>& lines)
{
    auto finished = finishedOf(m_session.db(), order.id);
    if (!finished)
        return std::unexpected(finished.error());
    for (const ShipmentLine& l : shipment.lines) {
        const auto line = std::find_if(lines.cbegin(), lines.cend(),
                                       [&](const ShippableLine& s) { return s.lineNo == l.orderLineNo; });
        const Quantity shipped = line == lines.cend() ? Quantity() : line->shipped;
        const Quantity done = finished->value(l.orderLineNo);
        if (shipped.raw() + l.quantity.raw() <= done.raw())
            continue;
        const Quantity canLeave = Quantity::fromRaw(qMax<qint64>(0, done.raw() - shipped.raw()));
        return std::unexpected(Error::invalid(
            shipped.isPositive()
                ? tr("Only %1 of line %2 is finished and %3 has left already: %4 is still in production, at "
                     "most %5 more can leave now.")
                      .arg(done.toDecimalString())
                      .arg(l.orderLineNo)
                      .arg(shipped.toDecimalString(), order.orderNo, canLeave.toDecimalString())
                : tr("Only %1 of line %2 is finished: %3 is still in production, at most %1 can leave now.")
                      .arg(done.toDecimalString())
                      .arg(l.orderLineNo)
                      .arg(order.orderNo),
            QStringLiteral("lines")));
    }
    return {};
}

Result<QList<Shipment>> ShipmentService::inTransit(int limit)
{
    if (auto ok = Permissions::require(m_session, Permission::ShipOrders); !ok)
        return std::unexpected(ok.error());
    return ShipmentRepository(m_session.db()).inTransit(limit);
}

Result<QList<Shipment>> ShipmentService::recent(bool openOnly, int limit)
{
    if (!OrderAccess(m_session).seesAllOrders() && !Permissions::allows(m_session, Permission::ShipOrders))
        return std::unexpected(
            Error::invalid(tr("You see only your own orders: ask for the shipments of one of them."),
                           QStringLiteral("order")));
    return ShipmentRepository(m_session.db()).recent(openOnly, limit);
}

Result<QList<Shipment>> ShipmentService::forOrder(qint64 orderId)
{
    auto order = OrderRepository(m_session.db()).load(orderId);
    if (!order)
        return std::unexpected(order.error());
    if (!*order)
        return std::unexpected(Error::notFound(tr("The order no longer exists.")));
    if (auto ok = requireVisible((*order)->salespersonId); !ok)
        return std::unexpected(ok.error());
    return ShipmentRepository(m_session.db()).forOrder(orderId);
}

Result<QList<ShippableLine>> ShipmentService::shippableLines(qint64 orderId)
{
    auto order = OrderRepository(m_session.db()).load(orderId);
    if (!order)
        return std::unexpected(order.error());
    if (!*order)
        return std::unexpected(Error::notFound(tr("The order no longer exists.")));
    if (auto ok = requireVisible((*order)->salespersonId); !ok)
        return std::unexpected(ok.error());
    return ShipmentRepository(m_session.db()).shippableLines(orderId);
}

Result<Shipment> ShipmentService::shipment(const QString& shipmentNo)
{
    auto found = ShipmentRepository(m_session.db()).byNumber(shipmentNo.trimmed());
    if (!found)
        return std::unexpected(found.error());
    const QString missing = tr("There is no shipment %1.").arg(shipmentNo.trimmed());
    if (!*found)
        return std::unexpected(Error::notFound(missing));
    auto order = OrderRepository(m_session.db()).load((*found)->orderId);
    if (!order)
        return std::unexpected(order.error());
    // A shipment of an order one may not see answers as a missing one.
    if (!*order || !OrderAccess(m_session).requireRead((*order)->salespersonId))
        return std::unexpected(Error::notFound(missing));
    return **found;
}

Result<Shipment> ShipmentService::ship(Shipment shipment, int expectedVersion)
{
    if (auto ok = Permissions::require(m_session, Permission::ShipOrders); !ok)
        return std::unexpected(ok.error());
    auto opened = OrderChange::open(m_session, shipment.orderId, expectedVersion);
    if (!opened)
        return std::unexpected(opened.error());
    OrderChange& change = **opened;
    const Order& order = change.before();
    if (order.status != OrderStatus::ReadyToShip && order.status != OrderStatus::InProduction)
        return std::unexpected(Error::conflict(
            tr("Order %1 is \"%2\": only an order ready to ship can leave; production reports it ready when "
               "its last step is finished.")
                .arg(order.orderNo, OrderStatusInfo::displayName(order.status))));
    // Goods do not leave for a customer on credit hold unless a manager released it.
    if (auto ok = CreditControlService(m_session).requireNotOnHold(order.customerId); !ok)
        return std::unexpected(ok.error());
    shipment.carrier = shipment.carrier.trimmed();
    shipment.trackingNo = shipment.trackingNo.trimmed();
    shipment.note = shipment.note.trimmed();
    ShipmentRepository shipments(m_session.db());
    auto lines = shipments.shippableLines(order.id);
    if (!lines)
        return std::unexpected(lines.error());
    if (auto ok = ShipmentRules::check(shipment, *lines); !ok)
        return std::unexpected(ok.error());
    if (order.status == OrderStatus::InProduction)
        if (auto ok = checkFinished(order, shipment, *lines); !ok)
            return std::unexpected(ok.error());
    if (auto ok = checkDate(shipment.shipDate, QStringLiteral("ship_date")); !ok)
        return std::unexpected(ok.error());
    auto number = DocumentNumberAllocator(m_session.db())
                      .next(DocumentNumberAllocator::Kind::Shipment, QString::fromLatin1(NumberPrefix),
                            shipment.shipDate.year());
    if (!number)
        return std::unexpected(number.error());
    shipment.shipmentNo = *number;
    shipment.orderNo = order.orderNo;
    shipment.createdBy = m_session.user().id;
    shipment.createdAt = QDateTime::currentDateTimeUtc();
    shipment.deliveredOn = QDate();
    shipment.receivedBy.clear();
    shipment.receipt.clear();
    if (auto ok = shipments.insert(shipment); !ok)
        return std::unexpected(ok.error());

    OrderEvent event;
    OrderEventText::shipped(event, shipment.shipmentNo, shipment.carrier, shipment.trackingNo,
                            shipment.shipDate, linesText(shipment.lines));
    QList<FieldChange> changes{
        {QStringLiteral("shipment_no"), QString(), shipment.shipmentNo},
        {QStringLiteral("ship_date"), QString(), shipment.shipDate.toString(Qt::ISODate)},
        {QStringLiteral("carrier"), QString(), shipment.carrier},
        {QStringLiteral("lines"), QString(), linesText(shipment.lines)}};
    if (!shipment.trackingNo.isEmpty())
        changes << FieldChange{QStringLiteral("tracking_no"), QString(), shipment.trackingNo};
    if (!shipment.note.isEmpty())
        changes << FieldChange{QStringLiteral("note"), QString(), shipment.note};
    if (auto ok = change.record(event, QStringLiteral("order.ship"), changes); !ok)
        return std::unexpected(ok.error());
    auto facts = change.facts();
    if (!facts)
        return std::unexpected(facts.error());
    // An order still in production stays so until the rest is ready, whatever has left.
    if (facts->everyLineShipped && order.status == OrderStatus::ReadyToShip)
        if (auto ok = follow(change, OrderStatus::Shipped); !ok)
            return std::unexpected(ok.error());
    // A "ship the finished lines" task is done once its lines have left.
    if (auto ok = SplitShipmentTaskRepository(m_session.db()).closeShipped(order.id, shipment.createdAt); !ok)
        return std::unexpected(ok.error());
    if (auto ok = change.commit(); !ok)
        return std::unexpected(ok.error());
    return shipment;
}

Result<Shipment> ShipmentService::deliver(const QString& shipmentNo, const DeliveryReceipt& receipt)
{
    if (auto ok = Permissions::require(m_session, Permission::ShipOrders); !ok)
        return std::unexpected(ok.error());
    auto found = shipment(shipmentNo);
    if (!found)
        return std::unexpected(found.error());
    auto opened = OrderChange::open(m_session, found->orderId);
    if (!opened)
        return std::unexpected(opened.error());
    OrderChange& change = **opened;
    ShipmentRepository shipments(m_session.db());
    // Read again inside the transaction: someone may have recorded it since.
    auto current = shipments.byNumber(found->shipmentNo);
    if (!current)
        return std::unexpected(current.error());
    if (!*current)
        return std::unexpected(Error::notFound(tr("There is no shipment %1.").arg(found->shipmentNo)));
    Shipment s = **current;
    if (s.isDelivered())
        return std::unexpected(
            Error::conflict(tr("Shipment %1 was delivered on %2 already (signed by %3).")
                                .arg(s.shipmentNo, s.deliveredOn.toString(Qt::ISODate),
                                     s.receivedBy.isEmpty() ? tr("no name") : s.receivedBy)));
    if (auto ok = checkDate(receipt.deliveredOn, QStringLiteral("delivered_on")); !ok)
        return std::unexpected(ok.error());
    if (receipt.deliveredOn < s.shipDate)
        return std::unexpected(Error::invalid(tr("Shipment %1 left on %2: it cannot have arrived on %3.")
                                                  .arg(s.shipmentNo, s.shipDate.toString(Qt::ISODate),
                                                       receipt.deliveredOn.toString(Qt::ISODate)),
                                              QStringLiteral("delivered_on")));
    if (auto ok = ShipmentRules::checkReceipt(receipt.receivedBy, receipt.receipt); !ok)
        return std::unexpected(ok.error());
    s.deliveredOn = receipt.deliveredOn;
    s.receivedBy = receipt.receivedBy.trimmed();
    s.receipt = receipt.receipt.trimmed();
    if (auto ok = shipments.markDelivered(s.id, s.deliveredOn, s.receivedBy, s.receipt); !ok)
        return std::unexpected(ok.error());

    OrderEvent event;
    OrderEventText::delivered(event, s.shipmentNo, s.deliveredOn, s.receivedBy, s.receipt);
    QList<FieldChange> changes{
        {QStringLiteral("shipment_no"), QString(), s.shipmentNo},
        {QStringLiteral("delivered_on"), QString(), s.deliveredOn.toString(Qt::ISODate)}};
    if (!s.receivedBy.isEmpty())
        changes << FieldChange{QStringLiteral("received_by"), QString(), s.receivedBy};
    if (!s.receipt.isEmpty())
        changes << FieldChange{QStringLiteral("receipt"), QString(), s.receipt};
    if (auto ok = change.record(event, QStringLiteral("order.deliver"), changes); !ok)
        return std::unexpected(ok.error());
    if (change.order().status == OrderStatus::Shipped) {
        auto facts = change.facts();
        if (!facts)
            return std::unexpected(facts.error());
        if (facts->undeliveredShipments == 0)
            if (auto ok = follow(change, OrderStatus::Delivered); !ok)
                return std::unexpected(ok.error());
    }
    if (auto ok = change.commit(); !ok)
        return std::unexpected(ok.error());
    return s;
}

Result<DeliveryNoteSource> ShipmentService::deliveryNote(const QString& shipmentNo)
{
    if (auto ok = Permissions::require(m_session, Permission::ShipOrders); !ok)
        return std::unexpected(ok.error());
    auto found = shipment(shipmentNo);
    if (!found)
        return std::unexpected(found.error());
    auto order = OrderRepository(m_session.db()).load(found->orderId);
    if (!order)
        return std::unexpected(order.error());
    if (!*order)
        return std::unexpected(Error::notFound(tr("The order no longer exists.")));
    ShipmentRepository shipments(m_session.db());
    auto lines = shipments.shippableLines(found->orderId);
    if (!lines)
        return std::unexpected(lines.error());
    // A note printed again later still says what was to come after this shipment.
    auto all = shipments.forOrder(found->orderId);
    if (!all)
        return std::unexpected(all.error());
    for (ShippableLine& line : *lines) {
        qint64 upToThis = 0;
        for (const Shipment& earlier : *all)
            if (earlier.id <= found->id)
                for (const ShipmentLine& l : earlier.lines)
                    if (l.orderLineNo == line.lineNo)
                        upToThis += l.quantity.raw();
        line.shipped = Quantity::fromRaw(upToThis);
    }
    auto customer = CustomerService(m_session).byId((*order)->customerId);
    if (!customer)
        return std::unexpected(customer.error());
    // The goods go to the order's own delivery address when it has one.
    if (!(*order)->deliveryAddress.isEmpty())
        customer->address = (*order)->deliveryAddress;
    auto company = SettingsService(m_session).company();
    if (!company)
        return std::unexpected(company.error());
    return DeliveryNoteSource{*found, *lines, *customer, *company};
}

} // namespace od
