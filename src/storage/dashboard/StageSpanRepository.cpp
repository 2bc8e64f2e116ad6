#include "StageSpanRepository.h"

#include "SqlValues.h"
#include "StageSpanSql.h"

#include <QSqlQuery>

#include <map>

namespace od {

Result<QHash<QString, QList<DurationCount>>> StageSpanRepository::durations(const QDate& from,
                                                                            const QDate& to)
{
    // The stages present, one index seek each (never a scan of the whole summary), then each
    // stage's range of days.
    QStringList stages;
    QSqlQuery next(m_db.sql());
    next.setForwardOnly(true);
    if (auto ok =
            sqlv::prepare(next, QStringLiteral("SELECT min(stage) FROM stage_span_counts WHERE stage > ?"));
        !ok)
        return std::unexpected(ok.error());
    QString after = QStringLiteral("");
    for (;;) {
        next.addBindValue(after);
        if (auto ok = sqlv::exec(next, tr("read the stages")); !ok)
            return std::unexpected(ok.error());
        if (!next.next() || next.value(0).isNull())
            break;
        after = next.value(0).toString();
        next.finish();
        stages << after;
    }
    next.finish();

    QHash<QString, QList<DurationCount>> out;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (auto ok = sqlv::prepare(q, QStringLiteral("SELECT hours, spans FROM stage_span_counts "
                                                  "WHERE stage = ? AND ended_on BETWEEN ? AND ?"));
        !ok)
        return std::unexpected(ok.error());
    const QString fromText = from.toString(Qt::ISODate);
    const QString toText = to.toString(Qt::ISODate);
    for (const QString& stage : stages) {
        q.addBindValue(stage);
        q.addBindValue(fromText);
        q.addBindValue(toText);
        if (auto ok = sqlv::exec(q, tr("read how long orders spent in each stage")); !ok)
            return std::unexpected(ok.error());
        std::map<qint64, qint64> byHours;
        while (q.next())
            byHours[q.value(0).toLongLong()] += q.value(1).toLongLong();
        q.finish();
        if (byHours.empty())
            continue;
        QList<DurationCount>& counts = out[stage];
        counts.reserve(qsizetype(byHours.size()));
        for (const auto& [hours, spans] : byHours)
            counts << DurationCount{hours, spans};
    }
    return out;
}

Result<QHash<qint64, QString>> StageSpanRepository::workCentreNames()
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (auto ok = sqlv::prepare(q, QStringLiteral("SELECT id, name FROM work_centres")); !ok)
        return std::unexpected(ok.error());
    if (auto ok = sqlv::exec(q, tr("read the work centres")); !ok)
        return std::unexpected(ok.error());
    QHash<qint64, QString> names;
    while (q.next())
        names.insert(q.value(0).toLongLong(), q.value(1).toString());
    return names;
}

Result<ChangeRequestCounts> StageSpanRepository::changeRequests(const QDate& from, const QDate& to)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (auto ok =
            sqlv::prepare(q, QStringLiteral("SELECT count(*), count(DISTINCT order_id) FROM change_requests "
                                            "WHERE requested_at >= ? AND requested_at < ?"));
        !ok)
        return std::unexpected(ok.error());
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.addDays(1).toString(Qt::ISODate));
    if (auto ok = sqlv::exec(q, tr("count the change requests")); !ok)
        return std::unexpected(ok.error());
    ChangeRequestCounts c;
    if (q.next()) {
        c.requests = q.value(0).toLongLong();
        c.orders = q.value(1).toLongLong();
    }
    return c;
}

Result<QList<StageSpanCountMismatch>> StageSpanRepository::countMismatches(int limit)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (auto ok = sqlv::prepare(
            q, QStringLiteral(
                   "WITH counted AS (SELECT stage, ended_on, hours, count(*) AS spans FROM order_stage_spans "
                   "GROUP BY stage, ended_on, hours) "
                   "SELECT c.stage, c.ended_on, c.hours, coalesce(k.spans, 0), c.spans FROM counted c "
                   "LEFT JOIN stage_span_counts k ON k.stage = c.stage AND k.ended_on = c.ended_on "
                   "AND k.hours = c.hours WHERE k.spans IS NOT c.spans "
                   "UNION ALL SELECT k.stage, k.ended_on, k.hours, k.spans, 0 FROM stage_span_counts k "
                   "WHERE NOT EXISTS (SELECT 1 FROM order_stage_spans s WHERE s.stage = k.stage "
                   "AND s.ended_on = k.ended_on AND s.hours = k.hours) LIMIT ?"));
        !ok)
        return std::unexpected(ok.error());
    q.addBindValue(limit);
    if (auto ok = sqlv::exec(q, tr("recount the stage durations")); !ok)
        return std::unexpected(ok.error());
    QList<StageSpanCountMismatch> out;
    while (q.next())
        out << StageSpanCountMismatch{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                                      q.value(3).toLongLong(), q.value(4).toLongLong()};
    return out;
}

Result<QList<StageSpanCountMismatch>> StageSpanRepository::timelineMismatches(int limit)
{
    QStringList measured;
    for (const char* sql : StageSpanSql::Measure)
        measured << QString::fromUtf8(sql);
    const QString sql =
        QStringLiteral(
            "WITH measured (order_id, stage, ended_on, hours) AS (%1), "
            "fresh AS (SELECT stage, ended_on, count(*) AS spans, sum(hours) AS hours FROM measured "
            "GROUP BY stage, ended_on), "
            "kept AS (SELECT stage, ended_on, count(*) AS spans, sum(hours) AS hours FROM order_stage_spans "
            "GROUP BY stage, ended_on) "
            "SELECT f.stage, f.ended_on, coalesce(k.spans, 0), f.spans FROM fresh f LEFT JOIN kept k "
            "ON k.stage = f.stage AND k.ended_on = f.ended_on WHERE k.spans IS NOT f.spans OR k.hours IS NOT "
            "f.hours "
            "UNION ALL SELECT k.stage, k.ended_on, k.spans, 0 FROM kept k WHERE NOT EXISTS "
            "(SELECT 1 FROM fresh f WHERE f.stage = k.stage AND f.ended_on = k.ended_on) LIMIT ?")
            .arg(measured.join(QStringLiteral(" UNION ALL ")));
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (auto ok = sqlv::prepare(q, sql); !ok)
        return std::unexpected(ok.error());
    q.addBindValue(limit);
    if (auto ok = sqlv::exec(q, tr("measure the stages again from the timeline")); !ok)
        return std::unexpected(ok.error());
    QList<StageSpanCountMismatch> out;
    while (q.next())
        out << StageSpanCountMismatch{q.value(0).toString(), q.value(1).toString(), 0,
                                      q.value(2).toLongLong(), q.value(3).toLongLong()};
    return out;
}

} // namespace od
