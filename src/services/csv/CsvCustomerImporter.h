#pragma once

#include "CsvRecordImporter.h"
#include "Customer.h"
#include "Session.h"

#include <QCoreApplication>

namespace od {

// Customers: code,name,contact,phone,email,address,credit_limit,payment_terms_days.
class CsvCustomerImporter : public CsvRecordImporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvCustomerImporter)

public:
    explicit CsvCustomerImporter(Session& session) : m_session(session) {}

    CsvColumnMap columns() const override;
    Status check(const QList<CsvRecord>& rows, const CsvColumnMap& columns, CsvImportReport& report,
                 CsvProgress& progress) override;
    qint64 recordCount() const override { return m_customers.size(); }
    Status write(CsvProgress& progress) override;

private:
    Session& m_session;
    QList<Customer> m_customers;
};

} // namespace od
