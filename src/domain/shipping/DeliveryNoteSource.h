#pragma once

#include "CompanyProfile.h"
#include "Customer.h"
#include "Shipment.h"

#include <QList>

namespace od {

// What a delivery note (送货单) prints: the shipment, the order's lines it carries (with what was
// ordered), the customer it goes to and the company sending it.
struct DeliveryNoteSource
{
    Shipment shipment;
    QList<ShippableLine> lines; // the order's lines; `shipped`: by this shipment and those before it
    Customer customer;
    CompanyProfile company;
};

} // namespace od
