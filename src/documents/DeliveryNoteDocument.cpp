#include "DeliveryNoteDocument.h"

#include "DocumentHtml.h"
#include "LocaleFormat.h"
#include "PagedDocumentRenderer.h"

namespace od {

namespace {

QString esc(const QString& text)
{
    return DocumentHtml::escaped(text);
}

QString cell(const QString& html, const char* align = "left", bool bold = false)
{
    return DocumentHtml::cell(html, align, bold);
}

} // namespace

DeliveryNoteDocument::DeliveryNoteDocument(DeliveryNoteSource source)
    : m_source(std::move(source)), m_company(DocumentCompany::from(m_source.company))
{
}

QString DeliveryNoteDocument::html() const
{
    const Shipment& s = m_source.shipment;
    const Customer& c = m_source.customer;
    QString html;
    html += QStringLiteral("<p style=\"font-size:15pt; font-weight:bold;\">%1</p>").arg(esc(m_company.name));
    QStringList letterhead;
    for (const QString& part : {m_company.address, m_company.phone})
        if (!part.isEmpty())
            letterhead << part;
    if (!letterhead.isEmpty())
        html += QStringLiteral("<p style=\"font-size:8pt;\">%1</p>")
                    .arg(esc(letterhead.join(QStringLiteral("  "))));
    html += QStringLiteral("<p align=\"center\" style=\"font-size:18pt; font-weight:bold;\">%1</p>")
                .arg(esc(tr("Delivery Note")));

    QStringList head;
    head << esc(tr("Delivery note no.: %1    Order: %2").arg(s.shipmentNo, s.orderNo));
    head << esc(tr("Ship date: %1").arg(LocaleFormat::date(s.shipDate)));
    head << esc(s.trackingNo.isEmpty() ? tr("Carrier: %1").arg(s.carrier)
                                       : tr("Carrier: %1    Tracking no.: %2").arg(s.carrier, s.trackingNo));
    html += QStringLiteral("<p>%1</p>").arg(head.join(QStringLiteral("<br/>")));

    QStringList to;
    to << esc(tr("Deliver to: %1 %2").arg(c.code, c.name));
    if (!c.address.isEmpty())
        to << esc(tr("Address: %1").arg(c.address));
    if (!c.contact.isEmpty() || !c.phone.isEmpty())
        to << esc(tr("Contact: %1 %2").arg(c.contact, c.phone).trimmed());
    html += QStringLiteral("<p>%1</p>").arg(to.join(QStringLiteral("<br/>")));

    html += linesHtml();
    if (!s.note.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Note: %1").arg(s.note)));

    // The customer's receipt: who signed, on which day, and the company's stamp.
    const QString blank = QStringLiteral("&nbsp;").repeated(40);
    html += QStringLiteral("<p style=\"margin-top:%1px;\">%2</p>")
                .arg(PagedDocumentRenderer::cssPixels(4))
                .arg(esc(tr("Goods received in good order and in the quantities above.")));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\"><tr>")
                .arg(PagedDocumentRenderer::cssPixels(2));
    html += cell(esc(tr("Received by (signature):")) + QStringLiteral("<br/><br/><u>%1</u>").arg(blank));
    html += cell(esc(tr("Date received:")) + QStringLiteral("<br/><br/><u>%1</u>").arg(blank));
    html += cell(esc(tr("Customer's stamp:")) + QStringLiteral("<br/><br/><br/>"));
    html += QStringLiteral("</tr></table>");
    html +=
        QStringLiteral("<p style=\"margin-top:%1px; font-size:8pt;\">%2</p>")
            .arg(PagedDocumentRenderer::cssPixels(3))
            .arg(esc(tr("Please sign, date and return one copy to the driver or to %1, quoting %2.")
                         .arg(m_company.name.isEmpty() ? tr("the sender") : m_company.name, s.shipmentNo)));
    return html;
}

QString DeliveryNoteDocument::linesHtml() const
{
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\">")
                       .arg(PagedDocumentRenderer::cssPixels(1.2));
    html += QStringLiteral("<tr style=\"background-color:#eeeeee;\">") + cell(esc(tr("Line")), "left", true) +
            cell(esc(tr("Description")), "left", true) + cell(esc(tr("Unit")), "left", true) +
            cell(esc(tr("Ordered")), "right", true) + cell(esc(tr("This delivery")), "right", true) +
            cell(esc(tr("Still to come")), "right", true) + QStringLiteral("</tr>");
    for (const ShipmentLine& shipped : m_source.shipment.lines) {
        const ShippableLine* line = nullptr;
        for (const ShippableLine& l : m_source.lines)
            if (l.lineNo == shipped.orderLineNo)
                line = &l;
        const Quantity ordered = line ? line->ordered : Quantity();
        html += QStringLiteral("<tr>") + cell(QString::number(shipped.orderLineNo)) +
                cell(esc(line ? line->description : QString())) + cell(esc(line ? line->unit : QString())) +
                cell(esc(LocaleFormat::quantity(ordered)), "right") +
                cell(esc(LocaleFormat::quantity(shipped.quantity)), "right", true) +
                cell(esc(line ? LocaleFormat::quantity(line->remaining()) : QString()), "right") +
                QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    return html;
}

Status DeliveryNoteDocument::writePdf(QIODevice& device) const
{
    PagedDocumentRenderer renderer(html());
    renderer.setFooterText(tr("Delivery note %1").arg(m_source.shipment.shipmentNo));
    renderer.setTitle(tr("Delivery note %1").arg(m_source.shipment.shipmentNo));
    return renderer.writePdf(device);
}

QList<QImage> DeliveryNoteDocument::renderPages(int dpi) const
{
    return PagedDocumentRenderer(html()).renderPages(dpi);
}

} // namespace od
