#pragma once

#include "CsvProgress.h"
#include "Session.h"

#include <QCoreApplication>

namespace od {

class CsvWriter;

struct CsvExportReport
{
    qint64 rowCount = 0;    // data rows written (order lines for orders, steps for routings)
    bool cancelled = false; // then no file was written
};

// Writes customers, products, orders, work centres, routings or the calendar in the CSV formats
// the import reads (docs/CSV.md):
// UTF-8 with a BOM, CRLF, exact decimals. The file is replaced only when the export completes;
// a failed or cancelled export leaves any earlier file as it was.
class CsvExportService
{
    Q_DECLARE_TR_FUNCTIONS(CsvExportService)

public:
    explicit CsvExportService(Session& session) : m_session(session) {}

    Result<CsvExportReport> exportCustomers(const QString& path, CsvProgressCallback progress = {});
    Result<CsvExportReport> exportProducts(const QString& path, CsvProgressCallback progress = {});
    Result<CsvExportReport> exportOrders(const QString& path, CsvProgressCallback progress = {});
    Result<CsvExportReport> exportWorkCentres(const QString& path, CsvProgressCallback progress = {});
    // One row per routing step, by SKU and step number.
    Result<CsvExportReport> exportRoutings(const QString& path, CsvProgressCallback progress = {});
    // Every calendar entry, by date (the company's before the work centres').
    Result<CsvExportReport> exportCalendar(const QString& path, CsvProgressCallback progress = {});

private:
    Session& m_session;
};

} // namespace od
