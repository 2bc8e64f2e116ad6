#include "CsvExportService.h"

#include "CsvFormat.h"
#include "CsvWriter.h"
#include "ExportRepository.h"
#include "OutputFile.h"
#include "Permissions.h"

namespace od {

namespace {

QString isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
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
                                                 QString::number(c.paymentTermsDays)});
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
    // Every order of every salesperson goes into the file.
    if (auto ok = Permissions::require(m_session, Permission::ReadAllOrders); !ok)
        return std::unexpected(ok.error());
    ExportRepository repository(m_session.db());
    auto count = repository.orderLineCount();
    if (!count)
        return std::unexpected(count.error());
    return writeCsvFile(path, m_session.db().path(), CsvFormat::orderColumns(), *count, progress,
                        [&](CsvWriter& writer, CsvProgress& steps, CsvExportReport& report) -> Status {
                            return repository.forEachOrderLine([&](const OrderExportLine& l) {
                                writer.writeRow({l.orderNo, l.customerCode, isoDate(l.orderDate),
                                                 isoDate(l.requestedDate), OrderStatusInfo::key(l.status),
                                                 QString::number(l.lineNo), l.sku, l.description,
                                                 l.quantity.toDecimalString(), l.unitPrice.toDecimalString(),
                                                 l.discount.toPercentString()});
                                ++report.rowCount;
                                return steps.advance();
                            });
                        });
}

} // namespace od
