#include "InvoiceDocument.h"

#include "ChineseAmount.h"
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

InvoiceDocument::InvoiceDocument(Invoice invoice, Customer customer, DocumentCompany company,
                                 QList<CreditNote> creditNotes)
    : m_invoice(std::move(invoice)), m_customer(std::move(customer)), m_company(std::move(company)),
      m_creditNotes(std::move(creditNotes))
{
}

QString InvoiceDocument::html() const
{
    const auto money = [](Money m) { return esc(LocaleFormat::moneyAmount(m)); };
    QString html;
    html += QStringLiteral("<p style=\"font-size:15pt; font-weight:bold;\">%1</p>").arg(esc(m_company.name));
    QStringList letterhead;
    for (const QString& part : {m_company.address, m_company.phone})
        if (!part.isEmpty())
            letterhead << part;
    if (!m_company.taxId.isEmpty())
        letterhead << tr("Tax ID: %1").arg(m_company.taxId);
    if (!m_company.bankAccount.isEmpty())
        letterhead << tr("Bank account: %1").arg(m_company.bankAccount);
    if (!letterhead.isEmpty())
        html += QStringLiteral("<p style=\"font-size:8pt;\">%1</p>")
                    .arg(esc(letterhead.join(QStringLiteral("  "))));
    const QString title = m_invoice.kind == InvoiceKind::Deposit ? tr("Deposit Invoice") : tr("Invoice");
    html += QStringLiteral("<p align=\"center\" style=\"font-size:18pt; font-weight:bold;\">%1</p>")
                .arg(esc(title));

    html += QStringLiteral("<p>%1<br/>%2<br/>%3</p>")
                .arg(esc(tr("Invoice no.: %1").arg(m_invoice.invoiceNo)),
                     esc(tr("Invoice date: %1    Due date: %2")
                             .arg(LocaleFormat::date(m_invoice.invoiceDate),
                                  LocaleFormat::date(m_invoice.dueDate))),
                     esc(m_invoice.officialNo.isEmpty()
                             ? tr("Official 发票: not issued yet")
                             : tr("Official 发票: %1 of %2")
                                   .arg(m_invoice.officialNo, LocaleFormat::date(m_invoice.officialDate))));
    QString customer = esc(tr("Customer: %1 %2").arg(m_customer.code, m_customer.name));
    if (!m_customer.address.isEmpty())
        customer += QStringLiteral("<br/>") + esc(m_customer.address);
    html += QStringLiteral("<p>%1</p>").arg(customer);

    html += linesHtml();

    html +=
        QStringLiteral("<p style=\"margin-top:%1px;\">%2<br/><b>%3</b></p>")
            .arg(PagedDocumentRenderer::cssPixels(3))
            .arg(esc(tr("Total in words: %1").arg(ChineseAmount::inWords(m_invoice.total))),
                 esc(tr("Amount due: %1").arg(LocaleFormat::money(m_invoice.open(), m_invoice.currency))));
    if (!m_creditNotes.isEmpty()) {
        html += QStringLiteral("<p style=\"margin-top:%1px; font-weight:bold;\">%2</p>")
                    .arg(PagedDocumentRenderer::cssPixels(3))
                    .arg(esc(tr("Credit notes against this invoice")));
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\">")
                    .arg(PagedDocumentRenderer::cssPixels(1.2));
        for (const CreditNote& note : m_creditNotes)
            html += QStringLiteral("<tr>") + cell(esc(note.creditNo)) +
                    cell(esc(LocaleFormat::date(note.date))) + cell(esc(note.reason)) +
                    cell(money(-note.total), "right") + QStringLiteral("</tr>");
        html += QStringLiteral("</table>");
    }
    if (!m_company.terms.isEmpty())
        html += QStringLiteral("<p style=\"margin-top:%1px; font-size:8pt;\">%2</p>")
                    .arg(PagedDocumentRenderer::cssPixels(4))
                    .arg(esc(m_company.terms).replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
    html +=
        QStringLiteral("<p style=\"margin-top:%1px;\">%2</p>")
            .arg(PagedDocumentRenderer::cssPixels(4))
            .arg(esc(
                tr("Please pay by the due date, quoting the invoice number %1.").arg(m_invoice.invoiceNo)));
    return html;
}

QString InvoiceDocument::linesHtml() const
{
    const auto money = [](Money m) { return esc(LocaleFormat::moneyAmount(m)); };
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\">")
                       .arg(PagedDocumentRenderer::cssPixels(1.2));
    html += QStringLiteral("<tr style=\"background-color:#eeeeee;\">") + cell(esc(tr("No.")), "left", true) +
            cell(esc(tr("Order")), "left", true) + cell(esc(tr("Description")), "left", true) +
            cell(esc(tr("Quantity")), "right", true) + cell(esc(tr("Unit")), "left", true) +
            cell(esc(tr("Unit price")), "right", true) + cell(esc(tr("Tax rate")), "right", true) +
            cell(esc(tr("Amount")), "right", true) + QStringLiteral("</tr>");
    for (const InvoiceLine& line : m_invoice.lines) {
        const bool goods = line.kind == InvoiceLineKind::Goods;
        html += QStringLiteral("<tr>") + cell(QString::number(line.lineNo)) + cell(esc(line.orderNo)) +
                cell(esc(line.description)) +
                cell(goods ? esc(LocaleFormat::quantity(line.quantity)) : QString(), "right") +
                cell(goods ? esc(line.unit) : QString()) +
                cell(goods ? esc(LocaleFormat::unitPrice(line.unitPrice, m_invoice.currency)) : QString(),
                     "right") +
                cell(esc(line.taxRate.toPercentString() + QLatin1Char('%')), "right") +
                cell(money(line.amount), "right") + QStringLiteral("</tr>");
    }
    const auto total = [&](const QString& label, Money amount, bool bold) -> QString {
        return QStringLiteral("<tr>") + cell(QString()) + cell(QString()) + cell(esc(label), "left", bold) +
               cell(QString()) + cell(QString()) + cell(QString()) + cell(QString()) +
               cell(money(amount), "right", bold) + QStringLiteral("</tr>");
    };
    html += total(tr("Subtotal"), m_invoice.subtotal, false);
    html += total(tr("Tax"), m_invoice.tax, false);
    html += total(tr("Total (%1)").arg(m_invoice.currency), m_invoice.total, true);
    if (!m_invoice.credited.isZero())
        html += total(tr("Credited"), -m_invoice.credited, false);
    if (!m_invoice.applied.isZero())
        html += total(tr("Paid"), -m_invoice.applied, false);
    if (!m_invoice.writtenOff.isZero())
        html += total(tr("Written off"), -m_invoice.writtenOff, false);
    html += QStringLiteral("</table>");
    return html;
}

Status InvoiceDocument::writePdf(QIODevice& device) const
{
    PagedDocumentRenderer renderer(html());
    renderer.setFooterText(tr("Invoice %1").arg(m_invoice.invoiceNo));
    renderer.setTitle(tr("Invoice %1").arg(m_invoice.invoiceNo));
    return renderer.writePdf(device);
}

QList<QImage> InvoiceDocument::renderPages(int dpi) const
{
    return PagedDocumentRenderer(html()).renderPages(dpi);
}

} // namespace od
