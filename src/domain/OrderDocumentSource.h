#pragma once

#include "CompanyProfile.h"
#include "Customer.h"
#include "Order.h"

namespace od {

// Everything a document about one order prints (the confirmation today; delivery notes and
// invoices later): the order with its lines and display names filled, its customer, and the
// issuing company. Gathered by the core with the reader's visibility applied.
struct OrderDocumentSource
{
    Order order;
    Customer customer;
    CompanyProfile company;
};

} // namespace od
