#include "TransferCommands.h"

#include "CsvExportService.h"
#include "CsvImportService.h"
#include "ExitCode.h"
#include "PaymentService.h"
#include "TextTable.h"

namespace od::cli {

namespace {

const QStringList kKinds = {QStringLiteral("customers"), QStringLiteral("products"),
                            QStringLiteral("orders")};
const QString kPayments = QStringLiteral("payments");

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
    const QString usage = QStringLiteral("import customers|products|orders|payments FILE.csv [--dry-run]");
    if (auto ok = line.expect({QStringLiteral("dry-run")}, 2, 2, usage); !ok)
        return m_ctx.fail(ok.error());
    const QString kind = line.arguments().at(0);
    const QString path = line.arguments().at(1);
    if (!kKinds.contains(kind) && kind != kPayments)
        return m_ctx.fail(
            Error::invalid(tr("Import customers, products, orders or payments, not \"%1\".").arg(kind)));
    auto session = m_ctx.signIn();
    if (!session)
        return m_ctx.fail(session.error());

    const bool dryRun = line.isSet(QStringLiteral("dry-run"));
    CsvImportService service(**session);
    auto report = kind == kPayments   ? PaymentService(**session).importFile(path, dryRun)
                  : kind == kKinds[0] ? service.importCustomers(path, dryRun)
                  : kind == kKinds[1] ? service.importProducts(path, dryRun)
                                      : service.importOrders(path, dryRun);
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
    if (auto ok = line.expect({}, 2, 2, QStringLiteral("export customers|products|orders FILE.csv")); !ok)
        return m_ctx.fail(ok.error());
    const QString kind = line.arguments().at(0);
    const QString path = line.arguments().at(1);
    if (!kKinds.contains(kind))
        return m_ctx.fail(Error::invalid(tr("Export customers, products or orders, not \"%1\".").arg(kind)));
    auto session = m_ctx.signIn();
    if (!session)
        return m_ctx.fail(session.error());

    CsvExportService service(**session);
    auto report = kind == kKinds[0]   ? service.exportCustomers(path)
                  : kind == kKinds[1] ? service.exportProducts(path)
                                      : service.exportOrders(path);
    if (!report)
        return m_ctx.fail(report.error());
    m_ctx.out() << tr("Wrote %n row(s) to %1.", nullptr, int(report->rowCount)).arg(path) << Qt::endl;
    return Success;
}

} // namespace od::cli
