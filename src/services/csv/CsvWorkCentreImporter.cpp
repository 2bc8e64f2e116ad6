#include "CsvWorkCentreImporter.h"

#include "CsvFieldParser.h"
#include "CsvFormat.h"
#include "CsvKeyedRows.h"
#include "WorkCentreRepository.h"

#include <QHash>

namespace od {

CsvColumnMap CsvWorkCentreImporter::columns() const
{
    return CsvColumnMap(CsvFormat::workCentreColumns(), CsvFormat::workCentreRequired());
}

Status CsvWorkCentreImporter::check(const QList<CsvRecord>& rows, const CsvColumnMap& columns,
                                    CsvImportReport& report, CsvProgress& progress)
{
    WorkCentreRepository repository(m_session.db());
    QHash<QString, int> firstLineOfCode;
    return CsvKeyedRows::forEachRow(
        rows, columns, report, progress, [&](const CsvRecord& row, qsizetype errorsBefore) -> Status {
            WorkCentre centre;
            centre.code = columns.value(row, QStringLiteral("code"));
            centre.name = columns.value(row, QStringLiteral("name"));
            centre.department = columns.value(row, QStringLiteral("department"));
            centre.hoursPerShift = Hours();
            CsvKeyedRows::optionalCell(columns, row, QStringLiteral("hours_per_shift"), report,
                                       centre.hoursPerShift, &CsvFieldParser::hours);
            CsvKeyedRows::optionalCell(columns, row, QStringLiteral("shifts"), report, centre.shifts,
                                       CsvFieldParser::anyInt);
            CsvKeyedRows::optionalCell(columns, row, QStringLiteral("units"), report, centre.units,
                                       CsvFieldParser::anyInt);
            CsvKeyedRows::optionalCell(columns, row, QStringLiteral("efficiency_percent"), report,
                                       centre.efficiency, &CsvFieldParser::percent);
            // A cell that did not parse has its own error; the rules would only repeat it.
            if (report.errors.size() == errorsBefore) {
                if (auto ok = centre.check(); !ok)
                    report.addError(row.line, CsvFieldParser::withColumn(ok.error()));
            }
            if (!centre.code.isEmpty()) {
                if (const auto first = firstLineOfCode.constFind(centre.code);
                    first != firstLineOfCode.cend()) {
                    report.addError(row.line,
                                    tr("Work centre %1 appears twice in the file (first on line %2).")
                                        .arg(centre.code, QString::number(*first)));
                } else {
                    firstLineOfCode.insert(centre.code, row.line);
                }
            }
            if (report.errors.size() != errorsBefore)
                return {};
            auto existing = repository.byCode(centre.code);
            if (!existing)
                return std::unexpected(existing.error());
            if (*existing) {
                centre.id = (*existing)->id;
                centre.active = (*existing)->active;
            }
            m_centres << centre;
            return {};
        });
}

Status CsvWorkCentreImporter::write(CsvProgress& progress)
{
    WorkCentreRepository repository(m_session.db());
    for (const WorkCentre& centre : std::as_const(m_centres)) {
        if (centre.id != 0) {
            if (auto ok = repository.update(centre); !ok)
                return ok;
        } else if (auto id = repository.insert(centre); !id) {
            return std::unexpected(id.error());
        }
        if (!progress.advance())
            return {};
    }
    return {};
}

} // namespace od
