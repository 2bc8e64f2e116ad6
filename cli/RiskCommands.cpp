#include "RiskCommands.h"

#include "ExitCode.h"
#include "RiskService.h"
#include "TextTable.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace od::cli {

namespace {

QJsonValue dateValue(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

int RiskCommands::run()
{
    const CommandLine& line = m_ctx.commandLine();
    if (auto ok =
            line.expect({QStringLiteral("level"), QStringLiteral("json"), QStringLiteral("limit"),
                         QStringLiteral("recompute")},
                        0, 0, QStringLiteral("risk [--level at_risk|late] [--json] | risk --recompute"));
        !ok)
        return m_ctx.fail(ok.error());
    QList<RiskLevel> levels;
    if (line.isSet(QStringLiteral("level"))) {
        const QString key = line.value(QStringLiteral("level"));
        const auto level = RiskLevelInfo::fromKey(key);
        if (!level || *level == RiskLevel::OnTrack)
            return m_ctx.fail(Error::invalid(tr("Unknown risk level \"%1\"; use at_risk or late.").arg(key),
                                             QStringLiteral("level")));
        levels << *level;
    }
    int limit = 5000;
    if (line.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = line.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return m_ctx.fail(
                Error::invalid(tr("--limit must be a whole number of at least 1."), QStringLiteral("limit")));
    }
    auto session = m_ctx.signIn();
    if (!session)
        return m_ctx.fail(session.error());
    if (line.isSet(QStringLiteral("recompute")))
        return recompute(**session);

    RiskService service(**session);
    // A list as of today: when nothing has recomputed it yet today (the app does each morning),
    // this does; a database that cannot be written lists what was computed last.
    if (auto fresh = service.recomputeIfStale(); !fresh)
        m_ctx.err() << tr("The early warning was not brought up to date: %1").arg(fresh.error().message)
                    << Qt::endl;
    auto rows = service.list(levels, limit);
    if (!rows)
        return m_ctx.fail(rows.error());
    if (line.isSet(QStringLiteral("json"))) {
        QJsonArray out;
        for (const RiskRow& r : *rows) {
            QJsonArray reasons;
            for (const RiskReason& reason : r.reasons) {
                QJsonObject o = reason.toJson();
                o.insert(QStringLiteral("text"), reason.text());
                o.insert(QStringLiteral("next_action"), reason.actionText());
                reasons.append(o);
            }
            out.append(QJsonObject{{QStringLiteral("order_no"), r.orderNo},
                                   {QStringLiteral("customer"), r.customerName},
                                   {QStringLiteral("level"), RiskLevelInfo::key(r.level)},
                                   {QStringLiteral("promised_date"), dateValue(r.promisedDate)},
                                   {QStringLiteral("forecast_date"), dateValue(r.forecastDate)},
                                   {QStringLiteral("reasons"), reasons}});
        }
        m_ctx.out() << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)) << Qt::endl;
        return Success;
    }
    TextTable table;
    table.addColumn(tr("ORDER"));
    table.addColumn(tr("LEVEL"));
    table.addColumn(tr("PROMISED"));
    table.addColumn(tr("FORECAST"));
    table.addColumn(tr("WHY"));
    table.addColumn(tr("NEXT"));
    for (const RiskRow& r : *rows) {
        const RiskReason first = r.reasons.value(0);
        table.addRow({r.orderNo, RiskLevelInfo::displayName(r.level), r.promisedDate.toString(Qt::ISODate),
                      r.forecastDate.toString(Qt::ISODate), r.reasons.isEmpty() ? QString() : first.text(),
                      r.reasons.isEmpty() ? QString() : first.actionText()});
    }
    table.print(m_ctx.out());
    m_ctx.out() << tr("%n order(s) at risk or late.", nullptr, int(rows->size())) << Qt::endl;
    return Success;
}

int RiskCommands::recompute(Session& session)
{
    QElapsedTimer timer;
    timer.start();
    auto done = RiskService(session).recomputeAll();
    if (!done)
        return m_ctx.fail(done.error());
    const qint64 ms = timer.elapsed();
    if (m_ctx.commandLine().isSet(QStringLiteral("json"))) {
        m_ctx.out() << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("orders"), done->orders},
                                                                   {QStringLiteral("at_risk"), done->atRisk},
                                                                   {QStringLiteral("late"), done->late},
                                                                   {QStringLiteral("changed"), done->changed},
                                                                   {QStringLiteral("ms"), ms}})
                                             .toJson(QJsonDocument::Compact))
                    << Qt::endl;
        return Success;
    }
    m_ctx.out() << tr("%n open order(s) assessed: %1 at risk, %2 late; %3 changed, in %4 ms.", nullptr,
                      int(done->orders))
                       .arg(done->atRisk)
                       .arg(done->late)
                       .arg(done->changed)
                       .arg(ms)
                << Qt::endl;
    return Success;
}

} // namespace od::cli
