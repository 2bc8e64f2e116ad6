#pragma once

#include "TableSheet.h"
#include "ZipStreamWriter.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

namespace od {

// Writes an Excel workbook (.xlsx, Office Open XML) row by row: numbers as numbers, dates as
// Excel dates with a date format, money as numbers with "#,##0.00" written from the exact
// decimal of its minor units, text as inline strings; the header row bold and frozen, column
// widths set. Rows are compressed as they come, so a sheet of a million rows needs no more
// memory than one of ten.
class XlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)

public:
    static constexpr int MaxSheetNameLength = 31;
    static constexpr qint64 MaxRows = 1'048'576;     // Excel's rows per sheet, the header included
    static constexpr qsizetype MaxCellText = 32'767; // Excel's characters per cell

    explicit XlsxWriter(QIODevice& device);

    // Excel's rules for a sheet name: 1 to 31 characters, none of : \ / ? * [ ], not starting or
    // ending with an apostrophe, not "History".
    static Status checkSheetName(const QString& name);

    // Starts a sheet and writes its header row; the previous sheet, if any, is ended first.
    Status beginSheet(const QString& name, const QList<TableColumn>& columns);
    Status writeRow(const TableRow& row);
    // The workbook's remaining parts; the device then holds a complete file if ok().
    Status finish();
    bool ok() const { return m_zip.ok(); }

    // Days since 1899-12-30, Excel's date serial (the 1900 date system).
    static qint64 excelSerial(const QDate& date);
    // The serial of a moment as an exact decimal string ("46000.5" for noon).
    static QByteArray excelSerial(const QDateTime& local);
    // Text for a cell: XML-escaped UTF-8, characters XML cannot hold dropped.
    static QByteArray escaped(const QString& text);

private:
    void endSheet();
    void flushIfFull();

    ZipStreamWriter m_zip;
    QStringList m_sheetNames;
    QList<QByteArray> m_columnLetters;
    QByteArray m_buffer; // the open sheet's XML not yet compressed
    qint64 m_row = 0;    // rows written in the open sheet
    bool m_sheetOpen = false;
};

} // namespace od
