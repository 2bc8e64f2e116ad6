#include "ConfirmationDocument.h"

#include "ChineseAmount.h"
#include "DocumentNumberFormat.h"
#include "PagedDocumentRenderer.h"

#include <QFileInfo>
#include <QImageReader>
#include <QUrl>

namespace od {

namespace {

constexpr qreal LogoHeightMm = 16.0;
constexpr qreal CellPaddingMm = 1.0;
constexpr qreal GridLineMm = 0.25;
constexpr QLatin1String GridColour("#7a7a7a");
constexpr QLatin1String HeaderFill("#e9edf2");
constexpr QLatin1String MutedColour("#555555");

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

// Plain text typed by a user, kept line by line.
QString escapedLines(const QString& text)
{
    return escaped(text.trimmed()).replace(u'\n', QStringLiteral("<br/>"));
}

int px(qreal millimetres)
{
    return PagedDocumentRenderer::cssPixels(millimetres);
}

QString cellStyle()
{
    return QStringLiteral("border: %1px solid %2;").arg(px(GridLineMm)).arg(GridColour);
}

QString muted(const QString& html)
{
    return QStringLiteral("<span style=\"color:%1;\">%2</span>").arg(MutedColour, html);
}

// A "label: value" row of an information box; nothing when the value is empty.
QString factRow(const QString& label, const QString& valueHtml)
{
    if (valueHtml.isEmpty())
        return {};
    return QStringLiteral("<tr><td style=\"color:%1; padding-right:%2px;\">%3</td><td>%4</td></tr>")
        .arg(MutedColour)
        .arg(px(2))
        .arg(escaped(label), valueHtml);
}

} // namespace

ConfirmationDocument::ConfirmationDocument(Order order, Customer customer, DocumentCompany company)
    : m_order(std::move(order)), m_customer(std::move(customer)), m_company(std::move(company)),
      m_text(m_customer.documentLanguage), m_locale(m_text.locale())
{
}

void ConfirmationDocument::setLanguage(const QString& language)
{
    m_text = DocumentText(language);
    m_locale = m_text.locale();
}

QString ConfirmationDocument::text(const char* source) const
{
    return m_text.translate("od::ConfirmationDocument", source);
}

QString ConfirmationDocument::html() const
{
    QString html;
    // Paragraphs get no default spacing: every gap in the layout is set where it is wanted.
    html += QStringLiteral("<html><head><meta charset=\"utf-8\"/><style>p { margin-top:0; margin-bottom:0; }"
                           "</style></head><body>");
    html += letterheadHtml();
    html += partiesHtml();
    html += linesHtml();
    html += termsHtml();
    html += signatureHtml();
    html += QStringLiteral("</body></html>");
    return html;
}

QString ConfirmationDocument::letterheadHtml() const
{
    QString logoCell;
    if (!m_company.logoPath.isEmpty()) {
        const QSize logoSize = QImageReader(m_company.logoPath).size();
        if (logoSize.isValid() && !logoSize.isEmpty()) {
            const int height = px(LogoHeightMm);
            const int width = qRound(qreal(height) * logoSize.width() / logoSize.height());
            logoCell =
                QStringLiteral("<td width=\"%1\" valign=\"middle\" style=\"padding-right:%2px;\">"
                               "<img src=\"%3\" width=\"%1\" height=\"%4\"/></td>")
                    .arg(
                        QString::number(width), QString::number(px(4)),
                        escaped(
                            QUrl::fromLocalFile(QFileInfo(m_company.logoPath).absoluteFilePath()).toString()),
                        QString::number(height));
        }
    }

    QStringList contactParts;
    if (!m_company.address.isEmpty())
        contactParts << escaped(m_company.address);
    if (!m_company.phone.isEmpty())
        contactParts << escaped(text(QT_TR_NOOP("Tel: %1"))).arg(escaped(m_company.phone));
    QStringList registrationParts;
    if (!m_company.taxId.isEmpty())
        registrationParts << escaped(text(QT_TR_NOOP("Tax ID: %1"))).arg(escaped(m_company.taxId));
    if (!m_company.bankAccount.isEmpty())
        registrationParts
            << escaped(text(QT_TR_NOOP("Bank account: %1"))).arg(escaped(m_company.bankAccount));

    QString details =
        QStringLiteral("<p style=\"font-size:15pt; font-weight:bold; margin-bottom:%1px;\">%2</p>")
            .arg(px(1))
            .arg(escaped(m_company.name));
    const auto separator = QStringLiteral("&nbsp;&nbsp;|&nbsp;&nbsp;");
    if (!contactParts.isEmpty())
        details += QStringLiteral("<p style=\"font-size:8pt; margin-top:%1px;\">%2</p>")
                       .arg(px(1))
                       .arg(muted(contactParts.join(separator)));
    if (!registrationParts.isEmpty())
        details += QStringLiteral("<p style=\"font-size:8pt;\">%1</p>")
                       .arg(muted(registrationParts.join(separator)));

    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>%1"
                                  "<td valign=\"middle\">%2</td></tr></table>")
                       .arg(logoCell, details);
    html += QStringLiteral(
                "<hr style=\"height:%1px; background-color:#333333; margin-top:%2px; margin-bottom:0;\"/>")
                .arg(px(0.5))
                .arg(px(2));
    html += QStringLiteral("<p align=\"center\" style=\"font-size:18pt; font-weight:bold; margin-top:%1px; "
                           "margin-bottom:%2px;\">%3</p>")
                .arg(px(1))
                .arg(px(3))
                .arg(escaped(text(QT_TR_NOOP("Order Confirmation"))));
    return html;
}

