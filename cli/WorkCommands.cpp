#include "WorkCommands.h"

#include "ExitCode.h"
#include "MyWorkService.h"
#include "TextTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace od::cli {

int WorkCommands::run()
{
    if (auto ok =
            m_ctx.commandLine().expect({QStringLiteral("json")}, 0, 0, QStringLiteral("mywork [--json]"));
        !ok)
        return m_ctx.fail(ok.error());
    auto session = m_ctx.signIn();
    if (!session)
        return m_ctx.fail(session.error());
    auto items = MyWorkService(**session).items();
    if (!items)
        return m_ctx.fail(items.error());
    if (m_ctx.commandLine().isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const WorkItem& i : *items)
            rows.append(
                QJsonObject{{QStringLiteral("kind"), i.kind},
                            {QStringLiteral("order_no"), i.orderNo},
                            {QStringLiteral("document_no"), i.documentNo},
                            {QStringLiteral("due"),
                             i.due.isValid() ? QJsonValue(i.due.toString(Qt::ISODate)) : QJsonValue()},
                            {QStringLiteral("text"), i.text},
                            {QStringLiteral("rule"), i.rule.isEmpty() ? QJsonValue() : QJsonValue(i.rule)}});
        m_ctx.out() << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)) << Qt::endl;
        return Success;
    }
    const QDate today = (*session)->today();
    TextTable table;
    table.addColumn(tr("DUE"));
    table.addColumn(tr("ORDER"));
    table.addColumn(tr("WHAT"));
    for (const WorkItem& i : *items)
        table.addRow({i.due.toString(Qt::ISODate) + (i.isOverdue(today) ? QStringLiteral(" !") : QString()),
                      i.orderNo.isEmpty() ? i.documentNo : i.orderNo, i.text});
    table.print(m_ctx.out());
    m_ctx.out() << tr("%n thing(s) to do.", nullptr, int(items->size())) << Qt::endl;
    return Success;
}

} // namespace od::cli
