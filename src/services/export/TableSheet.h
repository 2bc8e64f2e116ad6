#pragma once

#include "Error.h"
#include "Money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <variant>

namespace od {

// What a column holds, so that a spreadsheet gets numbers as numbers, dates as dates and money
// with two decimals, and a CSV the same values as exact text.
enum class TableColumnType
{
    Text,
    Integer,
    Decimal, // an exact decimal given as text ("12.500"): quantities, hours, percentages
    Money,
    Date,
    DateTime // shown in local time
};

struct TableColumn
{
    QString title;
    TableColumnType type = TableColumnType::Text;
    int width = 0; // in characters; 0: a width that suits the type
};

// One cell: empty, or a value of its column's type.
struct DecimalText
{
    QString text;
};
using TableCell = std::variant<std::monostate, QString, qint64, DecimalText, Money, QDate, QDateTime>;
using TableRow = QList<TableCell>;

// One table of an export: a sheet of a workbook, or a CSV file. Rows are produced on demand by
// `rows`, which calls its visitor once per row in order and stops when the visitor returns
// false, so a list of a million orders is never held in memory.
struct TableSheet
{
    using Visitor = std::function<bool(const TableRow&)>;

    QString name; // the sheet's name in a workbook
    QList<TableColumn> columns;
    qint64 expectedRows = 0; // for progress; may be an estimate
    std::function<Status(const Visitor&)> rows;
};

// A sheet whose rows are already in memory (small reports).
TableSheet tableOfRows(QString name, QList<TableColumn> columns, QList<TableRow> rows);

} // namespace od
