#pragma once

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

namespace od::test {

// Reads a zip archive the way a spreadsheet program does: from the central directory at its
// end, each entry inflated with zlib and checked against its CRC-32. For tests that open the
// workbooks OrderDesk writes and look at what a user would see.
class ZipReader
{
public:
    explicit ZipReader(const QByteArray& archive);
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QStringList names() const { return m_entries.keys(); }
    bool contains(const QString& name) const { return m_entries.contains(name); }
    QByteArray entry(const QString& name) const { return m_entries.value(name); }

private:
    QMap<QString, QByteArray> m_entries;
    QString m_error;
};

// One cell as a spreadsheet program reads it.
struct XlsxCell
{
    QString type;       // the t attribute: "" (a number), "inlineStr", "s", "str", "b"
    QString value;      // the number's text, or the string
    QString formatCode; // of its number format: "General", "yyyy-mm-dd", "#,##0.00", …
    bool bold = false;
};

// A workbook opened from an .xlsx: its sheet names in order and each sheet's cells by reference ("B2").
class XlsxReader
{
public:
    explicit XlsxReader(const QString& path);
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QStringList sheetNames() const { return m_sheetNames; }
    XlsxCell cell(int sheet, const QString& ref) const { return m_cells.value(sheet).value(ref); }
    int rowCount(int sheet) const { return m_rowCounts.value(sheet); }
    // The frozen pane's ySplit and the widths of the columns, for the sheet.
    QString frozenRows(int sheet) const { return m_frozen.value(sheet); }
    QMap<int, QString> columnWidths(int sheet) const { return m_widths.value(sheet); }

private:
    QString m_error;
    QStringList m_sheetNames;
    QList<QHash<QString, XlsxCell>> m_cells;
    QList<int> m_rowCounts;
    QList<QString> m_frozen;
    QList<QMap<int, QString>> m_widths;
};

} // namespace od::test
