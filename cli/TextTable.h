#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace od::cli {

// Columns lined up for a terminal. Chinese characters take two cells, so widths are counted in
// terminal cells, not in characters. Every cell is shown defused (terminalText()): text from the
// database never reaches the terminal as a control sequence.
class TextTable
{
public:
    enum class Align
    {
        Left,
        Right
    };

    void addColumn(const QString& title, Align align = Align::Left);
    void addRow(const QStringList& cells);
    bool isEmpty() const { return m_rows.isEmpty(); }
    void print(QTextStream& out, const QString& indent = {}) const;

    // Terminal cells `text` takes.
    static int displayWidth(const QString& text);

    // Text as a terminal may print it: control characters (an ESC that retitles or clears the
    // terminal) become a visible U+FFFD; line breaks stay where `multiLine`, else become spaces.
    static QString terminalText(const QString& text, bool multiLine);

private:
    QStringList m_titles;
    QList<Align> m_aligns;
    QList<QStringList> m_rows;
};

} // namespace od::cli
