#pragma once

#include "CalendarDay.h"
#include "CsvRecordImporter.h"
#include "Session.h"

#include <QCoreApplication>
#include <QList>

namespace od {

// Calendar days: date,kind,work_centre,hours. A row for a date and work centre the calendar
// already has replaces that entry; the others are added. Nothing is removed.
class CsvCalendarImporter : public CsvRecordImporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvCalendarImporter)

public:
    explicit CsvCalendarImporter(Session& session) : m_session(session) {}

    CsvColumnMap columns() const override;
    Status check(const QList<CsvRecord>& rows, const CsvColumnMap& columns, CsvImportReport& report,
                 CsvProgress& progress) override;
    qint64 recordCount() const override { return m_days.size(); }
    Status write(CsvProgress& progress) override;

private:
    struct Entry
    {
        CalendarDay day;
        qint64 workCentreId = 0;
    };
    Session& m_session;
    QList<Entry> m_days;
};

} // namespace od
