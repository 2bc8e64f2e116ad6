#pragma once

#include "ChangeRequest.h"
#include "DocumentCompany.h"
#include "Error.h"
#include "Order.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QImage>
#include <QList>

namespace od {

// The change confirmation (订单变更确认书) sent to the customer with a changed order's new
// revision: what the order was and what it is, line by line, the totals before and after with
// the difference in figures and in Chinese capitals, the dates, why it changed, and a place to
// sign. `before` and `after` are the order's two revisions as printed (display names filled).
class ChangeConfirmationDocument
{
    Q_DECLARE_TR_FUNCTIONS(od::ChangeConfirmationDocument)

public:
    ChangeConfirmationDocument(ChangeRequest request, Order before, Order after, DocumentCompany company);

    QString html() const;
    // A4 PDF with the fonts embedded, into `device` (a file through OutputFile).
    Status writePdf(QIODevice& device) const;
    QList<QImage> renderPages(int dpi) const;

private:
    QString linesHtml() const;

    ChangeRequest m_request;
    Order m_before;
    Order m_after;
    DocumentCompany m_company;
};

} // namespace od