QString ConfirmationDocument::partiesHtml() const
{
    const DocumentNumberFormat format(m_locale);

    const QString customerName = m_customer.name.isEmpty() ? m_order.customerName : m_customer.name;
    QString contact = escaped(m_customer.contact);
    if (!m_customer.phone.isEmpty())
        contact +=
            (contact.isEmpty() ? QString() : QStringLiteral("&nbsp;&nbsp;")) + escaped(m_customer.phone);

    QString customerRows;
    customerRows +=
        factRow(text(QT_TR_NOOP("Customer")), QStringLiteral("<b>%1</b>").arg(escaped(customerName)));
    customerRows += factRow(text(QT_TR_NOOP("Customer code")),
                            escaped(m_customer.code.isEmpty() ? m_order.customerCode : m_customer.code));
    customerRows += factRow(text(QT_TR_NOOP("Contact")), contact);
    customerRows += factRow(text(QT_TR_NOOP("Address")), escapedLines(m_customer.address));
    if (!m_order.deliveryAddress.isEmpty())
        customerRows += factRow(text(QT_TR_NOOP("Delivery address")), escapedLines(m_order.deliveryAddress));

    QString orderRows;
    orderRows +=
        factRow(text(QT_TR_NOOP("Order No.")), QStringLiteral("<b>%1</b>").arg(escaped(m_order.orderNo)));
    orderRows += factRow(text(QT_TR_NOOP("Revision")), QString::number(m_order.revision));
    orderRows += factRow(text(QT_TR_NOOP("Order date")), format.date(m_order.orderDate));
    orderRows += factRow(text(QT_TR_NOOP("Salesperson")), escaped(m_order.salespersonName));
    orderRows += factRow(text(QT_TR_NOOP("Requested delivery")), format.date(m_order.requestedDate));
    orderRows += factRow(text(QT_TR_NOOP("Promised delivery")), format.date(m_order.promisedDate));

    const auto box = [](const QString& rows) {
        return QStringLiteral("<table cellspacing=\"0\" cellpadding=\"%1\">%2</table>")
            .arg(px(0.6))
            .arg(rows);
    };
    return QStringLiteral(
               "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-bottom:%1px;\">"
               "<tr><td width=\"58%\" valign=\"top\">%2</td><td width=\"42%\" valign=\"top\">%3</td></tr>"
               "</table>")
               .arg(px(3))
               .arg(box(customerRows), box(orderRows)) +
           QStringLiteral("<p style=\"margin-bottom:%1px;\">%2</p>")
               .arg(px(2))
               .arg(escaped(text(
                   QT_TR_NOOP("We confirm your order as follows. Please check every item; if all is correct, "
                              "sign or stamp this confirmation and return it to us."))));
}

