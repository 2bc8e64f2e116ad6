#include "CalendarRepository.h"

#include "SqlValues.h"

namespace od {

namespace {

// NULL work centre = the whole company; stored as NULL, compared through coalesce(…, 0) as the
// unique index does.
QVariant centreValue(qint64 workCentreId)
{
    return workCentreId > 0 ? QVariant(workCentreId) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

Result<QList<CalendarDay>> CalendarRepository::select(const QString& where, const QVariantList& values)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT d.id, d.day, d.kind, coalesce(w.code, ''), d.hours FROM calendar_days d "
                             "LEFT JOIN work_centres w ON w.id = d.work_centre_id %1 "
                             "ORDER BY d.day, coalesce(w.code, '')")
                  .arg(where));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (auto ok = sqlv::exec(q, QStringLiteral("read the calendar")); !ok)
        return std::unexpected(ok.error());
    QList<CalendarDay> out;
    while (q.next()) {
        CalendarDay d;
        d.id = q.value(0).toLongLong();
        d.date = sqlv::toDate(q.value(1));
        d.kind = CalendarDay::kindFromKey(q.value(2).toString()).value_or(CalendarDayKind::Holiday);
        d.workCentre = q.value(3).toString();
        d.hours = Hours::fromRaw(q.value(4).toLongLong());
        out << d;
    }
    return out;
}

Result<QList<CalendarDay>> CalendarRepository::all()
{
    return select(QString(), {});
}

Result<QList<CalendarDay>> CalendarRepository::between(const QDate& from, const QDate& to)
{
    return select(QStringLiteral("WHERE d.day BETWEEN ? AND ?"), {sqlv::date(from), sqlv::date(to)});
}

Result<std::optional<CalendarDay>> CalendarRepository::find(const QDate& date, qint64 workCentreId)
{
    auto found = select(QStringLiteral("WHERE d.day = ? AND coalesce(d.work_centre_id, 0) = ?"),
                        {sqlv::date(date), workCentreId > 0 ? workCentreId : 0});
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return std::optional<CalendarDay>();
    return std::optional<CalendarDay>(found->first());
}

Status CalendarRepository::save(const CalendarDay& day, qint64 workCentreId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE calendar_days SET kind = ?, hours = ? "
                             "WHERE day = ? AND coalesce(work_centre_id, 0) = ?"));
    q.addBindValue(CalendarDay::kindKey(day.kind));
    q.addBindValue(day.hours.raw());
    q.addBindValue(sqlv::date(day.date));
    q.addBindValue(workCentreId > 0 ? workCentreId : 0);
    if (auto ok = sqlv::exec(q, QStringLiteral("save the calendar")); !ok)
        return ok;
    if (q.numRowsAffected() > 0)
        return {};
    QSqlQuery insert(m_db.sql());
    insert.prepare(
        QStringLiteral("INSERT INTO calendar_days (day, kind, work_centre_id, hours) VALUES (?, ?, ?, ?)"));
    insert.addBindValue(sqlv::date(day.date));
    insert.addBindValue(CalendarDay::kindKey(day.kind));
    insert.addBindValue(centreValue(workCentreId));
    insert.addBindValue(day.hours.raw());
    return sqlv::exec(insert, QStringLiteral("save the calendar"));
}

Status CalendarRepository::remove(const QDate& date, qint64 workCentreId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM calendar_days WHERE day = ? AND coalesce(work_centre_id, 0) = ?"));
    q.addBindValue(sqlv::date(date));
    q.addBindValue(workCentreId > 0 ? workCentreId : 0);
    return sqlv::exec(q, QStringLiteral("save the calendar"));
}

Result<WorkCalendar> CalendarRepository::calendar(WorkingWeekdays weekdays)
{
    auto entries = all();
    if (!entries)
        return std::unexpected(entries.error());
    WorkCalendar calendar(weekdays);
    for (const CalendarDay& day : std::as_const(*entries))
        calendar.set(day);
    return calendar;
}

} // namespace od
