#include "CsvProductImporter.h"

#include "CsvFieldParser.h"
#include "CsvFormat.h"
#include "CsvKeyedRows.h"
#include "ProductRepository.h"
#include "ProductService.h"

namespace od {

CsvColumnMap CsvProductImporter::columns() const
{
    return CsvColumnMap(CsvFormat::productColumns(), CsvFormat::productRequired());
}

Status CsvProductImporter::check(const QList<CsvRecord>& rows, const CsvColumnMap& columns,
                                 CsvImportReport& report, CsvProgress& progress)
{
    ProductRepository repository(m_session.db());
    CsvKeyedRows::Rules<Product> rules;
    rules.read = [&columns](const CsvRecord& row, CsvImportReport& report) {
        Product product;
        product.sku = columns.value(row, QStringLiteral("sku"));
        product.name = columns.value(row, QStringLiteral("name"));
        product.spec = columns.value(row, QStringLiteral("spec"));
        product.unit = columns.value(row, QStringLiteral("unit"));
        CsvKeyedRows::optionalCell(columns, row, QStringLiteral("unit_price"), report, product.unitPrice,
                                   &CsvFieldParser::unitPrice);
        // Any integer here; the product rules below say which range is allowed.
        CsvKeyedRows::optionalCell(columns, row, QStringLiteral("lead_time_days"), report,
                                   product.leadTimeDays, CsvFieldParser::anyInt);
        if (auto ok = ProductService::check(product); !ok)
            report.addError(row.line, CsvFieldParser::withColumn(ok.error()));
        return product;
    };
    rules.key = [](const Product& product) { return product.sku; };
    rules.exists = [&repository](const QString& sku) -> Result<bool> {
        auto existing = repository.bySku(sku);
        if (!existing)
            return std::unexpected(existing.error());
        return existing->has_value();
    };
    rules.twice = [](const QString& sku, int firstLine) {
        return tr("SKU %1 appears twice in the file (first on line %2).")
            .arg(sku, QString::number(firstLine));
    };
    rules.alreadyExists = [](const QString& sku) { return tr("SKU %1 already exists.").arg(sku); };
    return CsvKeyedRows::check(rows, columns, report, progress, rules, m_products);
}

Status CsvProductImporter::write(CsvProgress& progress)
{
    ProductRepository repository(m_session.db());
    for (const Product& product : std::as_const(m_products)) {
        if (auto id = repository.insert(product); !id)
            return std::unexpected(id.error());
        if (!progress.advance())
            return {};
    }
    return {};
}

} // namespace od
