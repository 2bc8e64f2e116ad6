#include "OrderIntakeService.h"

#include "AuditTrail.h"
#include "CustomerRepository.h"
#include "Logging.h"
#include "Permissions.h"
#include "OrderNumberAllocator.h"
#include "OrderAccess.h"
#include "OrderDiff.h"
#include "OrderRepository.h"
#include "OrderSnapshot.h"
#include "OrderValidator.h"
#include "ProductRepository.h"
#include "SettingsService.h"

namespace od {

Order OrderIntakeService::newDraft()
{
    Order order;
    order.salespersonId = m_session.user().id;
    order.salespersonName = m_session.user().displayName;
    order.orderDate = m_session.today();
    if (auto company = SettingsService(m_session.db()).company()) {
        order.taxRate = company->defaultTaxRate;
        order.currency = company->currency;
    }
    return order;
}

Result<Order> OrderIntakeService::load(qint64 orderId)
{
    auto order = OrderRepository(m_session.db()).loadExisting(orderId);
    if (!order)
        return std::unexpected(order.error());
    if (auto ok = OrderAccess(m_session).requireRead(order->salespersonId); !ok)
        return std::unexpected(ok.error());
    return *order;
}

Result<Order> OrderIntakeService::loadByNumber(const QString& orderNo)
{
    auto id = OrderRepository(m_session.db()).idByNumber(orderNo);
    if (!id)
        return std::unexpected(id.error());
    const Error noSuchOrder = Error::notFound(tr("There is no order %1.").arg(orderNo.trimmed()));
    if (!*id)
        return std::unexpected(noSuchOrder);
    auto order = load(**id);
    // An order the user may not see answers exactly like one that does not exist: looking up
    // numbers must not tell a salesperson which of a colleague's orders exist.
    if (!order && order.error().kind == Error::Kind::Forbidden)
        return std::unexpected(noSuchOrder);
    return order;
}

Result<ValidationReport> OrderIntakeService::validate(Order& order)
{
    OrderValidationContext context;
    context.today = m_session.today();
    if (order.customerId > 0) {
        auto customer = CustomerRepository(m_session.db()).byId(order.customerId);
        if (!customer)
            return std::unexpected(customer.error());
        context.customer = *customer;
        auto open = CustomerRepository(m_session.db()).openOrdersTotal(order.customerId, order.id);
        if (!open)
            return std::unexpected(open.error());
        context.otherOpenOrdersTotal = *open;
    }
    QList<qint64> productIds;
    for (const OrderLine& line : order.lines)
        if (line.productId > 0 && !productIds.contains(line.productId))
            productIds << line.productId;
    auto products = ProductRepository(m_session.db()).byIds(productIds);
    if (!products)
        return std::unexpected(products.error());
    context.products = *products;
    for (OrderLine& line : order.lines) {
        const auto p = context.products.constFind(line.productId);
        if (p != context.products.cend()) {
            line.productSku = p->sku;
            line.productName = p->name;
            if (line.unit.isEmpty())
                line.unit = p->unit;
        }
    }
    return OrderValidator::validate(order, context);
}

Result<OrderIntakeService::SaveOutcome> OrderIntakeService::saveDraft(Order& order, bool acceptWarnings)
{
    return save(order, acceptWarnings, false);
}

Result<OrderIntakeService::SaveOutcome> OrderIntakeService::submitForConfirmation(Order& order, bool acceptWarnings)
{
    return save(order, acceptWarnings, true);
}

Result<OrderIntakeService::SaveOutcome> OrderIntakeService::save(Order& input, bool acceptWarnings, bool submit)
{
    // Work on a copy: a refused or failed save leaves the caller's order exactly as typed.
    Order order = input;
    if (order.salespersonId == 0)
        order.salespersonId = m_session.user().id;
    for (int i = 0; i < order.lines.size(); ++i)
        order.lines[i].lineNo = i + 1;

    SaveOutcome outcome;
    auto report = validate(order);
    if (!report)
        return std::unexpected(report.error());
    outcome.report = *report;
    if (outcome.report.hasErrors() || (outcome.report.hasWarnings() && !acceptWarnings))
        return outcome;

    if (submit && outcome.report.contains(QStringLiteral("credit_limit"))) {
        if (auto ok = Permissions::require(m_session, Permission::OverrideCreditLimit); !ok)
            return std::unexpected(Error{Error::Kind::Forbidden,
                                         tr("This order takes the customer over its credit limit: a manager must "
                                            "send it. Save it as a draft and ask your manager."),
                                         QStringLiteral("customer")});
    }

    Database& db = m_session.db();
    OrderRepository orders(db);
    Transaction tx(db);
    if (!tx.isActive())
        return std::unexpected(tx.beginError());

    OrderEvent event;
    event.userId = m_session.user().id;
    QString action;
    QList<FieldChange> changes;
    if (order.id == 0) {
        if (auto ok = Permissions::requireOrderEdit(m_session, order.salespersonId); !ok)
            return std::unexpected(ok.error());
        auto company = SettingsService(db).company();
        if (!company)
            return std::unexpected(company.error());
        auto number = OrderNumberAllocator(db).next(company->orderPrefix, order.orderDate.year());
        if (!number)
            return std::unexpected(number.error());
        order.orderNo = *number;
        order.status = OrderStatus::Draft;
        order.revision = 1;
        order.lastSentRevision = 0;
        if (auto ok = orders.insert(order); !ok)
            return std::unexpected(ok.error());
        changes = OrderDiff::created(order);
        event.kind = QStringLiteral("created");
        event.detail = tr("Order entered with %n line(s), total %1.", nullptr, int(order.lines.size()))
                           .arg(order.total.toDecimalString());
        action = QStringLiteral("order.create");
    } else {
        auto stored = orders.load(order.id);
        if (!stored)
            return std::unexpected(stored.error());
        if (!*stored)
            return std::unexpected(Error::notFound(tr("The order no longer exists.")));
        const Order& before = **stored;
        if (auto ok = Permissions::requireOrderEdit(m_session, before.salespersonId); !ok)
            return std::unexpected(ok.error());
        if (!OrderStatusInfo::isEditable(before.status))
            return std::unexpected(Error::conflict(
                tr("Order %1 is %2 and can no longer be edited here; changes to it go through a change request.")
                    .arg(before.orderNo, OrderStatusInfo::displayName(before.status))));
        // Bookkeeping fields are the database's, not the form's.
        order.orderNo = before.orderNo;
        order.status = before.status;
        order.heldFrom = before.heldFrom;
        order.settlement = before.settlement;
        order.promisedDate = before.promisedDate;
        order.revision = before.revision;
        order.lastSentRevision = before.lastSentRevision;
        order.createdAt = before.createdAt;

        const bool changed = !OrderSnapshot::sameContent(before, order);
        const bool wasSent = before.lastSentRevision >= before.revision;
        if (changed && wasSent) {
            if (auto ok = orders.saveRevision(order.id, before.revision, OrderSnapshot::toJson(before)); !ok)
                return std::unexpected(ok.error());
            order.revision = before.revision + 1;
            order.status = OrderStatus::Draft;
            outcome.newRevision = true;
            event.kind = QStringLiteral("revised");
            event.detail = tr("Changed after it was sent: revision %1 starts and must be confirmed again.")
                               .arg(order.revision);
            action = QStringLiteral("order.revise");
        } else if (changed) {
            event.kind = QStringLiteral("edited");
            event.detail = tr("Edited: %n line(s), total %1.", nullptr, int(order.lines.size()))
                               .arg(order.total.toDecimalString());
            action = QStringLiteral("order.edit");
        } else if (submit && before.status == OrderStatus::AwaitingConfirmation) {
            return std::unexpected(Error::conflict(
                tr("Order %1 revision %2 is already waiting for the customer's confirmation.")
                    .arg(before.orderNo)
                    .arg(before.revision)));
        }
        if (changed) {
            if (auto ok = orders.update(order); !ok)
                return std::unexpected(ok.error());
            changes = OrderDiff::diff(before, order);
        }
    }
    event.orderId = order.id;
    event.revision = order.revision;
    if (!event.kind.isEmpty()) {
        if (auto ok = orders.addEvent(event); !ok)
            return std::unexpected(ok.error());
        if (auto ok = AuditTrail::record(m_session, action, QStringLiteral("order"), order.id, order.orderNo, changes); !ok)
            return std::unexpected(ok.error());
    }

    if (submit) {
        if (!OrderStatusMachine::canTransition(order.status, OrderStatus::AwaitingConfirmation))
            return std::unexpected(
                Error::conflict(OrderStatusMachine::refusal(order.status, OrderStatus::AwaitingConfirmation)));
        order.status = OrderStatus::AwaitingConfirmation;
        if (auto ok = orders.updateStatus(order); !ok)
            return std::unexpected(ok.error());
        if (auto ok = orders.setLastSentRevision(order.id, order.revision); !ok)
            return std::unexpected(ok.error());
        order.lastSentRevision = order.revision;
        OrderEvent sent;
        sent.orderId = order.id;
        sent.userId = m_session.user().id;
        sent.kind = QStringLiteral("submitted");
        sent.revision = order.revision;
        sent.detail = tr("Sent to the customer for confirmation (revision %1).").arg(order.revision);
        if (auto ok = orders.addEvent(sent); !ok)
            return std::unexpected(ok.error());
        action = QStringLiteral("order.submit");
        const QList<FieldChange> statusChange{{QStringLiteral("status"), OrderStatusInfo::key(OrderStatus::Draft),
                                               OrderStatusInfo::key(OrderStatus::AwaitingConfirmation)}};
        if (auto ok = AuditTrail::record(m_session, action, QStringLiteral("order"), order.id, order.orderNo,
                                         statusChange);
            !ok)
            return std::unexpected(ok.error());
    }

    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    if (!action.isEmpty())
        Logging::mutation(m_session.user().name, action, order.orderNo);
    outcome.saved = true;
    input = order;
    return outcome;
}

} // namespace od
