#pragma once

#include <QString>

namespace od {

// The small pieces of HTML the finance documents (statement, invoice) are built from: escaped
// text and a table cell with the thin rule under it.
class DocumentHtml
{
public:
    static QString escaped(const QString& text) { return text.toHtmlEscaped(); }

    // `html` is inserted as given: escape text first.
    static QString cell(const QString& html, const char* align = "left", bool bold = false)
    {
        return QStringLiteral("<td align=\"%1\" style=\"border-bottom:1px solid #cccccc;%2\">%3</td>")
            .arg(QLatin1String(align), bold ? QStringLiteral(" font-weight:bold;") : QString(), html);
    }
};

} // namespace od
