#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace od::cli {

// Columns lined up for a terminal. Chinese characters take two cells, so widths are counted in
// terminal cells, not in characters.
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

private:
    QStringList m_titles;
    QList<Align> m_aligns;
    QList<QStringList> m_rows;
};

} // namespace od::cli
