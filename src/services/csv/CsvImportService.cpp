#include "CsvImportService.h"

#include "AccessLedger.h"
#include "AuditTrail.h"
#include "Permissions.h"

#include "CsvCalendarImporter.h"
#include "CsvCustomerImporter.h"
#include "CsvOrderImporter.h"
#include "CsvProductImporter.h"
#include "CsvReader.h"
#include "CsvRoutingImporter.h"
#include "CsvWorkCentreImporter.h"
#include "Database.h"
#include "Logging.h"
#include "PaymentService.h"

#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#include <algorithm>
#include <optional>

namespace od {

namespace {

QString kindName(CsvImportReport::Kind kind)
{
    switch (kind) {
    case CsvImportReport::Kind::Customers:
        return QStringLiteral("customers");
    case CsvImportReport::Kind::Products:
        return QStringLiteral("products");
    case CsvImportReport::Kind::Orders:
        return QStringLiteral("orders");
    case CsvImportReport::Kind::WorkCentres:
        return QStringLiteral("work_centres");
    case CsvImportReport::Kind::Routings:
        return QStringLiteral("routings");
    case CsvImportReport::Kind::Calendar:
        return QStringLiteral("calendar");
    case CsvImportReport::Kind::Payments:
        return QStringLiteral("payments");
    }
    return {};
}

QString kindDisplayName(CsvImportReport::Kind kind)
{
    switch (kind) {
    case CsvImportReport::Kind::Customers:
        return CsvImportService::tr("customers");
    case CsvImportReport::Kind::Products:
        return CsvImportService::tr("products");
    case CsvImportReport::Kind::Orders:
        return CsvImportService::tr("orders");
    case CsvImportReport::Kind::WorkCentres:
        return CsvImportService::tr("work centres");
    case CsvImportReport::Kind::Routings:
        return CsvImportService::tr("routings");
    case CsvImportReport::Kind::Calendar:
        return CsvImportService::tr("the working calendar");
    case CsvImportReport::Kind::Payments:
        return CsvImportService::tr("payments");
    }
    return {};
}

} // namespace

Result<CsvImportReport> CsvImportService::importCustomers(const QString& path, bool dryRun,
                                                          CsvProgressCallback progress)
{
    CsvCustomerImporter importer(m_session);
    return run(CsvImportReport::Kind::Customers, importer, path, dryRun, progress);
}

Result<CsvImportReport> CsvImportService::importProducts(const QString& path, bool dryRun,
                                                         CsvProgressCallback progress)
{
    CsvProductImporter importer(m_session);
    return run(CsvImportReport::Kind::Products, importer, path, dryRun, progress);
}

Result<CsvImportReport> CsvImportService::importOrders(const QString& path, bool dryRun,
                                                       CsvProgressCallback progress)
{
    CsvOrderImporter importer(m_session, QFileInfo(path).fileName());
    return run(CsvImportReport::Kind::Orders, importer, path, dryRun, progress);
}

Result<CsvImportReport> CsvImportService::importWorkCentres(const QString& path, bool dryRun,
                                                            CsvProgressCallback progress)
{
    CsvWorkCentreImporter importer(m_session);
    return run(CsvImportReport::Kind::WorkCentres, importer, path, dryRun, progress);
}

Result<CsvImportReport> CsvImportService::importRoutings(const QString& path, bool dryRun,
                                                         CsvProgressCallback progress)
{
    CsvRoutingImporter importer(m_session);
    return run(CsvImportReport::Kind::Routings, importer, path, dryRun, progress);
}

Result<CsvImportReport> CsvImportService::importCalendar(const QString& path, bool dryRun,
                                                         CsvProgressCallback progress)
{
    CsvCalendarImporter importer(m_session);
    return run(CsvImportReport::Kind::Calendar, importer, path, dryRun, progress);
}

Result<CsvImportReport> CsvImportService::import(CsvImportReport::Kind kind, const QString& path, bool dryRun,
                                                 CsvProgressCallback progress)
{
    switch (kind) {
    case CsvImportReport::Kind::Customers:
        return importCustomers(path, dryRun, std::move(progress));
    case CsvImportReport::Kind::Products:
        return importProducts(path, dryRun, std::move(progress));
    case CsvImportReport::Kind::Orders:
        return importOrders(path, dryRun, std::move(progress));
    case CsvImportReport::Kind::WorkCentres:
        return importWorkCentres(path, dryRun, std::move(progress));
    case CsvImportReport::Kind::Routings:
        return importRoutings(path, dryRun, std::move(progress));
    case CsvImportReport::Kind::Calendar:
        return importCalendar(path, dryRun, std::move(progress));
    case CsvImportReport::Kind::Payments:
        return PaymentService(m_session).importFile(path, dryRun, std::move(progress));
    }
    return std::unexpected(Error::invalid(tr("Unknown kind of import.")));
}

Result<CsvImportReport> CsvImportService::run(CsvImportReport::Kind kind, CsvRecordImporter& importer,
                                              const QString& path, bool dryRun,
                                              const CsvProgressCallback& progressCallback,
                                              Permission permission)
{
    // A dry run too: it tells which codes and order numbers exist, colleagues' orders included.
    if (auto ok = Permissions::require(m_session, permission); !ok)
        return std::unexpected(ok.error());
    CsvImportReport report;
    report.kind = kind;
    report.path = path;
    report.dryRun = dryRun;

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(Error::invalid(tr("Cannot read %1: %2").arg(path, file.errorString())));
    CsvReadResult read = CsvReader::read(file.readAll());
    file.close();
    report.encoding = read.encoding;
    report.errors = read.errors;
    if (read.records.isEmpty()) {
        if (report.errors.isEmpty())
            report.addError(1, tr("The file is empty: the first line must name the columns."));
        return report;
    }

    const CsvRecord header = read.records.takeFirst();
    for (const QString& name : header.fields)
        report.header << name.trimmed();
    CsvColumnMap columns = importer.columns();
    if (header.malformed || !columns.bind(header, report))
        return report; // without trustworthy columns every row would only repeat the same error
    report.rowCount = read.records.size();
    for (int i = 0; i < read.records.size() && i < CsvImportReport::PreviewRowLimit; ++i) {
        report.previewRows << read.records[i].fields;
        report.previewLines << read.records[i].line;
    }
    if (read.records.isEmpty()) {
        report.addError(header.line + 1, tr("The file has no rows below its header."));
        return report;
    }

    // Checking happens inside the transaction too, so nobody can add a clashing code between
    // the check and the insert. A dry run only reads and needs none. synchronous stays FULL:
    // in WAL mode a single transaction syncs once, at commit, so relaxing it would gain nothing.
    std::optional<Transaction> transaction;
    qint64 job = 0;
    AccessLedger* ledger = nullptr;
    auto finishJob = qScopeGuard([&] {
        if (job)
            (void)ledger->finishJob(job);
    });
    if (!dryRun) {
        // Whoever meets the write lock meanwhile (a sign-in, a save) is told who imports what.
        ledger = m_session.db().accessLedger(true);
        if (ledger) {
            auto started = ledger->startJob(
                m_session.user().name,
                tr("importing %1 from %2").arg(kindDisplayName(kind), QFileInfo(path).fileName()));
            job = started.value_or(0);
        }
        transaction.emplace(m_session.db());
        if (!transaction->isActive())
            return std::unexpected(transaction->beginError());
    }
    CsvProgress progress(progressCallback, report.rowCount * (dryRun ? 1 : 2));
    progress.report();

    if (auto ok = importer.check(read.records, columns, report, progress); !ok)
        return std::unexpected(ok.error());
    // Quoting errors were found before the row checks; list everything in file order.
    std::stable_sort(report.errors.begin(), report.errors.end(),
                     [](const CsvImportError& a, const CsvImportError& b) { return a.line < b.line; });
    report.recordCount = importer.recordCount();
    if (progress.cancelled()) {
        report.cancelled = true;
        return report;
    }
    if (!report.errors.isEmpty() || dryRun)
        return report;

    if (auto ok = importer.write(progress); !ok)
        return std::unexpected(ok.error());
    if (progress.cancelled()) {
        report.cancelled = true;
        return report; // the transaction rolls back as it goes out of scope
    }
    if (auto ok =
            AuditTrail::record(m_session, QStringLiteral("import.%1").arg(kindName(kind)),
                               QStringLiteral("import"), 0, QFileInfo(path).fileName(),
                               {{QStringLiteral("records"), QString(), QString::number(report.recordCount)}});
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return std::unexpected(ok.error());
    report.committed = true;
    Logging::mutation(m_session.user().name,
                      QStringLiteral("import %1 (%2)").arg(kindName(kind)).arg(report.recordCount), path);
    return report;
}

} // namespace od
