#pragma once

#include "Customer.h"
#include "DocumentCompany.h"
#include "DocumentText.h"
#include "Error.h"
#include "Order.h"
#include "OrderDocumentSource.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QImage>
#include <QList>
#include <QLocale>
#include <QString>

namespace od {

// The order confirmation (订单确认书) sent to the customer for signature: letterhead, the order's
// facts, its lines, totals in figures and in Chinese capitals, terms and a place to sign and stamp.
// It is written in the customer's document language (Customer::documentLanguage), labels and
// number formats alike, whatever language the UI is in. The order is printed as given: lines, totals and the
// display names (customerName, salespersonName, productSku/productName) must already be filled.
class ConfirmationDocument
{
    Q_DECLARE_TR_FUNCTIONS(od::ConfirmationDocument)

public:
    ConfirmationDocument(Order order, Customer customer, DocumentCompany company);
    explicit ConfirmationDocument(const OrderDocumentSource& source)
        : ConfirmationDocument(source.order, source.customer, DocumentCompany::from(source.company))
    {
    }

    // Another language than the customer's ("zh_CN", "en"), e.g. for a copy in English.
    void setLanguage(const QString& language);
    const QString& language() const { return m_text.language(); }
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
    // A label in the document's language; the sources are marked with QT_TR_NOOP.
    QString text(const char* source) const;

    Order m_order;
    Customer m_customer;
    DocumentCompany m_company;
    DocumentText m_text;
    QLocale m_locale;
};

} // namespace od
