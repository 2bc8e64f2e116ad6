#include "CsvRoutingImporter.h"

#include "CsvFieldParser.h"
#include "CsvFormat.h"
#include "CsvKeyedRows.h"
#include "ProductRepository.h"
#include "RoutingRepository.h"
#include "WorkCentreRepository.h"

#include <QHash>
#include <QPair>
#include <QRegularExpression>
#include <QSet>

#include <optional>

namespace od {

CsvColumnMap CsvRoutingImporter::columns() const
{
    return CsvColumnMap(CsvFormat::routingColumns(), CsvFormat::routingRequired());
}

Status CsvRoutingImporter::check(const QList<CsvRecord>& rows, const CsvColumnMap& columns,
                                 CsvImportReport& report, CsvProgress& progress)
{
    ProductRepository products(m_session.db());
    WorkCentreRepository centres(m_session.db());
    QHash<QString, std::optional<qint64>> productIdOfSku;   // nullopt = no such product
    QHash<QString, std::optional<WorkCentre>> centreOfCode; // nullopt = no such centre
    QHash<QString, qsizetype> routingOfSku;                 // index in m_routings
    QHash<QPair<QString, int>, int> firstLineOfStep;
    QSet<QString> failedSkus;
    const Status rowsChecked = CsvKeyedRows::forEachRow(
        rows, columns, report, progress, [&](const CsvRecord& row, qsizetype errorsBefore) -> Status {
            const QString sku = columns.value(row, QStringLiteral("sku"));
            RoutingStep step;
            step.name = columns.value(row, QStringLiteral("name"));
            step.workCentre = columns.value(row, QStringLiteral("work_centre"));
            // Codes separated by spaces or semicolons.
            step.alternatives = columns.value(row, QStringLiteral("alternatives"))
                                    .split(QRegularExpression(QStringLiteral("[\\s;]+")), Qt::SkipEmptyParts);
            if (auto value = CsvFieldParser::wholeNumber(QStringLiteral("step_no"),
                                                         columns.value(row, QStringLiteral("step_no")), 1,
                                                         RoutingStep::MaxStepNo))
                step.stepNo = *value;
            else
                report.addError(row.line, value.error().message);
            CsvKeyedRows::optionalCell(columns, row, QStringLiteral("setup_hours"), report, step.setupHours,
                                       &CsvFieldParser::hours);
            CsvKeyedRows::optionalCell(columns, row, QStringLiteral("run_hours_per_unit"), report,
                                       step.runHoursPerUnit, &CsvFieldParser::hours);
            CsvKeyedRows::optionalCell(columns, row, QStringLiteral("wait_days"), report, step.waitDays,
                                       CsvFieldParser::anyInt);
            CsvKeyedRows::optionalCell(columns, row, QStringLiteral("purchase_lead_days"), report,
                                       step.purchaseLeadDays, CsvFieldParser::anyInt);
            if (report.errors.size() == errorsBefore) {
                if (auto ok = step.check(); !ok)
                    report.addError(row.line, CsvFieldParser::withColumn(ok.error()));
            }

            std::optional<qint64> productId;
            if (sku.isEmpty()) {
                report.addError(row.line, tr("sku is empty."));
            } else {
                auto known = productIdOfSku.constFind(sku);
                if (known == productIdOfSku.cend()) {
                    auto product = products.bySku(sku);
                    if (!product)
                        return std::unexpected(product.error());
                    known = productIdOfSku.insert(sku, *product ? std::optional<qint64>((*product)->id)
                                                                : std::optional<qint64>());
                }
                productId = *known;
                if (!productId)
                    report.addError(row.line, tr("sku: there is no product with SKU %1.").arg(sku));
            }

            if (!step.workCentre.isEmpty()) {
                auto known = centreOfCode.constFind(step.workCentre);
                if (known == centreOfCode.cend()) {
                    auto centre = centres.byCode(step.workCentre);
                    if (!centre)
                        return std::unexpected(centre.error());
                    known = centreOfCode.insert(step.workCentre, *centre);
                }
                if (!*known)
                    report.addError(
                        row.line,
                        tr("work_centre: there is no work centre %1; import the work centres first.")
                            .arg(step.workCentre));
                else if (!(*known)->active)
                    report.addError(row.line,
                                    tr("work_centre: work centre %1 is deactivated; a routing cannot use it.")
                                        .arg(step.workCentre));
            }

            for (const QString& code : std::as_const(step.alternatives)) {
                auto known = centreOfCode.constFind(code);
                if (known == centreOfCode.cend()) {
                    auto centre = centres.byCode(code);
                    if (!centre)
                        return std::unexpected(centre.error());
                    known = centreOfCode.insert(code, *centre);
                }
                if (!*known)
                    report.addError(row.line, tr("alternatives: there is no work centre %1.").arg(code));
                else if (!(*known)->active)
                    report.addError(
                        row.line, tr("alternatives: work centre %1 is deactivated; a routing cannot use it.")
                                      .arg(code));
            }
            step.alternatives.sort();

            if (productId && step.stepNo > 0) {
                const QPair<QString, int> key{sku, step.stepNo};
                if (const auto first = firstLineOfStep.constFind(key); first != firstLineOfStep.cend())
                    report.addError(row.line,
                                    tr("Step %1 of %2 appears twice in the file (first on line %3).")
                                        .arg(QString::number(step.stepNo), sku, QString::number(*first)));
                else
                    firstLineOfStep.insert(key, row.line);
            }
            if (report.errors.size() != errorsBefore) {
                failedSkus.insert(sku);
                return {};
            }
            auto index = routingOfSku.constFind(sku);
            if (index == routingOfSku.cend()) {
                Routing routing;
                routing.productId = *productId;
                routing.sku = sku;
                m_routings << routing;
                index = routingOfSku.insert(sku, m_routings.size() - 1);
            }
            m_routings[*index].steps << step;
            return {};
        });
    if (!rowsChecked)
        return rowsChecked;
    // Only whole routings count; a SKU with a bad row imports none of its steps (and the
    // import as a whole nothing, since the report has errors).
    QList<Routing> whole;
    for (Routing& routing : m_routings) {
        if (failedSkus.contains(routing.sku))
            continue;
        routing.sort();
        whole << routing;
    }
    m_routings = whole;
    return {};
}

Status CsvRoutingImporter::write(CsvProgress& progress)
{
    RoutingRepository repository(m_session.db());
    for (const Routing& routing : std::as_const(m_routings)) {
        if (auto ok = repository.replace(routing.productId, routing.steps); !ok)
            return ok;
        if (!progress.advance(routing.steps.size()))
            return {};
    }
    return {};
}

} // namespace od
