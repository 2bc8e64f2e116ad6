#include "CsvExportService.h"

#include "CalendarRepository.h"
#include "CsvFormat.h"
#include "CsvWriter.h"
#include "ExportRepository.h"
#include "OrderQueryService.h"
#include "OutputFile.h"
#include "Permissions.h"
#include "RoutingRepository.h"
#include "WorkCentreRepository.h"

namespace od {

namespace {

QString isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// Writes `rows` (already in memory: the planning tables are small) through `toCells`.
template <typename Row, typename ToCells>
Status writeRows(CsvWriter& writer, CsvProgress& steps, CsvExportReport& report, const QList<Row>& rows,
                 ToCells toCells)
{
    for (const Row& row : rows) {
        writer.writeRow(toCells(row));
        ++report.rowCount;
        if (!steps.advance())
            break;
    }
    return {};
}

} // namespace

// Writes the header, lets `fill` write the rows, and replaces the file only when all went well.
// OutputFile refuses the open database and any other OrderDesk database as the target.
template <typename Fill>
static Result<CsvExportReport> writeCsvFile(const QString& path, const QString& databasePath,
                                            const QStringList& header, qint64 total,
                                            const CsvProgressCallback& callback, Fill fill)
{
    CsvExportReport report;
    auto written = OutputFile::write(path, databasePath, [&](QIODevice& file) -> Result<bool> {
        CsvWriter writer(file);
        writer.writeByteOrderMark();
        writer.writeRow(header);
        CsvProgress progress(callback, total);
        progress.report();
        if (auto ok = fill(writer, progress, report); !ok)
            return std::unexpected(ok.error());
        if (progress.cancelled())
            return false;
        if (!writer.ok())
            return std::unexpected(
                Error::storage(CsvExportService::tr("Cannot write %1: %2").arg(path, file.errorString())));
        return true;
    });
    if (!written)
        return std::unexpected(written.error());
    report.cancelled = !*written;
    return report;
}

Result<CsvExportReport> CsvExportService::exportCustomers(const QString& path, CsvProgressCallback progress)
{
    if (auto ok = Permissions::require(m_session, Permission::ExportData); !ok)
        return std::unexpected(ok.error());
    ExportRepository repository(m_session.db());
    auto count = repository.customerCount();
    if (!count)
        return std::unexpected(count.error());
    return writeCsvFile(path, m_session.db().path(), CsvFormat::customerColumns(), *count, progress,
                        [&](CsvWriter& writer, CsvProgress& steps, CsvExportReport& report) -> Status {
                            return repository.forEachCustomer([&](const Customer& c) {
                                writer.writeRow({c.code, c.name, c.contact, c.phone, c.email, c.address,
                                                 c.creditLimit.toDecimalString(),
                                                 QString::number(c.paymentTermsDays), c.documentLanguage});
                                ++report.rowCount;
                                return steps.advance();
                            });
                        });
}

Result<CsvExportReport> CsvExportService::exportProducts(const QString& path, CsvProgressCallback progress)
{
    if (auto ok = Permissions::require(m_session, Permission::ExportData); !ok)
        return std::unexpected(ok.error());
    ExportRepository repository(m_session.db());
    auto count = repository.productCount();
    if (!count)
        return std::unexpected(count.error());
    return writeCsvFile(path, m_session.db().path(), CsvFormat::productColumns(), *count, progress,
                        [&](CsvWriter& writer, CsvProgress& steps, CsvExportReport& report) -> Status {
                            return repository.forEachProduct([&](const Product& p) {
                                writer.writeRow({p.sku, p.name, p.spec, p.unit, p.unitPrice.toDecimalString(),
                                                 QString::number(p.leadTimeDays)});
                                ++report.rowCount;
                                return steps.advance();
                            });
                        });
}

Result<CsvExportReport> CsvExportService::exportOrders(const QString& path, CsvProgressCallback progress)
{
    if (auto ok = Permissions::require(m_session, Permission::ExportData); !ok)
        return std::unexpected(ok.error());
    // The orders this user may see: a salesperson's own, everyone else's every order.
    const qint64 onlyOf = OrderQueryService(m_session).ownOrdersOnlyId();
    if (onlyOf < 0)
        if (auto ok = Permissions::require(m_session, Permission::ReadAllOrders); !ok)
            return std::unexpected(ok.error());
    ExportRepository repository(m_session.db());
    auto count = repository.orderLineCount(onlyOf);
    if (!count)
        return std::unexpected(count.error());
    return writeCsvFile(path, m_session.db().path(), CsvFormat::orderColumns(), *count, progress,
                        [&](CsvWriter& writer, CsvProgress& steps, CsvExportReport& report) -> Status {
                            return repository.forEachOrderLine(onlyOf, [&](const OrderExportLine& l) {
                                writer.writeRow({l.orderNo, l.customerCode, isoDate(l.orderDate),
                                                 isoDate(l.requestedDate), OrderStatusInfo::key(l.status),
                                                 QString::number(l.lineNo), l.sku, l.description,
                                                 l.quantity.toDecimalString(), l.unitPrice.toDecimalString(),
                                                 l.discount.toPercentString(),
                                                 l.heldFrom ? OrderStatusInfo::key(*l.heldFrom) : QString(),
                                                 l.taxRate.toPercentString()});
                                ++report.rowCount;
                                return steps.advance();
                            });
                        });
}

Result<CsvExportReport> CsvExportService::exportWorkCentres(const QString& path, CsvProgressCallback progress)
{
    if (auto ok = Permissions::require(m_session, Permission::ExportData); !ok)
        return std::unexpected(ok.error());
    auto centres = WorkCentreRepository(m_session.db()).all();
    if (!centres)
        return std::unexpected(centres.error());
    return writeCsvFile(path, m_session.db().path(), CsvFormat::workCentreColumns(), centres->size(),
                        progress,
                        [&](CsvWriter& writer, CsvProgress& steps, CsvExportReport& report) -> Status {
                            return writeRows(writer, steps, report, *centres, [](const WorkCentre& c) {
                                return QStringList{c.code,
                                                   c.name,
                                                   c.department,
                                                   c.hoursPerShift.toDecimalString(),
                                                   QString::number(c.shifts),
                                                   QString::number(c.units),
                                                   c.efficiency.toPercentString()};
                            });
                        });
}

Result<CsvExportReport> CsvExportService::exportRoutings(const QString& path, CsvProgressCallback progress)
{
    if (auto ok = Permissions::require(m_session, Permission::ExportData); !ok)
        return std::unexpected(ok.error());
    auto routings = RoutingRepository(m_session.db()).all();
    if (!routings)
        return std::unexpected(routings.error());
    QList<QStringList> rows;
    for (const Routing& routing : std::as_const(*routings)) {
        for (const RoutingStep& step : routing.steps) {
            // Columns that do not apply to the kind of step stay empty.
            const bool bought = step.isPurchase();
            rows << QStringList{routing.sku,
                                QString::number(step.stepNo),
                                step.name,
                                step.workCentre,
                                bought ? QString() : step.setupHours.toDecimalString(),
                                bought ? QString() : step.runHoursPerUnit.toDecimalString(),
                                QString::number(step.waitDays),
                                bought ? QString::number(step.purchaseLeadDays) : QString(),
                                step.alternatives.join(u' ')};
        }
    }
    return writeCsvFile(path, m_session.db().path(), CsvFormat::routingColumns(), rows.size(), progress,
                        [&](CsvWriter& writer, CsvProgress& steps, CsvExportReport& report) -> Status {
                            return writeRows(writer, steps, report, rows,
                                             [](const QStringList& r) { return r; });
                        });
}

Result<CsvExportReport> CsvExportService::exportCalendar(const QString& path, CsvProgressCallback progress)
{
    if (auto ok = Permissions::require(m_session, Permission::ExportData); !ok)
        return std::unexpected(ok.error());
    auto days = CalendarRepository(m_session.db()).all();
    if (!days)
        return std::unexpected(days.error());
    return writeCsvFile(path, m_session.db().path(), CsvFormat::calendarColumns(), days->size(), progress,
                        [&](CsvWriter& writer, CsvProgress& steps, CsvExportReport& report) -> Status {
                            return writeRows(writer, steps, report, *days, [](const CalendarDay& d) {
                                return QStringList{
                                    isoDate(d.date), CalendarDay::kindKey(d.kind), d.workCentre,
                                    d.kind == CalendarDayKind::Overtime ? d.hours.toDecimalString()
                                                                        : QString()};
                            });
                        });
}

} // namespace od
