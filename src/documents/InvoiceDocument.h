#pragma once

#include "CreditNote.h"
#include "Customer.h"
#include "DocumentCompany.h"
#include "Error.h"
#include "Invoice.h"
#include "InvoiceDocumentSource.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QImage>
#include <QList>

namespace od {

// The invoice (发票通知 / invoice) sent to the customer with the goods or before the 发票: the
// letterhead with the tax number and bank account, the customer, the invoice number, date, due
// date and the official 发票 number once typed in, the lines with their orders, subtotal, tax,
// total in figures and in Chinese capitals, the credit notes against it and what is still open.
// In the language the application runs in; A4 PDF with the Chinese font embedded.
class InvoiceDocument
{
    Q_DECLARE_TR_FUNCTIONS(od::InvoiceDocument)

public:
    InvoiceDocument(Invoice invoice, Customer customer, DocumentCompany company,
                    QList<CreditNote> creditNotes = {});
    explicit InvoiceDocument(const InvoiceDocumentSource& source)
        : InvoiceDocument(source.invoice, source.customer, DocumentCompany::from(source.company),
                          source.creditNotes)
    {
    }

    QString html() const;
    Status writePdf(QIODevice& device) const;
    QList<QImage> renderPages(int dpi) const;

private:
    QString linesHtml() const;

    Invoice m_invoice;
    Customer m_customer;
    DocumentCompany m_company;
    QList<CreditNote> m_creditNotes;
};

} // namespace od
