#include "CsvCustomerImporter.h"

#include "CsvFieldParser.h"
#include "CsvFormat.h"
#include "CsvKeyedRows.h"
#include "CustomerRepository.h"
#include "CustomerService.h"

namespace od {

CsvColumnMap CsvCustomerImporter::columns() const
{
    return CsvColumnMap(CsvFormat::customerColumns(), CsvFormat::customerRequired());
}

Status CsvCustomerImporter::check(const QList<CsvRecord>& rows, const CsvColumnMap& columns,
                                  CsvImportReport& report, CsvProgress& progress)
{
    CustomerRepository repository(m_session.db());
    CsvKeyedRows::Rules<Customer> rules;
    rules.read = [&columns](const CsvRecord& row, CsvImportReport& report) {
        Customer customer;
        customer.code = columns.value(row, QStringLiteral("code"));
        customer.name = columns.value(row, QStringLiteral("name"));
        customer.contact = columns.value(row, QStringLiteral("contact"));
        customer.phone = columns.value(row, QStringLiteral("phone"));
        customer.email = columns.value(row, QStringLiteral("email"));
        customer.address = columns.value(row, QStringLiteral("address"));
        CsvKeyedRows::optionalCell(columns, row, QStringLiteral("credit_limit"), report, customer.creditLimit,
                                   &CsvFieldParser::money);
        // Any integer here; the customer rules below say which range is allowed.
        CsvKeyedRows::optionalCell(columns, row, QStringLiteral("payment_terms_days"), report,
                                   customer.paymentTermsDays, CsvFieldParser::anyInt);
        // Optional: "zh_CN"/"en" as exported, or what a person writes ("中文", "English").
        if (const QString language = columns.value(row, QStringLiteral("document_language"));
            !language.isEmpty())
            customer.documentLanguage = DocumentLanguage::fromText(language).isEmpty()
                                            ? language
                                            : DocumentLanguage::fromText(language);
        if (auto ok = CustomerService::check(customer); !ok)
            report.addError(row.line, CsvFieldParser::withColumn(ok.error()));
        return customer;
    };
    rules.key = [](const Customer& customer) { return customer.code; };
    rules.exists = [&repository](const QString& code) -> Result<bool> {
        auto existing = repository.byCode(code);
        if (!existing)
            return std::unexpected(existing.error());
        return existing->has_value();
    };
    rules.twice = [](const QString& code, int firstLine) {
        return tr("Customer code %1 appears twice in the file (first on line %2).")
            .arg(code, QString::number(firstLine));
    };
    rules.alreadyExists = [](const QString& code) {
        return tr("Customer code %1 already exists.").arg(code);
    };
    return CsvKeyedRows::check(rows, columns, report, progress, rules, m_customers);
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
