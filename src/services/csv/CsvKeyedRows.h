#pragma once

#include "CsvColumnMap.h"
#include "CsvImportReport.h"
#include "CsvProgress.h"
#include "CsvReader.h"
#include "Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <functional>

namespace od {

// The row loop of the importers whose records have a unique key (a customer's code, a
// product's SKU): each well-formed row is read into a record, its key must not appear earlier
// in the file nor already in the database, and the rows without errors are kept.
class CsvKeyedRows
{
    Q_DECLARE_TR_FUNCTIONS(CsvKeyedRows)

public:
    template <typename Record> struct Rules
    {
        // The record a row describes; adds an error to the report for each bad cell.
        std::function<Record(const CsvRecord& row, CsvImportReport& report)> read;
        std::function<QString(const Record&)> key;
        std::function<Result<bool>(const QString& key)> exists;
        // "Customer code %1 appears twice in the file (first on line %2)." and the like.
        std::function<QString(const QString& key, int firstLine)> twice;
        std::function<QString(const QString& key)> alreadyExists;
    };

    template <typename Record>
    static Status check(const QList<CsvRecord>& rows, const CsvColumnMap& columns, CsvImportReport& report,
                        CsvProgress& progress, const Rules<Record>& rules, QList<Record>& accepted)
    {
        QHash<QString, int> firstLineOfKey;
        return forEachRow(
            rows, columns, report, progress, [&](const CsvRecord& row, qsizetype errorsBefore) -> Status {
                Record record = rules.read(row, report);
                if (const QString key = rules.key(record); !key.isEmpty()) {
                    if (const auto first = firstLineOfKey.constFind(key); first != firstLineOfKey.cend()) {
                        report.addError(row.line, rules.twice(key, *first));
                    } else {
                        firstLineOfKey.insert(key, row.line);
                        auto existing = rules.exists(key);
                        if (!existing)
                            return std::unexpected(existing.error());
                        if (*existing)
                            report.addError(row.line, rules.alreadyExists(key));
                    }
                }
                if (report.errors.size() == errorsBefore)
                    accepted << record;
                return {};
            });
    }

    // The loop every importer's check runs: advances the progress (stopping when it is
    // cancelled), skips malformed rows (the reader reported them), reports extra cells and calls
    // `body(row, errorsBefore)` for each row, stopping at the first Status error it returns.
    template <typename Body>
    static Status forEachRow(const QList<CsvRecord>& rows, const CsvColumnMap& columns,
                             CsvImportReport& report, CsvProgress& progress, Body body)
    {
        for (const CsvRecord& row : rows) {
            if (!progress.advance())
                return {};
            if (row.malformed)
                continue;
            const qsizetype errorsBefore = report.errors.size();
            if (columns.hasExtraCells(row))
                report.addError(row.line, extraCellsMessage());
            if (auto ok = body(row, errorsBefore); !ok)
                return ok;
        }
        return {};
    }

    // Parses a cell with `parse` when it is not empty: the value goes to `target`, an error to
    // the report.
    template <typename T, typename Parse>
    static void optionalCell(const CsvColumnMap& columns, const CsvRecord& row, const QString& column,
                             CsvImportReport& report, T& target, Parse parse)
    {
        const QString text = columns.value(row, column);
        if (text.isEmpty())
            return;
        if (auto value = parse(column, text))
            target = *value;
        else
            report.addError(row.line, value.error().message);
    }

    static QString extraCellsMessage();
};

} // namespace od
