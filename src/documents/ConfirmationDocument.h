#pragma once

#include "Customer.h"
#include "DocumentCompany.h"
#include "Error.h"
#include "Order.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QImage>
#include <QList>
#include <QLocale>
#include <QString>

namespace od {

// The order confirmation (订单确认书) sent to the customer for signature: letterhead, the order's
// facts, its lines, totals in figures and in Chinese capitals, terms and a place to sign and stamp.
// Labels follow the installed translator; numbers and dates follow the locale (by default the
// application's default locale). The order is printed as given: lines, totals and the display
// names (customerName, salespersonName, productSku/productName) must already be filled.
class ConfirmationDocument
{
    Q_DECLARE_TR_FUNCTIONS(od::ConfirmationDocument)

public:
    ConfirmationDocument(Order order, Customer customer, DocumentCompany company);

    void setLocale(const QLocale& locale) { m_locale = locale; }

    // The document as HTML for QTextDocument; sizes inside are laid out for
    // PagedDocumentRenderer::LayoutDpi.
    QString html() const;
    // A4 PDF with the fonts embedded, into `device` (a file through OutputFile).
    Status writePdf(QIODevice& device) const;
    // The pages as the PDF shows them, for an on-screen preview.
    QList<QImage> renderPages(int dpi) const;

private:
    QString letterheadHtml() const;
    QString partiesHtml() const;
    QString linesHtml() const;
    QString termsHtml() const;
    QString signatureHtml() const;
    QString footerText() const;

    Order m_order;
    Customer m_customer;
    DocumentCompany m_company;
    QLocale m_locale;
};

} // namespace od
