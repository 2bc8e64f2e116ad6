#pragma once

#include "CompanyProfile.h"
#include "CreditNote.h"
#include "Customer.h"
#include "Invoice.h"

#include <QList>

namespace od {

// Everything the invoice PDF prints: the invoice with its lines, its customer, the issuing
// company and the credit notes against the invoice.
struct InvoiceDocumentSource
{
    Invoice invoice;
    Customer customer;
    CompanyProfile company;
    QList<CreditNote> creditNotes;
};

} // namespace od
