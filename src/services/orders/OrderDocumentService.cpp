#include "OrderDocumentService.h"

#include "CustomerService.h"
#include "OrderQueryService.h"
#include "SettingsService.h"

namespace od {

Result<OrderDocumentSource> OrderDocumentService::forOrder(qint64 orderId)
{
    auto order = OrderQueryService(m_session).order(orderId);
    if (!order)
        return std::unexpected(order.error());
    return complete(std::move(*order));
}

Result<OrderDocumentSource> OrderDocumentService::forOrderNumber(const QString& orderNo)
{
    auto order = OrderQueryService(m_session).orderByNumber(orderNo);
    if (!order)
        return std::unexpected(order.error());
    return complete(std::move(*order));
}

Result<OrderDocumentSource> OrderDocumentService::complete(Order order)
{
    auto customer = CustomerService(m_session).byId(order.customerId);
    if (!customer)
        return std::unexpected(customer.error());
    auto company = SettingsService(m_session).company();
    if (!company)
        return std::unexpected(company.error());
    return OrderDocumentSource{std::move(order), *customer, *company};
}

} // namespace od
