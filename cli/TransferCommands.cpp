#include "TransferCommands.h"

#include "CsvExportService.h"
#include "CsvImportService.h"
#include "ExitCode.h"
#include "PaymentService.h"
#include "TextTable.h"

namespace od::cli {

namespace {

// What goes in and out as CSV, in the order the usage names them; payments only go in.
struct Transfer
{
    const char* name;
    CsvImportReport::Kind importKind;
    Result<CsvExportReport> (CsvExportService::*exportTo)(const QString&, CsvProgressCallback);
};
constexpr Transfer kTransfers[] = {
    {"customers", CsvImportReport::Kind::Customers, &CsvExportService::exportCustomers},
    {"products", CsvImportReport::Kind::Products, &CsvExportService::exportProducts},
    {"orders", CsvImportReport::Kind::Orders, &CsvExportService::exportOrders},
    {"work-centres", CsvImportReport::Kind::WorkCentres, &CsvExportService::exportWorkCentres},
    {"routings", CsvImportReport::Kind::Routings, &CsvExportService::exportRoutings},
    {"calendar", CsvImportReport::Kind::Calendar, &CsvExportService::exportCalendar},
};
const QString kPayments = QStringLiteral("payments");

const Transfer* transferNamed(const QString& kind)
{
    for (const Transfer& t : kTransfers)
        if (kind == QLatin1String(t.name))
            return &t;
    return nullptr;
}

QString kindsText()
{
    QStringList names;
    for (const Transfer& t : kTransfers)
        names << QString::fromLatin1(t.name);
    return names.join(u'|');
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
    const QString usage = QStringLiteral("import %1|payments FILE.csv [--dry-run]").arg(kindsText());
    if (auto ok = line.expect({QStringLiteral("dry-run")}, 2, 2, usage); !ok)
        return m_ctx.fail(ok.error());
    const QString kind = line.arguments().at(0);
    const QString path = line.arguments().at(1);
    const Transfer* transfer = transferNamed(kind);
    if (!transfer && kind != kPayments)
        return m_ctx.fail(Error::invalid(tr("Import customers, products, orders, work-centres, routings, "
                                            "calendar or payments, not \"%1\".")
                                             .arg(kind)));
    auto session = m_ctx.signIn();
    if (!session)
        return m_ctx.fail(session.error());

    const bool dryRun = line.isSet(QStringLiteral("dry-run"));
    auto report = kind == kPayments ? PaymentService(**session).importFile(path, dryRun)
                                    : CsvImportService(**session).import(transfer->importKind, path, dryRun);
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
    if (auto ok = line.expect({}, 2, 2, QStringLiteral("export %1 FILE.csv").arg(kindsText())); !ok)
        return m_ctx.fail(ok.error());
    const QString kind = line.arguments().at(0);
    const QString path = line.arguments().at(1);
    const Transfer* transfer = transferNamed(kind);
    if (!transfer)
        return m_ctx.fail(Error::invalid(
            tr("Export customers, products, orders, work-centres, routings or calendar, not \"%1\".")
                .arg(kind)));
    auto session = m_ctx.signIn();
    if (!session)
        return m_ctx.fail(session.error());

    CsvExportService service(**session);
    auto report = (service.*transfer->exportTo)(path, {});
    if (!report)
        return m_ctx.fail(report.error());
    m_ctx.out() << tr("Wrote %n row(s) to %1.", nullptr, int(report->rowCount)).arg(path) << Qt::endl;
    return Success;
}

} // namespace od::cli
