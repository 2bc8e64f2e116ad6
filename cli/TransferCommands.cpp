#include "TransferCommands.h"

#include "CsvExportService.h"
#include "CsvImportService.h"
#include "ExitCode.h"
#include "PaymentService.h"
#include "TextTable.h"

namespace od::cli {

namespace {

// What goes in and out as CSV, in the order the usage names them; payments only go in.
const QStringList kKinds = {QStringLiteral("customers"), QStringLiteral("products"),
                            QStringLiteral("orders"),    QStringLiteral("work-centres"),
                            QStringLiteral("routings"),  QStringLiteral("calendar")};
const QString kPayments = QStringLiteral("payments");
const QString kKindsText = QStringLiteral("customers|products|orders|work-centres|routings|calendar");

CsvImportReport::Kind importKind(const QString& kind)
{
    static const QList<CsvImportReport::Kind> kinds = {
        CsvImportReport::Kind::Customers,   CsvImportReport::Kind::Products, CsvImportReport::Kind::Orders,
        CsvImportReport::Kind::WorkCentres, CsvImportReport::Kind::Routings, CsvImportReport::Kind::Calendar};
    return kinds.at(kKinds.indexOf(kind));
}

Result<CsvExportReport> exportKind(CsvExportService& service, const QString& kind, const QString& path)
{
    switch (kKinds.indexOf(kind)) {
    case 0:
        return service.exportCustomers(path);
    case 1:
        return service.exportProducts(path);
    case 2:
        return service.exportOrders(path);
    case 3:
        return service.exportWorkCentres(path);
    case 4:
        return service.exportRoutings(path);
    default:
        return service.exportCalendar(path);
    }
}

} // namespace

bool TransferCommands::handles(const QString& command)
{
    return command == QLatin1String("import") || command == QLatin1String("export");
}

int TransferCommands::run(const QString& command)
{
    return command == QLatin1String("import") ? runImport() : runExport();
}

int TransferCommands::runImport()
{
    const CommandLine& line = m_ctx.commandLine();
    const QString usage = QStringLiteral("import %1|payments FILE.csv [--dry-run]").arg(kKindsText);
    if (auto ok = line.expect({QStringLiteral("dry-run")}, 2, 2, usage); !ok)
        return m_ctx.fail(ok.error());
    const QString kind = line.arguments().at(0);
    const QString path = line.arguments().at(1);
    if (!kKinds.contains(kind) && kind != kPayments)
        return m_ctx.fail(Error::invalid(tr("Import customers, products, orders, work-centres, routings, "
                                            "calendar or payments, not \"%1\".")
                                             .arg(kind)));
    auto session = m_ctx.signIn();
    if (!session)
        return m_ctx.fail(session.error());

    const bool dryRun = line.isSet(QStringLiteral("dry-run"));
    auto report = kind == kPayments ? PaymentService(**session).importFile(path, dryRun)
                                    : CsvImportService(**session).import(importKind(kind), path, dryRun);
    if (!report)
        return m_ctx.fail(report.error());
    for (const QString& error : report->formattedErrors())
        m_ctx.err() << TextTable::terminalText(error, true) << '\n';
    // Rows recorded by an earlier import: named, not errors.
    for (const CsvImportError& row : report->notes)
        m_ctx.out() << TextTable::terminalText(CsvImportReport::formatError(path, row), true) << '\n';
    for (const CsvImportError& row : report->alreadyRecorded)
        m_ctx.out() << TextTable::terminalText(CsvImportReport::formatError(path, row), true) << '\n';
    if (!report->ok()) {
        m_ctx.err() << report->summary() << Qt::endl;
        return UserError;
    }
    m_ctx.out() << report->summary() << Qt::endl;
    return Success;
}

int TransferCommands::runExport()
{
    const CommandLine& line = m_ctx.commandLine();
    if (auto ok = line.expect({}, 2, 2, QStringLiteral("export %1 FILE.csv").arg(kKindsText)); !ok)
        return m_ctx.fail(ok.error());
    const QString kind = line.arguments().at(0);
    const QString path = line.arguments().at(1);
    if (!kKinds.contains(kind))
        return m_ctx.fail(Error::invalid(
            tr("Export customers, products, orders, work-centres, routings or calendar, not \"%1\".")
                .arg(kind)));
    auto session = m_ctx.signIn();
    if (!session)
        return m_ctx.fail(session.error());

    CsvExportService service(**session);
    auto report = exportKind(service, kind, path);
    if (!report)
        return m_ctx.fail(report.error());
    m_ctx.out() << tr("Wrote %n row(s) to %1.", nullptr, int(report->rowCount)).arg(path) << Qt::endl;
    return Success;
}

} // namespace od::cli
