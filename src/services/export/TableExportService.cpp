#include "TableExportService.h"

#include "CsvWriter.h"
#include "Database.h"
#include "OutputFile.h"
#include "Permissions.h"
#include "XlsxWriter.h"

#include <QFileInfo>

namespace od {

Result<TableExportService::Format> TableExportService::formatOf(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx"))
        return Format::Xlsx;
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    return std::unexpected(Error::invalid(
        tr("Export to a file ending in .xlsx (Excel) or .csv, not \"%1\".").arg(QFileInfo(path).fileName()),
        QStringLiteral("file")));
}

QString TableExportService::csvText(const TableCell& cell)
{
    if (const auto* s = std::get_if<QString>(&cell))
        return *s;
    if (const auto* n = std::get_if<qint64>(&cell))
        return QString::number(*n);
    if (const auto* d = std::get_if<DecimalText>(&cell))
        return d->text;
    if (const auto* m = std::get_if<Money>(&cell))
        return m->toDecimalString();
    if (const auto* date = std::get_if<QDate>(&cell))
        return date->isValid() ? date->toString(Qt::ISODate) : QString();
    if (const auto* moment = std::get_if<QDateTime>(&cell))
        return moment->isValid() ? moment->toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                 : QString();
    return {};
}

Result<TableExportReport> TableExportService::write(const QString& path, const QList<TableSheet>& sheets,
                                                    CsvProgressCallback callback)
{
    if (auto ok = Permissions::require(m_session, Permission::ExportData); !ok)
        return std::unexpected(ok.error());
    auto format = formatOf(path);
    if (!format)
        return std::unexpected(format.error());
    if (*format == Format::Xlsx)
        for (const TableSheet& sheet : sheets)
            if (auto ok = XlsxWriter::checkSheetName(sheet.name); !ok)
                return std::unexpected(ok.error());
    qint64 total = 0;
    for (const TableSheet& sheet : sheets)
        total += sheet.expectedRows;

    TableExportReport report;
    auto written = OutputFile::write(path, m_session.db().path(), [&](QIODevice& file) -> Result<bool> {
        CsvProgress progress(callback, qMax<qint64>(total, 1));
        progress.report();
        Status failed;
        if (*format == Format::Xlsx) {
            XlsxWriter workbook(file);
            for (const TableSheet& sheet : sheets) {
                if (auto ok = workbook.beginSheet(sheet.name, sheet.columns); !ok)
                    return std::unexpected(ok.error());
                auto walked = sheet.rows([&](const TableRow& row) {
                    failed = workbook.writeRow(row);
                    ++report.rowCount;
                    return failed.has_value() && progress.advance();
                });
                if (!walked)
                    return std::unexpected(walked.error());
                if (!failed)
                    return std::unexpected(failed.error());
                if (progress.cancelled())
                    return false;
            }
            if (auto ok = workbook.finish(); !ok)
                return std::unexpected(ok.error());
        } else {
            CsvWriter writer(file);
            writer.writeByteOrderMark();
            for (qsizetype s = 0; s < sheets.size(); ++s) {
                const TableSheet& sheet = sheets[s];
                if (sheets.size() > 1) {
                    if (s > 0)
                        writer.writeRow({});
                    writer.writeRow({sheet.name});
                }
                QStringList header;
                for (const TableColumn& column : sheet.columns)
                    header << column.title;
                writer.writeRow(header);
                QStringList fields;
                auto walked = sheet.rows([&](const TableRow& row) {
                    fields.clear();
                    for (const TableCell& cell : row)
                        fields << csvText(cell);
                    writer.writeRow(fields);
                    ++report.rowCount;
                    return writer.ok() && progress.advance();
                });
                if (!walked)
                    return std::unexpected(walked.error());
                if (progress.cancelled())
                    return false;
            }
            if (!writer.ok())
                return std::unexpected(
                    Error::storage(tr("Cannot write %1: %2").arg(path, file.errorString())));
        }
        progress.report();
        return true;
    });
    if (!written)
        return std::unexpected(written.error());
    report.cancelled = !*written;
    return report;
}

} // namespace od
