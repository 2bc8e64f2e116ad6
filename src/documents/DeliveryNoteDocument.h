#pragma once

#include "DeliveryNoteSource.h"
#include "DocumentCompany.h"
#include "Error.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QImage>
#include <QList>

namespace od {

// 送货单 The delivery note that travels with a shipment: the letterhead, the customer and where the
// goods go, the shipment's number, order, ship date, carrier and tracking number, the lines it
// carries (with what was ordered and what is still to come), and a space for the customer to
// sign and date on receipt. No prices: the goods' paper is not the invoice. In the language the
// application runs in; A4 PDF with the Chinese font embedded.
class DeliveryNoteDocument
{
    Q_DECLARE_TR_FUNCTIONS(od::DeliveryNoteDocument)

public:
    explicit DeliveryNoteDocument(DeliveryNoteSource source);

    QString html() const;
    Status writePdf(QIODevice& device) const;
    QList<QImage> renderPages(int dpi) const;

private:
    QString linesHtml() const;

    DeliveryNoteSource m_source;
    DocumentCompany m_company;
};

} // namespace od
