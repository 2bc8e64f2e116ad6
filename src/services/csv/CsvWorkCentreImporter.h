#pragma once

#include "CsvRecordImporter.h"
#include "Session.h"
#include "WorkCentre.h"

#include <QCoreApplication>

namespace od {

// Work centres: code,name,department,hours_per_shift,shifts,units,efficiency_percent. A code
// that already exists updates that work centre (its capacity changes from now on); a new code
// adds one.
class CsvWorkCentreImporter : public CsvRecordImporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWorkCentreImporter)

public:
    explicit CsvWorkCentreImporter(Session& session) : m_session(session) {}

    CsvColumnMap columns() const override;
    Status check(const QList<CsvRecord>& rows, const CsvColumnMap& columns, CsvImportReport& report,
                 CsvProgress& progress) override;
    qint64 recordCount() const override { return m_centres.size(); }
    Status write(CsvProgress& progress) override;

private:
    Session& m_session;
    QList<WorkCentre> m_centres; // id set when the code exists
};

} // namespace od
