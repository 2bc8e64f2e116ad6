#include "ChangeConfirmationDocument.h"

#include "ChineseAmount.h"
#include "DocumentHtml.h"
#include "LocaleFormat.h"
#include "PagedDocumentRenderer.h"

#include <QMap>

namespace od {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("—");
}

} // namespace

ChangeConfirmationDocument::ChangeConfirmationDocument(ChangeRequest request, Order before, Order after,
                                                       DocumentCompany company)
    : m_request(std::move(request)), m_before(std::move(before)), m_after(std::move(after)),
      m_company(std::move(company))
{
}

QString ChangeConfirmationDocument::linesHtml() const
{
    QMap<int, const OrderLine*> was;
    QMap<int, const OrderLine*> is;
    for (const OrderLine& l : m_before.lines)
        was.insert(l.lineNo, &l);
    for (const OrderLine& l : m_after.lines)
        is.insert(l.lineNo, &l);
    QList<int> numbers = was.keys();
    for (int n : is.keys())
        if (!was.contains(n))
            numbers << n;
    const QString currency = m_after.currency;
    QString html = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"%1\">")
                       .arg(PagedDocumentRenderer::cssPixels(1.2));
    html += QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th><th>%7</th>"
                           "<th>%8</th></tr>")
                .arg(tr("Line"), tr("Product"), tr("Quantity was"), tr("Quantity is"), tr("Price was"),
                     tr("Price is"), tr("Amount was"), tr("Amount is"));
    for (int n : std::as_const(numbers)) {
        const OrderLine* a = was.value(n);
        const OrderLine* b = is.value(n);
        const OrderLine* any = b ? b : a;
        const QString product = any->productSku.isEmpty()
                                    ? any->productName
                                    : any->productSku + QLatin1Char(' ') + any->productName;
        auto q = [](const OrderLine* l) {
            return l ? LocaleFormat::quantity(l->quantity) : QStringLiteral("—");
        };
        auto p = [&](const OrderLine* l) {
            return l ? LocaleFormat::unitPrice(l->unitPrice, currency) : QStringLiteral("—");
        };
        auto m = [&](const OrderLine* l) {
            return l ? LocaleFormat::money(l->amount, currency) : QStringLiteral("—");
        };
        const bool changed = !a || !b || a->quantity != b->quantity || a->unitPrice != b->unitPrice;
        html +=
            QStringLiteral("<tr>") + DocumentHtml::cell(QString::number(n), "center") +
            DocumentHtml::cell(esc(product) + (!b   ? QStringLiteral(" (") + tr("removed") + QLatin1Char(')')
                                               : !a ? QStringLiteral(" (") + tr("added") + QLatin1Char(')')
                                                    : QString())) +
            DocumentHtml::cell(q(a), "right") + DocumentHtml::cell(q(b), "right", changed) +
            DocumentHtml::cell(p(a), "right") + DocumentHtml::cell(p(b), "right", changed) +
            DocumentHtml::cell(m(a), "right") + DocumentHtml::cell(m(b), "right", changed) +
            QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    return html;
}

QString ChangeConfirmationDocument::html() const
{
    const QString currency = m_after.currency;
    const Money oldTotal = m_before.total;
    const Money newTotal = m_request.cancel ? m_request.cancelCharge : m_after.total;
    const Money difference = newTotal - oldTotal;
    QString html =
        QStringLiteral("<html><head><meta charset=\"utf-8\"/><style>p { margin-top:0; margin-bottom:0; }"
                       "</style></head><body>");
    html += QStringLiteral("<p style=\"font-size:14pt\"><b>%1</b></p>").arg(esc(m_company.name));
    if (!m_company.address.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(m_company.address));
    html += QStringLiteral("<p align=\"center\" style=\"font-size:16pt\"><br/><b>%1</b><br/></p>")
                .arg(tr("Order Change Confirmation"));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Customer: %1")
                         .arg(esc(m_after.customerName.isEmpty() ? m_request.customerName
                                                                 : m_after.customerName)));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Order %1, revision %2 replaces revision %3. Change %4, asked on %5 by %6.")
                         .arg(esc(m_after.orderNo))
                         .arg(m_request.newRevision > 0 ? m_request.newRevision : m_before.revision + 1)
                         .arg(m_before.revision)
                         .arg(esc(m_request.changeNo),
                              m_request.requestedAt.toLocalTime().date().toString(Qt::ISODate),
                              esc(m_request.contact.isEmpty() ? m_request.customerName : m_request.contact)));
    html += QStringLiteral("<p>%1</p><br/>").arg(tr("Reason: %1").arg(esc(m_request.reason)));
    if (m_request.cancel) {
        html += QStringLiteral("<p><b>%1</b></p>").arg(tr("The order is cancelled."));
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Cancellation charge agreed: %1 (%2)")
                             .arg(LocaleFormat::money(m_request.cancelCharge, currency),
                                  esc(ChineseAmount::inWords(m_request.cancelCharge))));
    } else {
        html += linesHtml();
    }
    html += QStringLiteral("<br/><table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\">")
                .arg(PagedDocumentRenderer::cssPixels(1));
    auto row = [&](const QString& what, const QString& was, const QString& is, bool bold = false) {
        html += QStringLiteral("<tr>") + DocumentHtml::cell(esc(what)) + DocumentHtml::cell(was, "right") +
                DocumentHtml::cell(is, "right", bold) + QStringLiteral("</tr>");
    };
    html += QStringLiteral("<tr><th></th><th align=\"right\">%1</th><th align=\"right\">%2</th></tr>")
                .arg(tr("Was"), tr("Is"));
    if (!m_request.cancel) {
        row(tr("Subtotal"), LocaleFormat::money(m_before.subtotal, currency),
            LocaleFormat::money(m_after.subtotal, currency));
        row(tr("Tax"), LocaleFormat::money(m_before.tax, currency),
            LocaleFormat::money(m_after.tax, currency));
    }
    row(tr("Total"), LocaleFormat::money(oldTotal, currency), LocaleFormat::money(newTotal, currency), true);
    row(tr("Requested date"), dateText(m_before.requestedDate), dateText(m_after.requestedDate));
    if (!m_request.cancel)
        row(tr("Promised date"), dateText(m_before.promisedDate), dateText(m_after.promisedDate), true);
    html += QStringLiteral("</table><br/>");
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(tr("Difference: %1 (%2)")
                         .arg(LocaleFormat::money(difference, currency),
                              esc(ChineseAmount::inWords(difference))));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("New total in words: %1").arg(ChineseAmount::inWords(newTotal))));
    html +=
        QStringLiteral(
            "<br/><br/><table width=\"100%\"><tr><td>%1<br/><br/>%2</td><td>%3<br/><br/>%2</td></tr>"
            "</table>")
            .arg(tr("Customer (signature and stamp):"), tr("Date:"), tr("Supplier (signature and stamp):"));
    html += QStringLiteral("</body></html>");
    return html;
}

Status ChangeConfirmationDocument::writePdf(QIODevice& device) const
{
    PagedDocumentRenderer renderer(html());
    renderer.setFooterText(tr("%1 · change %2").arg(m_after.orderNo, m_request.changeNo));
    renderer.setTitle(tr("Order Change Confirmation %1").arg(m_request.changeNo));
    return renderer.writePdf(device);
}

QList<QImage> ChangeConfirmationDocument::renderPages(int dpi) const
{
    PagedDocumentRenderer renderer(html());
    renderer.setFooterText(tr("%1 · change %2").arg(m_after.orderNo, m_request.changeNo));
    return renderer.renderPages(dpi);
}

} // namespace od
