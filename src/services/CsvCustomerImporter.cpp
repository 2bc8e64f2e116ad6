#include "CsvCustomerImporter.h"

#include "CsvFieldParser.h"
#include "CsvFormat.h"
#include "CustomerRepository.h"
#include "CustomerService.h"

#include <QHash>

#include <limits>

namespace od {

CsvColumnMap CsvCustomerImporter::columns() const
{
    return CsvColumnMap(CsvFormat::customerColumns(), CsvFormat::customerRequired());
}

Status CsvCustomerImporter::check(const QList<CsvRecord>& rows, const CsvColumnMap& columns,
                                  CsvImportReport& report, CsvProgress& progress)
{
    CustomerRepository repository(m_session.db());
    QHash<QString, int> firstLineOfCode;
    for (const CsvRecord& row : rows) {
        if (!progress.advance())
            return {};
        if (row.malformed)
            continue;
        const qsizetype errorsBefore = report.errors.size();
        if (columns.hasExtraCells(row))
            report.addError(row.line, tr("This row has more cells than the header has columns."));

        Customer customer;
        customer.code = columns.value(row, QStringLiteral("code"));
        customer.name = columns.value(row, QStringLiteral("name"));
        customer.contact = columns.value(row, QStringLiteral("contact"));
        customer.phone = columns.value(row, QStringLiteral("phone"));
        customer.email = columns.value(row, QStringLiteral("email"));
        customer.address = columns.value(row, QStringLiteral("address"));
        if (const QString text = columns.value(row, QStringLiteral("credit_limit")); !text.isEmpty()) {
            if (auto value = CsvFieldParser::money(QStringLiteral("credit_limit"), text))
                customer.creditLimit = *value;
            else
                report.addError(row.line, value.error().message);
        }
        if (const QString text = columns.value(row, QStringLiteral("payment_terms_days")); !text.isEmpty()) {
            // Any integer here; the customer rules below say which range is allowed.
            if (auto value = CsvFieldParser::wholeNumber(QStringLiteral("payment_terms_days"), text,
                                                         std::numeric_limits<int>::min(),
                                                         std::numeric_limits<int>::max()))
                customer.paymentTermsDays = *value;
            else
                report.addError(row.line, value.error().message);
        }
        if (auto ok = CustomerService::check(customer); !ok)
            report.addError(row.line, CsvFieldParser::withColumn(ok.error()));

        if (!customer.code.isEmpty()) {
            if (const auto first = firstLineOfCode.constFind(customer.code);
                first != firstLineOfCode.cend()) {
                report.addError(row.line, tr("Customer code %1 appears twice in the file (first on line %2).")
                                              .arg(customer.code, QString::number(*first)));
            } else {
                firstLineOfCode.insert(customer.code, row.line);
                auto existing = repository.byCode(customer.code);
                if (!existing)
                    return std::unexpected(existing.error());
                if (existing->has_value())
                    report.addError(row.line, tr("Customer code %1 already exists.").arg(customer.code));
            }
        }
        if (report.errors.size() == errorsBefore)
            m_customers << customer;
    }
    return {};
}

Status CsvCustomerImporter::write(CsvProgress& progress)
{
    CustomerRepository repository(m_session.db());
    for (const Customer& customer : std::as_const(m_customers)) {
        if (auto id = repository.insert(customer); !id)
            return std::unexpected(id.error());
        if (!progress.advance())
            return {};
    }
    return {};
}

} // namespace od
