#include "StatementDocument.h"

#include "DocumentHtml.h"
#include "LocaleFormat.h"
#include "PagedDocumentRenderer.h"

namespace od {

namespace {

QString esc(const QString& text)
{
    return DocumentHtml::escaped(text);
}

QString cell(const QString& text, const char* align = "left", bool bold = false)
{
    return DocumentHtml::cell(text, align, bold);
}

} // namespace

StatementDocument::StatementDocument(CustomerStatement statement, Customer customer, DocumentCompany company,
                                     QString currency)
    : m_statement(std::move(statement)), m_customer(std::move(customer)), m_company(std::move(company)),
      m_currency(std::move(currency))
{
}

QString StatementDocument::html() const
{
    const int pad = PagedDocumentRenderer::cssPixels(1.2);
    const auto money = [&](Money m) { return esc(LocaleFormat::moneyAmount(m)); };
    QString html;
    html += QStringLiteral("<p style=\"font-size:15pt; font-weight:bold;\">%1</p>").arg(esc(m_company.name));
    if (!m_company.address.isEmpty() || !m_company.phone.isEmpty())
        html += QStringLiteral("<p style=\"font-size:8pt;\">%1</p>")
                    .arg(esc(QStringList{m_company.address, m_company.phone}.join(QStringLiteral("  "))));
    html += QStringLiteral("<p align=\"center\" style=\"font-size:18pt; font-weight:bold;\">%1</p>")
                .arg(esc(tr("Customer Statement")));
    html += QStringLiteral("<p>%1</p>").arg(esc(tr("Customer: %1 %2").arg(m_customer.code, m_customer.name)));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("Period: %1 to %2 (%3)")
                             .arg(LocaleFormat::date(m_statement.from()),
                                  LocaleFormat::date(m_statement.to()), m_currency)));

    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\">").arg(pad);
    html += QStringLiteral("<tr style=\"background-color:#eeeeee;\">") + cell(esc(tr("Date")), "left", true) +
            cell(esc(tr("Document")), "left", true) + cell(esc(tr("Description")), "left", true) +
            cell(esc(tr("Debit")), "right", true) + cell(esc(tr("Credit")), "right", true) +
            cell(esc(tr("Balance")), "right", true) + QStringLiteral("</tr>");
    html += QStringLiteral("<tr>") + cell(esc(LocaleFormat::date(m_statement.from()))) + cell(QString()) +
            cell(esc(tr("Opening balance"))) + cell(QString()) + cell(QString()) +
            cell(money(m_statement.opening()), "right", true) + QStringLiteral("</tr>");
    for (const StatementEntry& e : m_statement.entries()) {
        QString description = CustomerStatement::kindName(e.kind);
        if (!e.description.isEmpty())
            description += QStringLiteral(" · ") + e.description;
        html += QStringLiteral("<tr>") + cell(esc(LocaleFormat::date(e.date))) + cell(esc(e.documentNo)) +
                cell(esc(description)) + cell(e.debit.isZero() ? QString() : money(e.debit), "right") +
                cell(e.credit.isZero() ? QString() : money(e.credit), "right") +
                cell(money(e.balance), "right") + QStringLiteral("</tr>");
    }
    html += QStringLiteral("<tr>") + cell(esc(LocaleFormat::date(m_statement.to()))) + cell(QString()) +
            cell(esc(tr("Closing balance")), "left", true) + cell(QString()) + cell(QString()) +
            cell(money(m_statement.closing()), "right", true) + QStringLiteral("</tr></table>");

    html += QStringLiteral("<p style=\"margin-top:%1px;\">%2</p>")
                .arg(PagedDocumentRenderer::cssPixels(4))
                .arg(esc(tr("Invoiced %1, credited %2, written off %3, paid %4.")
                             .arg(LocaleFormat::moneyAmount(m_statement.invoiced()),
                                  LocaleFormat::moneyAmount(m_statement.credited()),
                                  LocaleFormat::moneyAmount(m_statement.writtenOff()),
                                  LocaleFormat::moneyAmount(m_statement.paid()))));
    const QString closing =
        m_statement.closing().isNegative()
            ? tr("You have paid %1 in advance.").arg(LocaleFormat::money(-m_statement.closing(), m_currency))
            : tr("Balance due to us: %1.").arg(LocaleFormat::money(m_statement.closing(), m_currency));
    html += QStringLiteral("<p style=\"font-weight:bold;\">%1</p>").arg(esc(closing));
    html +=
        QStringLiteral("<p style=\"margin-top:%1px;\">%2</p>")
            .arg(PagedDocumentRenderer::cssPixels(8))
            .arg(esc(tr("Please check this statement and confirm the balance, or tell us of any difference. "
                        "Confirmed by (signature and stamp): ____________________  Date: __________")));
    return html;
}

Status StatementDocument::writePdf(QIODevice& device) const
{
    PagedDocumentRenderer renderer(html());
    renderer.setFooterText(tr("Statement %1 %2 to %3")
                               .arg(m_customer.code, m_statement.from().toString(Qt::ISODate),
                                    m_statement.to().toString(Qt::ISODate)));
    renderer.setTitle(tr("Customer Statement"));
    return renderer.writePdf(device);
}

QList<QImage> StatementDocument::renderPages(int dpi) const
{
    PagedDocumentRenderer renderer(html());
    return renderer.renderPages(dpi);
}

} // namespace od
