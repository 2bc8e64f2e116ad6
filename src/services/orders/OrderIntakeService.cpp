#include "OrderIntakeService.h"

#include "CustomerRepository.h"
#include "OrderChange.h"
#include "OrderDiff.h"
#include "OrderEventText.h"
#include "OrderFiguresRepository.h"
#include "OrderIssue.h"
#include "OrderNumberAllocator.h"
#include "OrderQueryService.h"
#include "OrderRepository.h"
#include "OrderSnapshot.h"
#include "OrderValidator.h"
#include "Permissions.h"
#include "ProductRepository.h"
#include "SettingsService.h"

namespace od {

Order OrderIntakeService::newDraft()
{
    Order order;
    order.salespersonId = m_session.user().id;
    order.salespersonName = m_session.user().displayName;
    order.orderDate = m_session.today();
    if (auto company = SettingsService(m_session).company()) {
        order.taxRate = company->defaultTaxRate;
        order.currency = company->currency;
    }
    return order;
}

Result<Order> OrderIntakeService::load(qint64 orderId)
{
    return OrderQueryService(m_session).order(orderId);
}

Result<Order> OrderIntakeService::loadByNumber(const QString& orderNo)
{
    return OrderQueryService(m_session).orderByNumber(orderNo);
}

Status OrderIntakeService::loadLargestFigures(const Order& order, const QList<qint64>& productIds,
                                              OrderValidationContext& context)
{
    OrderFiguresRepository figures(m_session.db());
    auto quantities = figures.largestQuantities(productIds, order.id);
    if (!quantities)
        return std::unexpected(quantities.error());
    context.largestQuantities = *quantities;
    if (order.customerId > 0) {
        auto customerTotal = figures.largestTotal(order.customerId, order.id);
        if (!customerTotal)
            return std::unexpected(customerTotal.error());
        context.largestCustomerTotal = *customerTotal;
    }
    auto total = figures.largestTotal(0, order.id);
    if (!total)
        return std::unexpected(total.error());
    context.largestTotal = *total;
    return {};
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
    if (auto ok = loadLargestFigures(order, productIds, context); !ok)
        return std::unexpected(ok.error());
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

Result<OrderIntakeService::SaveOutcome> OrderIntakeService::submitForConfirmation(Order& order,
                                                                                  bool acceptWarnings)
{
    return save(order, acceptWarnings, true);
}

Result<OrderIntakeService::SaveOutcome> OrderIntakeService::save(Order& input, bool acceptWarnings,
                                                                 bool submit)
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

    if (submit && outcome.report.contains(OrderIssue::CreditLimit)) {
        if (auto ok = Permissions::require(m_session, Permission::OverrideCreditLimit); !ok)
            return std::unexpected(
                Error{Error::Kind::Forbidden,
                      tr("This order takes the customer over its credit limit: a manager must "
                         "send it. Save it as a draft and ask your manager."),
                      QStringLiteral("customer")});
    }

    auto opened = order.id == 0 ? OrderChange::begin(m_session) : OrderChange::open(m_session, order.id);
    if (!opened)
        return std::unexpected(opened.error());
    OrderChange& change = **opened;
    if (order.id == 0) {
        if (auto ok = enter(change, order); !ok)
            return std::unexpected(ok.error());
    } else {
        auto edited = applyEdit(change, order, submit);
        if (!edited)
            return std::unexpected(edited.error());
        outcome.newRevision = *edited;
    }
    if (submit) {
        if (auto ok = sendForConfirmation(change); !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = change.commit(); !ok)
        return std::unexpected(ok.error());
    outcome.saved = true;
    input = change.order();
    return outcome;
}

Status OrderIntakeService::enter(OrderChange& change, Order order)
{
    if (auto ok = Permissions::requireOrderEdit(m_session, order.salespersonId); !ok)
        return ok;
    auto company = SettingsService(m_session).company();
    if (!company)
        return std::unexpected(company.error());
    auto number = OrderNumberAllocator(m_session.db()).next(company->orderPrefix, order.orderDate.year());
    if (!number)
        return std::unexpected(number.error());
    order.orderNo = *number;
    order.status = OrderStatus::Draft;
    order.revision = 1;
    order.lastSentRevision = 0;
    if (auto ok = change.insert(order); !ok)
        return ok;
    const Order& stored = change.order();
    OrderEvent event;
    OrderEventText::created(event, int(stored.lines.size()), stored.total, stored.currency);
    return change.record(event, QStringLiteral("order.create"), OrderDiff::created(stored));
}

Result<bool> OrderIntakeService::applyEdit(OrderChange& change, Order edited, bool submitting)
{
    const Order& before = change.before();
    if (auto ok = Permissions::requireOrderEdit(m_session, before.salespersonId); !ok)
        return std::unexpected(ok.error());
    if (!OrderStatusInfo::isEditable(before.status))
        return std::unexpected(Error::conflict(
            tr("Order %1 is %2 and can no longer be edited here; changes to it go through a change request.")
                .arg(before.orderNo, OrderStatusInfo::displayName(before.status))));
    // The version the user loaded: someone else's save since then is refused.
    if (edited.version != before.version) {
        if (auto conflict = change.orders().conflictFor(before.id); !conflict)
            return std::unexpected(conflict.error());
    }
    // Bookkeeping fields are the database's, not the form's.
    edited.orderNo = before.orderNo;
    edited.status = before.status;
    edited.heldFrom = before.heldFrom;
    edited.settlement = before.settlement;
    edited.promisedDate = before.promisedDate;
    edited.revision = before.revision;
    edited.lastSentRevision = before.lastSentRevision;
    edited.createdAt = before.createdAt;
    edited.version = before.version;

    const bool changed = !OrderSnapshot::sameContent(before, edited);
    if (!changed) {
        if (submitting && before.status == OrderStatus::AwaitingConfirmation)
            return std::unexpected(
                Error::conflict(tr("Order %1 revision %2 is already waiting for the customer's confirmation.")
                                    .arg(before.orderNo)
                                    .arg(before.revision)));
        return false;
    }
    const bool wasSent = before.lastSentRevision >= before.revision;
    if (wasSent) {
        if (auto ok = revise(change, edited); !ok)
            return std::unexpected(ok.error());
        return true;
    }
    change.order() = edited;
    if (auto ok = change.saveContent(); !ok)
        return std::unexpected(ok.error());
    OrderEvent event;
    OrderEventText::edited(event, int(edited.lines.size()), edited.total, edited.currency);
    if (auto ok = change.record(event, QStringLiteral("order.edit"), OrderDiff::diff(before, change.order()));
        !ok)
        return std::unexpected(ok.error());
    return false;
}

Status OrderIntakeService::revise(OrderChange& change, Order revised, const QString& reason)
{
    const Order& before = change.before();
    if (auto ok = change.orders().saveRevision(before.id, before.revision, OrderSnapshot::toJson(before));
        !ok)
        return ok;
    revised.revision = before.revision + 1;
    revised.status = OrderStatus::Draft;
    revised.heldFrom.reset();
    change.order() = revised;
    if (auto ok = change.saveContent(); !ok)
        return ok;
    OrderEvent event;
    event.revision = revised.revision;
    OrderEventText::revised(event, reason);
    return change.record(event, QStringLiteral("order.revise"), OrderDiff::diff(before, change.order()));
}

Status OrderIntakeService::sendForConfirmation(OrderChange& change)
{
    Order& order = change.order();
    const OrderStatus from = order.status;
    if (!OrderStatusMachine::canTransition(from, OrderStatus::AwaitingConfirmation))
        return std::unexpected(
            Error::conflict(OrderStatusMachine::refusal(from, OrderStatus::AwaitingConfirmation)));
    if (auto ok = change.moveTo(OrderStatus::AwaitingConfirmation); !ok)
        return ok;
    if (auto ok = change.orders().setLastSentRevision(order.id, order.revision); !ok)
        return ok;
    order.lastSentRevision = order.revision;
    OrderEvent sent;
    sent.revision = order.revision;
    OrderEventText::submitted(sent);
    const QList<FieldChange> statusChange{{QStringLiteral("status"), OrderStatusInfo::key(from),
                                           OrderStatusInfo::key(OrderStatus::AwaitingConfirmation)}};
    return change.record(sent, QStringLiteral("order.submit"), statusChange);
}

} // namespace od
