#pragma once

#include "CsvRecordImporter.h"
#include "Product.h"
#include "Session.h"

#include <QCoreApplication>

namespace od {

// Products: sku,name,spec,unit,unit_price,lead_time_days.
class CsvProductImporter : public CsvRecordImporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvProductImporter)

public:
    explicit CsvProductImporter(Session& session) : m_session(session) {}

    CsvColumnMap columns() const override;
    Status check(const QList<CsvRecord>& rows, const CsvColumnMap& columns, CsvImportReport& report,
                 CsvProgress& progress) override;
    qint64 recordCount() const override { return m_products.size(); }
    Status write(CsvProgress& progress) override;

private:
    Session& m_session;
    QList<Product> m_products;
};

} // namespace od
