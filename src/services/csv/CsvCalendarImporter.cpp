#include "CsvCalendarImporter.h"

#include "CalendarRepository.h"
#include "CsvFieldParser.h"
#include "CsvFormat.h"
#include "CsvKeyedRows.h"
#include "WorkCentreRepository.h"

#include <QHash>
#include <QPair>

#include <optional>

namespace od {

CsvColumnMap CsvCalendarImporter::columns() const
{
    return CsvColumnMap(CsvFormat::calendarColumns(), CsvFormat::calendarRequired());
}

Status CsvCalendarImporter::check(const QList<CsvRecord>& rows, const CsvColumnMap& columns,
                                  CsvImportReport& report, CsvProgress& progress)
{
    WorkCentreRepository centres(m_session.db());
    QHash<QString, qint64> centreIdOfCode; // 0 = no such centre
    QHash<QPair<QDate, QString>, int> firstLineOfDay;
    return CsvKeyedRows::forEachRow(
        rows, columns, report, progress, [&](const CsvRecord& row, qsizetype errorsBefore) -> Status {
            Entry entry;
            CalendarDay& day = entry.day;
            const QString dateText = columns.value(row, QStringLiteral("date"));
            if (dateText.isEmpty())
                report.addError(row.line, tr("date is empty."));
            else if (auto date = CsvFieldParser::date(QStringLiteral("date"), dateText))
                day.date = *date;
            else
                report.addError(row.line, date.error().message);

            const QString kindText = columns.value(row, QStringLiteral("kind"));
            if (const auto kind = CalendarDay::kindFromKey(kindText))
                day.kind = *kind;
            else
                report.addError(
                    row.line,
                    tr("kind: \"%1\" is not a kind of day; use holiday, workday or overtime.").arg(kindText));

            day.workCentre = columns.value(row, QStringLiteral("work_centre"));
            if (!day.workCentre.isEmpty()) {
                auto known = centreIdOfCode.constFind(day.workCentre);
                if (known == centreIdOfCode.cend()) {
                    auto centre = centres.byCode(day.workCentre);
                    if (!centre)
                        return std::unexpected(centre.error());
                    known = centreIdOfCode.insert(day.workCentre, *centre ? (*centre)->id : 0);
                }
                entry.workCentreId = *known;
                if (entry.workCentreId == 0)
                    report.addError(
                        row.line, tr("work_centre: there is no work centre %1; leave it empty for the whole "
                                     "company.")
                                      .arg(day.workCentre));
            }
            CsvKeyedRows::optionalCell(columns, row, QStringLiteral("hours"), report, day.hours,
                                       &CsvFieldParser::hours);
            if (report.errors.size() == errorsBefore) {
                if (auto ok = day.check(); !ok)
                    report.addError(row.line, CsvFieldParser::withColumn(ok.error()));
            }
            if (day.date.isValid()) {
                const QPair<QDate, QString> key{day.date, day.workCentre};
                if (const auto first = firstLineOfDay.constFind(key); first != firstLineOfDay.cend())
                    report.addError(
                        row.line,
                        day.workCentre.isEmpty()
                            ? tr("%1 appears twice in the file for the whole company (first on line %2).")
                                  .arg(day.date.toString(Qt::ISODate), QString::number(*first))
                            : tr("%1 appears twice in the file for work centre %2 (first on line %3).")
                                  .arg(day.date.toString(Qt::ISODate), day.workCentre,
                                       QString::number(*first)));
                else
                    firstLineOfDay.insert(key, row.line);
            }
            if (report.errors.size() == errorsBefore)
                m_days << entry;
            return {};
        });
}

Status CsvCalendarImporter::write(CsvProgress& progress)
{
    CalendarRepository repository(m_session.db());
    for (const Entry& entry : std::as_const(m_days)) {
        if (auto ok = repository.save(entry.day, entry.workCentreId); !ok)
            return ok;
        if (!progress.advance())
            return {};
    }
    return {};
}

} // namespace od
