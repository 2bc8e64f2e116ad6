#pragma once

#include "CsvProgress.h"
#include "Session.h"
#include "TableSheet.h"

#include <QCoreApplication>

namespace od {

struct TableExportReport
{
    qint64 rowCount = 0;    // data rows written, over every sheet
    bool cancelled = false; // then no file was written
};

// Writes tables to the file the user chose, as an Excel workbook (.xlsx, one sheet per table)
// or as CSV (.csv, UTF-8 with a BOM like the other exports; several tables one after the other,
// each under a line with its name), chosen by the file's suffix. The file is written through
// OutputFile: it is never the database, and it replaces an earlier file only once complete, so
// a cancelled or failed export leaves nothing half-written.
class TableExportService
{
    Q_DECLARE_TR_FUNCTIONS(TableExportService)

public:
    enum class Format
    {
        Xlsx,
        Csv
    };

    explicit TableExportService(Session& session) : m_session(session) {}

    // The format a file name asks for; an error naming the suffixes understood otherwise.
    static Result<Format> formatOf(const QString& path);

    Result<TableExportReport> write(const QString& path, const QList<TableSheet>& sheets,
                                    CsvProgressCallback progress = {});

    // A cell as the CSV export writes it: exact decimals, ISO dates, local date and time.
    static QString csvText(const TableCell& cell);

private:
    Session& m_session;
};

} // namespace od