QString ConfirmationDocument::linesHtml() const
{
    const DocumentNumberFormat format(m_locale);
    const QString cell = cellStyle();
    const QString headerCell = QStringLiteral(
        "<th style=\"%1 background-color:%2; font-weight:bold; white-space:nowrap;\" align=\"%3\" "
        "width=\"%4\">%5</th>");
    const auto header = [&](const QString& label, const char* align, const char* width) {
        return headerCell.arg(cell, HeaderFill, QLatin1String(align), QLatin1String(width), escaped(label));
    };

    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\" "
                                  "style=\"border-collapse:collapse; border-color:%2;\">")
                       .arg(px(CellPaddingMm))
                       .arg(GridColour);
    html += QStringLiteral("<thead><tr>");
    html += header(text(QT_TR_NOOP("No.")), "center", "5%");
    html += header(text(QT_TR_NOOP("Product")), "left", "18%");
    html += header(text(QT_TR_NOOP("Specification / description")), "left", "31%");
    html += header(text(QT_TR_NOOP("Qty")), "right", "8%");
    html += header(text(QT_TR_NOOP("Unit")), "center", "6%");
    html += header(text(QT_TR_NOOP("Unit price")), "right", "11%");
    html += header(text(QT_TR_NOOP("Disc.")), "right", "7%");
    html += header(text(QT_TR_NOOP("Amount")), "right", "14%");
    html += QStringLiteral("</tr></thead>");

    const QString bodyCell = QStringLiteral("<td style=\"%1\" align=\"%2\" valign=\"top\">%3</td>");
    const auto td = [&](const QString& contentHtml, const char* align) {
        return bodyCell.arg(cell, QLatin1String(align), contentHtml);
    };
    // A figure split over two lines is misread, so number cells never wrap.
    const QString numberStyle = cell + QStringLiteral(" white-space:nowrap;");
    const auto figureTd = [&](const QString& contentHtml) {
        return bodyCell.arg(numberStyle, QStringLiteral("right"), contentHtml);
    };

    for (const OrderLine& line : m_order.lines) {
        QString product = escaped(line.productName);
        if (!line.productSku.isEmpty())
            product += (product.isEmpty() ? QString() : QStringLiteral("<br/>")) +
                       QStringLiteral("<span style=\"font-size:7.5pt;\">%1</span>")
                           .arg(muted(escaped(line.productSku)));
        QString description = escapedLines(line.description);
        if (line.requestedDate.isValid() && line.requestedDate != m_order.requestedDate)
            description += QStringLiteral("<br/><span style=\"font-size:7.5pt;\">%1</span>")
                               .arg(muted(escaped(
                                   text(QT_TR_NOOP("Delivery: %1")).arg(format.date(line.requestedDate)))));
        const QString discount =
            line.discount.raw() == 0 ? QStringLiteral("&mdash;") : escaped(format.percent(line.discount));

        html += QStringLiteral("<tr>");
        html += td(QString::number(line.lineNo), "center");
        html += td(product, "left");
        html += td(description, "left");
        html += figureTd(escaped(format.quantity(line.quantity)));
        html += td(escaped(line.unit), "center");
        html += figureTd(escaped(format.unitPrice(line.unitPrice)));
        html += figureTd(discount);
        html += figureTd(escaped(format.money(line.amount)));
        html += QStringLiteral("</tr>");
    }

    const QString totalRow =
        QStringLiteral("<tr><td colspan=\"7\" style=\"%1\" align=\"right\">%2</td>"
                       "<td style=\"%1 white-space:nowrap;\" align=\"right\">%3</td></tr>");
    html +=
        totalRow.arg(cell, escaped(text(QT_TR_NOOP("Subtotal"))), escaped(format.money(m_order.subtotal)));
    html += totalRow.arg(cell, escaped(text(QT_TR_NOOP("Tax (%1)")).arg(format.percent(m_order.taxRate))),
                         escaped(format.money(m_order.tax)));
    html += totalRow.arg(
        cell + QStringLiteral(" background-color:") + HeaderFill + u';',
        QStringLiteral("<b>%1</b>").arg(escaped(text(QT_TR_NOOP("Total (%1)")).arg(m_order.currency))),
        QStringLiteral("<b>%1</b>").arg(escaped(format.money(m_order.total))));
    // Capital numerals only make sense for yuan: 元, 角 and 分 are renminbi units.
    if (m_order.currency == QLatin1String("CNY")) {
        html += QStringLiteral("<tr><td colspan=\"8\" style=\"%1\"><b>%2</b>&nbsp;&nbsp;<b>%3</b></td></tr>")
                    .arg(cell, escaped(text(QT_TR_NOOP("Total in words (RMB):"))),
                         escaped(ChineseAmount::inWords(m_order.total)));
    }
    html += QStringLiteral("</table>");
    return html;
}

