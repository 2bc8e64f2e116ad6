#include "CsvProductImporter.h"

#include "CsvFieldParser.h"
#include "CsvFormat.h"
#include "ProductRepository.h"
#include "ProductService.h"

#include <QHash>

#include <limits>

namespace od {

CsvColumnMap CsvProductImporter::columns() const
{
    return CsvColumnMap(CsvFormat::productColumns(), CsvFormat::productRequired());
}

Status CsvProductImporter::check(const QList<CsvRecord>& rows, const CsvColumnMap& columns,
                                 CsvImportReport& report, CsvProgress& progress)
{
    ProductRepository repository(m_session.db());
    QHash<QString, int> firstLineOfSku;
    for (const CsvRecord& row : rows) {
        if (!progress.advance())
            return {};
        if (row.malformed)
            continue;
        const qsizetype errorsBefore = report.errors.size();
        if (columns.hasExtraCells(row))
            report.addError(row.line, tr("This row has more cells than the header has columns."));

        Product product;
        product.sku = columns.value(row, QStringLiteral("sku"));
        product.name = columns.value(row, QStringLiteral("name"));
        product.spec = columns.value(row, QStringLiteral("spec"));
        product.unit = columns.value(row, QStringLiteral("unit"));
        if (const QString text = columns.value(row, QStringLiteral("unit_price")); !text.isEmpty()) {
            if (auto value = CsvFieldParser::unitPrice(QStringLiteral("unit_price"), text))
                product.unitPrice = *value;
            else
                report.addError(row.line, value.error().message);
        }
        if (const QString text = columns.value(row, QStringLiteral("lead_time_days")); !text.isEmpty()) {
            // Any integer here; the product rules below say which range is allowed.
            if (auto value = CsvFieldParser::wholeNumber(QStringLiteral("lead_time_days"), text,
                                                         std::numeric_limits<int>::min(),
                                                         std::numeric_limits<int>::max()))
                product.leadTimeDays = *value;
            else
                report.addError(row.line, value.error().message);
        }
        if (auto ok = ProductService::check(product); !ok)
            report.addError(row.line, CsvFieldParser::withColumn(ok.error()));

        if (!product.sku.isEmpty()) {
            if (const auto first = firstLineOfSku.constFind(product.sku); first != firstLineOfSku.cend()) {
                report.addError(
                    row.line,
                    tr("SKU %1 appears twice in the file (first on line %2).")
                        .arg(product.sku, QString::number(*first)));
            } else {
                firstLineOfSku.insert(product.sku, row.line);
                auto existing = repository.bySku(product.sku);
                if (!existing)
                    return std::unexpected(existing.error());
                if (existing->has_value())
                    report.addError(row.line, tr("SKU %1 already exists.").arg(product.sku));
            }
        }
        if (report.errors.size() == errorsBefore)
            m_products << product;
    }
    return {};
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
