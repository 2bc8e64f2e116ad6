// orderdesk-cli: OrderDesk's services from a terminal. The commands live in *Commands.cpp.
#include "AppPaths.h"
#include "AuditCommands.h"
#include "BackupCommands.h"
#include "ChangeCommands.h"
#include "CliContext.h"
#include "CommandLine.h"
#include "DatabaseCommands.h"
#include "DiscussionCommands.h"
#include "ExceptionCommands.h"
#include "ExitCode.h"
#include "Logging.h"
#include "OrderCommands.h"
#include "PlanningCommands.h"
#include "ReportCommands.h"
#include "ReviewCommands.h"
#include "RiskCommands.h"
#include "RuleCommands.h"
#include "SettlementCommands.h"
#include "ShipmentCommands.h"
#include "SuggestionCommands.h"
#include "TransferCommands.h"
#include "UserCommands.h"
#include "WorkCommands.h"
#include "WorkloadCommands.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char** argv)
{
    // Exports, logs and every other file this process makes are its user's only, like the database.
    od::AppPaths::makeNewFilesOwnerOnly();
    // A statement, a confirmation or the dashboard is drawn to PDF, which needs a GUI application object;
    // offscreen, so the command runs without a display.
    std::unique_ptr<QCoreApplication> app;
    QStringList rawArguments;
    for (int i = 1; i < argc; ++i)
        rawArguments << QString::fromLocal8Bit(argv[i]);
    if (od::cli::SettlementCommands::needsGui(rawArguments) ||
        od::cli::OrderCommands::needsGui(rawArguments) || od::cli::ShipmentCommands::needsGui(rawArguments) ||
        od::cli::ChangeCommands::needsGui(rawArguments) || od::cli::ReportCommands::needsGui(rawArguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // The same data folder (default database, log) as the desktop app.
    QCoreApplication::setApplicationName(QStringLiteral("OrderDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    od::cli::CommandLine commandLine;
    od::cli::CliContext context(commandLine);
    auto request = commandLine.parse(QCoreApplication::arguments());
    if (!request)
        return context.fail(request.error());
    if (*request == od::cli::CommandLine::Request::Help) {
        context.out() << commandLine.helpText() << Qt::flush;
        return od::cli::Success;
    }
    if (*request == od::cli::CommandLine::Request::Version) {
        context.out() << "orderdesk-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return od::cli::Success;
    }
    // The log file gets everything; stderr only warnings, and only when asked, so that
    // stdout and stderr stay what the command prints.
    od::Logging::init(QStringLiteral("orderdesk-cli"), commandLine.isSet(QStringLiteral("verbose")));

    const QString command = commandLine.command();
    if (od::cli::DatabaseCommands::handles(command))
        return od::cli::DatabaseCommands(context).run(command);
    if (od::cli::TransferCommands::handles(command))
        return od::cli::TransferCommands(context).run(command);
    if (od::cli::SettlementCommands::handles(command))
        return od::cli::SettlementCommands(context).run(command);
    if (od::cli::ShipmentCommands::handles(command))
        return od::cli::ShipmentCommands(context).run(command);
    if (od::cli::OrderCommands::handles(command))
        return od::cli::OrderCommands(context).run(command);
    if (od::cli::ReportCommands::handles(command))
        return od::cli::ReportCommands(context).run();
    if (od::cli::WorkloadCommands::handles(command))
        return od::cli::WorkloadCommands(context).run();
    if (od::cli::PlanningCommands::handles(command))
        return od::cli::PlanningCommands(context).run(command);
    if (od::cli::UserCommands::handles(command))
        return od::cli::UserCommands(context).run(command);
    if (od::cli::AuditCommands::handles(command))
        return od::cli::AuditCommands(context).run(command);
    if (od::cli::ReviewCommands::handles(command))
        return od::cli::ReviewCommands(context).run();
    if (od::cli::RiskCommands::handles(command))
        return od::cli::RiskCommands(context).run();
    if (od::cli::RuleCommands::handles(command))
        return od::cli::RuleCommands(context).run();
    if (od::cli::SuggestionCommands::handles(command))
        return od::cli::SuggestionCommands(context).run();
    if (od::cli::WorkCommands::handles(command))
        return od::cli::WorkCommands(context).run();
    if (od::cli::DiscussionCommands::handles(command))
        return od::cli::DiscussionCommands(context).run(command);
    if (od::cli::ChangeCommands::handles(command))
        return od::cli::ChangeCommands(context).run(command);
    if (od::cli::ExceptionCommands::handles(command))
        return od::cli::ExceptionCommands(context).run(command);
    if (od::cli::BackupCommands::handles(command))
        return od::cli::BackupCommands(context).run(command);
    return context.fail(od::Error::invalid(
        QCoreApplication::translate("main", "Unknown command \"%1\"; see --help.").arg(command)));
}
