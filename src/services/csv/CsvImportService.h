#pragma once

#include "CsvImportReport.h"
#include "CsvProgress.h"
#include "Session.h"

#include <QCoreApplication>

namespace od {

class CsvRecordImporter;

// Imports customers, products, orders, work centres, routings or calendar days from a CSV file
// (formats in docs/CSV.md). An import is
// all or nothing: every problem in the file is listed in the report, and one bad row imports
// nothing. With dryRun the file is checked and nothing is changed. The GUI runs these on a
// worker thread with its own Database and Session.
//
// The Result carries an error only when the file cannot be read or the database fails; what
// is wrong with the file is in the report (report.ok() is false).
class CsvImportService
{
    Q_DECLARE_TR_FUNCTIONS(CsvImportService)

public:
    explicit CsvImportService(Session& session) : m_session(session) {}

    Result<CsvImportReport> importCustomers(const QString& path, bool dryRun,
                                            CsvProgressCallback progress = {});
    Result<CsvImportReport> importProducts(const QString& path, bool dryRun,
                                           CsvProgressCallback progress = {});
    Result<CsvImportReport> importOrders(const QString& path, bool dryRun, CsvProgressCallback progress = {});
    Result<CsvImportReport> importWorkCentres(const QString& path, bool dryRun,
                                              CsvProgressCallback progress = {});
    Result<CsvImportReport> importRoutings(const QString& path, bool dryRun,
                                           CsvProgressCallback progress = {});
    Result<CsvImportReport> importCalendar(const QString& path, bool dryRun,
                                           CsvProgressCallback progress = {});
    // Whichever of the above `kind` names.
    Result<CsvImportReport> import(CsvImportReport::Kind kind, const QString& path, bool dryRun,
                                   CsvProgressCallback progress = {});

private:
    Result<CsvImportReport> run(CsvImportReport::Kind kind, CsvRecordImporter& importer, const QString& path,
                                bool dryRun, const CsvProgressCallback& progress);
    Session& m_session;
};

} // namespace od
