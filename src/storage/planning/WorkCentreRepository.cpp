#include "WorkCentreRepository.h"

#include "SqlValues.h"

namespace od {

namespace {

const char* kColumns = "id, code, name, department, hours_per_shift, shifts, units, efficiency_bp, active";

WorkCentre fromRow(const QSqlQuery& q)
{
    WorkCentre c;
    c.id = q.value(0).toLongLong();
    c.code = q.value(1).toString();
    c.name = q.value(2).toString();
    c.department = q.value(3).toString();
    c.hoursPerShift = Hours::fromRaw(q.value(4).toLongLong());
    c.shifts = q.value(5).toInt();
    c.units = q.value(6).toInt();
    c.efficiency = BasisPoints::fromRaw(q.value(7).toInt());
    c.active = q.value(8).toBool();
    return c;
}

void bindFields(QSqlQuery& q, const WorkCentre& c)
{
    q.bindValue(QStringLiteral(":code"), sqlv::text(c.code));
    q.bindValue(QStringLiteral(":name"), sqlv::text(c.name));
    q.bindValue(QStringLiteral(":department"), sqlv::text(c.department));
    q.bindValue(QStringLiteral(":hours"), c.hoursPerShift.raw());
    q.bindValue(QStringLiteral(":shifts"), c.shifts);
    q.bindValue(QStringLiteral(":units"), c.units);
    q.bindValue(QStringLiteral(":efficiency"), c.efficiency.raw());
    q.bindValue(QStringLiteral(":active"), c.active ? 1 : 0);
    q.bindValue(QStringLiteral(":now"), sqlv::nowUtc());
}

Result<std::optional<WorkCentre>> single(QSqlQuery& q)
{
    if (auto ok = sqlv::exec(q, QStringLiteral("read a work centre")); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return std::optional<WorkCentre>();
    return std::optional<WorkCentre>(fromRow(q));
}

} // namespace

Result<QList<WorkCentre>> WorkCentreRepository::all()
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM work_centres ORDER BY code").arg(QLatin1String(kColumns)));
    if (auto ok = sqlv::exec(q, QStringLiteral("read the work centres")); !ok)
        return std::unexpected(ok.error());
    QList<WorkCentre> out;
    while (q.next())
        out << fromRow(q);
    return out;
}

Result<std::optional<WorkCentre>> WorkCentreRepository::byId(qint64 id)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM work_centres WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    return single(q);
}

Result<std::optional<WorkCentre>> WorkCentreRepository::byCode(const QString& code)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM work_centres WHERE code = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(code);
    return single(q);
}

Result<qint64> WorkCentreRepository::insert(const WorkCentre& centre)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO work_centres (code, name, department, hours_per_shift, shifts, "
                             "units, efficiency_bp, active, "
                             "created_at, updated_at) VALUES (:code, :name, :department, :hours, :shifts, "
                             ":units, :efficiency, :active, "
                             ":now, :now) RETURNING id"));
    bindFields(q, centre);
    if (auto ok = sqlv::exec(q, QStringLiteral("save the work centre")); !ok)
        return std::unexpected(ok.error());
    q.next();
    return q.value(0).toLongLong();
}

Status WorkCentreRepository::update(const WorkCentre& centre)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "UPDATE work_centres SET code = :code, name = :name, department = :department, "
        "hours_per_shift = :hours, shifts = :shifts, units = :units, efficiency_bp = :efficiency, "
        "active = :active, updated_at = :now WHERE id = :id"));
    bindFields(q, centre);
    q.bindValue(QStringLiteral(":id"), centre.id);
    return sqlv::exec(q, QStringLiteral("save the work centre"));
}

} // namespace od
