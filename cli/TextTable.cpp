#include "TextTable.h"

#include "TextCheck.h"

namespace od::cli {

namespace {

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
           (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
           (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

} // namespace

int TextTable::displayWidth(const QString& text)
{
    int width = 0;
    for (char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

void TextTable::addColumn(const QString& title, Align align)
{
    m_titles << title;
    m_aligns << align;
}

QString TextTable::terminalText(const QString& text, bool multiLine)
{
    if (multiLine)
        return TextCheck::defused(text, true);
    QString line = text;
    line.replace(QStringLiteral("\r\n"), QStringLiteral(" "));
    line.replace(u'\n', u' ');
    line.replace(u'\t', u' ');
    return TextCheck::defused(line, false);
}

void TextTable::addRow(const QStringList& cells)
{
    QStringList shown;
    shown.reserve(cells.size());
    for (const QString& cell : cells)
        shown << terminalText(cell, false);
    m_rows << shown;
}

void TextTable::print(QTextStream& out, const QString& indent) const
{
    QList<int> widths;
    for (const QString& t : m_titles)
        widths << displayWidth(t);
    for (const QStringList& row : m_rows)
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], displayWidth(row[i]));

    const auto printRow = [&](const QStringList& cells) {
        QString line = indent;
        for (int i = 0; i < widths.size(); ++i) {
            const QString cell = cells.value(i);
            const QString pad(widths[i] - displayWidth(cell), u' ');
            const bool last = i == widths.size() - 1;
            if (m_aligns[i] == Align::Right)
                line += pad + cell;
            else
                line += last ? cell : cell + pad;
            if (!last)
                line += QStringLiteral("  ");
        }
        out << line << '\n';
    };
    printRow(m_titles);
    for (const QStringList& row : m_rows)
        printRow(row);
}

} // namespace od::cli
