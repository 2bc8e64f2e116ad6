#pragma once

#include "CsvRecordImporter.h"
#include "Routing.h"
#include "Session.h"

#include <QCoreApplication>
#include <QList>

namespace od {

// Routings: sku,step_no,name,work_centre,setup_hours,run_hours_per_unit,wait_days,
// purchase_lead_days, one row per step. The rows of a SKU make its whole routing and replace
// the one it had; SKUs not in the file keep theirs.
class CsvRoutingImporter : public CsvRecordImporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvRoutingImporter)

public:
    explicit CsvRoutingImporter(Session& session) : m_session(session) {}

    CsvColumnMap columns() const override;
    Status check(const QList<CsvRecord>& rows, const CsvColumnMap& columns, CsvImportReport& report,
                 CsvProgress& progress) override;
    // The products whose routing is imported.
    qint64 recordCount() const override { return m_routings.size(); }
    Status write(CsvProgress& progress) override;

private:
    Session& m_session;
    QList<Routing> m_routings; // in the order their SKU first appears
};

} // namespace od
