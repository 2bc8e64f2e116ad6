#include "WorkCentreLoadRepository.h"

#include "SqlValues.h"

namespace od {

Result<QList<WorkCentreDayLoad>> WorkCentreLoadRepository::read(QSqlQuery& q)
{
    if (auto ok = sqlv::exec(q, QStringLiteral("read the work centres' load")); !ok)
        return std::unexpected(ok.error());
    QList<WorkCentreDayLoad> out;
    while (q.next())
        out << WorkCentreDayLoad{q.value(0).toLongLong(), sqlv::toDate(q.value(1)),
                                 Hours::fromRaw(q.value(2).toLongLong())};
    return out;
}

Result<QList<WorkCentreDayLoad>> WorkCentreLoadRepository::between(const QDate& from, const QDate& to)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT work_centre_id, day, hours FROM work_centre_load "
                             "WHERE day BETWEEN ? AND ? AND hours <> 0 ORDER BY work_centre_id, day"));
    q.addBindValue(sqlv::date(from));
    q.addBindValue(sqlv::date(to));
    return read(q);
}

Status WorkCentreLoadRepository::addTo(CapacityLoad& load, const CapacityGrid& grid)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT work_centre_id, day, hours FROM work_centre_load "
                             "WHERE day BETWEEN ? AND ? AND hours <> 0"));
    q.addBindValue(sqlv::date(grid.from()));
    q.addBindValue(sqlv::date(grid.date(grid.days() - 1)));
    if (auto ok = sqlv::exec(q, QStringLiteral("read the work centres' load")); !ok)
        return ok;
    while (q.next()) {
        const int centre = grid.indexOfId(q.value(0).toLongLong());
        if (centre >= 0)
            load.add(centre, sqlv::toDate(q.value(1)), Hours::fromRaw(q.value(2).toLongLong()));
    }
    return {};
}

Status WorkCentreLoadRepository::add(qint64 workCentreId, const QDate& date, Hours hours)
{
    if (!m_add) {
        m_add.emplace(m_db.sql());
        if (auto ok = sqlv::prepare(
                *m_add, QStringLiteral("INSERT INTO work_centre_load (work_centre_id, day, hours) "
                                       "VALUES (?, ?, ?) ON CONFLICT (work_centre_id, day) "
                                       "DO UPDATE SET hours = work_centre_load.hours + excluded.hours"));
            !ok) {
            m_add.reset();
            return ok;
        }
    }
    m_add->addBindValue(workCentreId);
    m_add->addBindValue(sqlv::date(date));
    m_add->addBindValue(hours.raw());
    return sqlv::exec(*m_add, QStringLiteral("save the work centres' load"));
}

Result<QList<WorkCentreDayLoad>> WorkCentreLoadRepository::summedFromPlans(const QDate& from, const QDate& to)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT s.work_centre_id, d.day, sum(d.hours) FROM order_plan_step_days d "
                       "JOIN order_plan_steps s ON s.id = d.step_id JOIN order_plans p ON p.id = s.plan_id "
                       "WHERE p.status = 'committed' AND d.day BETWEEN ? AND ? "
                       "GROUP BY s.work_centre_id, d.day HAVING sum(d.hours) <> 0 "
                       "ORDER BY s.work_centre_id, d.day"));
    q.addBindValue(sqlv::date(from));
    q.addBindValue(sqlv::date(to));
    return read(q);
}

Status WorkCentreLoadRepository::rebuild()
{
    if (auto ok = m_db.exec(QStringLiteral("DELETE FROM work_centre_load")); !ok)
        return ok;
    return m_db.exec(QStringLiteral(
        "INSERT INTO work_centre_load (work_centre_id, day, hours) "
        "SELECT s.work_centre_id, d.day, sum(d.hours) FROM order_plan_step_days d "
        "JOIN order_plan_steps s ON s.id = d.step_id JOIN order_plans p ON p.id = s.plan_id "
        "WHERE p.status = 'committed' AND s.work_centre_id IS NOT NULL GROUP BY s.work_centre_id, d.day"));
}

Result<QList<WorkCentreLoadMismatch>> WorkCentreLoadRepository::mismatches(int limit)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "WITH planned AS (SELECT s.work_centre_id AS centre, d.day AS day, sum(d.hours) AS hours "
        "FROM order_plan_step_days d JOIN order_plan_steps s ON s.id = d.step_id "
        "JOIN order_plans p ON p.id = s.plan_id WHERE p.status = 'committed' AND s.work_centre_id IS NOT "
        "NULL "
        "GROUP BY s.work_centre_id, d.day), "
        "kept AS (SELECT work_centre_id AS centre, day, hours FROM work_centre_load WHERE hours <> 0), "
        "differing AS (SELECT planned.centre, planned.day, coalesce(kept.hours, 0) AS kept, planned.hours AS "
        "planned "
        "FROM planned LEFT JOIN kept ON kept.centre = planned.centre AND kept.day = planned.day "
        "WHERE kept.hours IS NULL OR kept.hours <> planned.hours "
        "UNION ALL SELECT kept.centre, kept.day, kept.hours, 0 FROM kept "
        "LEFT JOIN planned ON planned.centre = kept.centre AND planned.day = kept.day WHERE planned.hours IS "
        "NULL) "
        "SELECT coalesce(w.code, ''), d.day, d.kept, d.planned FROM differing d "
        "LEFT JOIN work_centres w ON w.id = d.centre ORDER BY w.code, d.day LIMIT ?"));
    q.addBindValue(limit);
    if (auto ok = sqlv::exec(q, QStringLiteral("check the work centres' load")); !ok)
        return std::unexpected(ok.error());
    QList<WorkCentreLoadMismatch> out;
    while (q.next())
        out << WorkCentreLoadMismatch{q.value(0).toString(), sqlv::toDate(q.value(1)),
                                      Hours::fromRaw(q.value(2).toLongLong()),
                                      Hours::fromRaw(q.value(3).toLongLong())};
    return out;
}

} // namespace od
