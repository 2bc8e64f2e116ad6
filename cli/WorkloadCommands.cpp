#include "WorkloadCommands.h"

#include "ExitCode.h"
#include "TextTable.h"
#include "WorkloadService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace od::cli {

int WorkloadCommands::run()
{
    const CommandLine& line = m_ctx.commandLine();
    if (auto ok = line.expect({QStringLiteral("json")}, 0, 0, QStringLiteral("workload [--json]")); !ok)
        return m_ctx.fail(ok.error());
    auto session = m_ctx.signIn();
    if (!session)
        return m_ctx.fail(session.error());
    auto report = WorkloadService(**session).report();
    if (!report)
        return m_ctx.fail(report.error());

    if (line.isSet(QStringLiteral("json"))) {
        QJsonArray out;
        for (const SalespersonWorkload& w : report->salespeople)
            out << QJsonObject{{QStringLiteral("salesperson"), w.name},
                               {QStringLiteral("active"), w.active},
                               {QStringLiteral("open_orders"), w.openOrders},
                               {QStringLiteral("open_value"), w.openValue.toDecimalString()},
                               {QStringLiteral("currency"), report->currency},
                               {QStringLiteral("late_orders"), w.lateOrders},
                               {QStringLiteral("at_risk_orders"), w.atRiskOrders}};
        m_ctx.out() << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)) << Qt::endl;
        return Success;
    }
    TextTable table;
    table.addColumn(tr("SALESPERSON"));
    table.addColumn(tr("OPEN ORDERS"), TextTable::Align::Right);
    table.addColumn(tr("OPEN VALUE (%1)").arg(report->currency), TextTable::Align::Right);
    table.addColumn(tr("LATE"), TextTable::Align::Right);
    table.addColumn(tr("AT RISK"), TextTable::Align::Right);
    for (const SalespersonWorkload& w : report->salespeople)
        table.addRow({w.active ? w.name : tr("%1 (disabled)").arg(w.name), QString::number(w.openOrders),
                      w.openValue.toDecimalString(), QString::number(w.lateOrders),
                      QString::number(w.atRiskOrders)});
    table.print(m_ctx.out());
    return Success;
}

} // namespace od::cli
