#pragma once

#include "CsvColumnMap.h"
#include "CsvImportReport.h"
#include "CsvProgress.h"
#include "CsvReader.h"
#include "Error.h"

#include <QList>

namespace od {

// What one kind of record (customer, product, order) adds to the shared import run: its
// columns, the checks of its rows, and the writing of what passed. CsvImportService owns the
// file, the header, the transaction and the report around it.
class CsvRecordImporter
{
public:
    virtual ~CsvRecordImporter() = default;

    virtual CsvColumnMap columns() const = 0;
    // Checks every data row, adds one error per problem to `report` and keeps the records that
    // passed. A Status error means storage failed, not that the file is wrong. Advances
    // `progress` once per row and stops early when it is cancelled.
    virtual Status check(const QList<CsvRecord>& rows, const CsvColumnMap& columns, CsvImportReport& report,
                         CsvProgress& progress) = 0;
    // Records that passed check().
    virtual qint64 recordCount() const = 0;
    // Inserts them, inside the caller's transaction; advances `progress` once per row.
    virtual Status write(CsvProgress& progress) = 0;
};

} // namespace od