QString ConfirmationDocument::termsHtml() const
{
    QString html;
    const auto section = [&](const QString& title, const QString& bodyHtml) {
        html += QStringLiteral("<p style=\"font-weight:bold; margin-top:%1px; margin-bottom:%2px;\">%3</p>"
                               "<p style=\"font-size:8pt;\">%4</p>")
                    .arg(px(3))
                    .arg(px(1))
                    .arg(escaped(title), bodyHtml);
    };
    if (!m_order.notes.trimmed().isEmpty())
        section(text(QT_TR_NOOP("Remarks")), escapedLines(m_order.notes));
    if (!m_company.terms.trimmed().isEmpty())
        section(text(QT_TR_NOOP("Terms and conditions")), escapedLines(m_company.terms));
    return html;
}

QString ConfirmationDocument::signatureHtml() const
{
    // The blank under the signature label leaves room for a signature and a company stamp.
    const QString sideHtml =
        QStringLiteral("<p style=\"font-weight:bold;\">%1</p>"
                       "<p style=\"font-size:8pt; margin-top:%2px;\">%3</p>"
                       "<p style=\"margin-top:%4px;\">%5</p>"
                       "<p style=\"margin-top:%6px;\">%7&nbsp;&nbsp;______________________</p>");
    // One arg() call per side: a name containing "%1" must not be substituted again.
    const QString smallGap = QString::number(px(1));
    const QString gap = QString::number(px(2));
    const QString stampSpace = QString::number(px(10));
    const QString date = escaped(text(QT_TR_NOOP("Date:")));
    const QString customerSide =
        sideHtml.arg(escaped(text(QT_TR_NOOP("Customer confirmation"))), smallGap,
                     muted(escaped(m_customer.name.isEmpty() ? m_order.customerName : m_customer.name)), gap,
                     escaped(text(QT_TR_NOOP("Signature / company stamp:"))), stampSpace, date);
    const QString companySide =
        sideHtml.arg(escaped(text(QT_TR_NOOP("Supplier"))), smallGap, muted(escaped(m_company.name)), gap,
                     escaped(text(QT_TR_NOOP("Authorised signature / company stamp:"))), stampSpace, date);
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\" "
                          "style=\"margin-top:%2px; border-collapse:collapse;\">"
                          "<tr><td width=\"50%\" valign=\"top\" style=\"%3\">%4</td>"
                          "<td width=\"50%\" valign=\"top\" style=\"%3\">%5</td></tr></table>")
        .arg(px(2))
        .arg(px(4))
        .arg(cellStyle(), customerSide, companySide);
}

QString ConfirmationDocument::footerText() const
{
    return text(QT_TR_NOOP("%1  Order Confirmation %2, revision %3"))
        .arg(m_company.name, m_order.orderNo, QString::number(m_order.revision));
}

Status ConfirmationDocument::writePdf(QIODevice& device) const
{
    PagedDocumentRenderer renderer(html());
    renderer.setFooterText(footerText());
    renderer.setPageNumberFormat(m_text.translate("od::PagedDocumentRenderer", "Page %1 of %2"));
    renderer.setTitle(text(QT_TR_NOOP("Order Confirmation %1")).arg(m_order.orderNo));
    return renderer.writePdf(device);
}

QList<QImage> ConfirmationDocument::renderPages(int dpi) const
{
    PagedDocumentRenderer renderer(html());
    renderer.setFooterText(footerText());
    renderer.setPageNumberFormat(m_text.translate("od::PagedDocumentRenderer", "Page %1 of %2"));
    return renderer.renderPages(dpi);
}

} // namespace od
