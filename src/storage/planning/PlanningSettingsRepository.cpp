#include "PlanningSettingsRepository.h"

#include "SqlValues.h"

namespace od {

Result<PlanningSettings> PlanningSettingsRepository::settings()
{
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("SELECT working_weekdays, shipping_working_days FROM planning_settings WHERE id = 1"));
    if (auto ok = sqlv::exec(q, QStringLiteral("read the planning settings")); !ok)
        return std::unexpected(ok.error());
    PlanningSettings settings;
    if (q.next()) {
        // A value written by hand that does not parse keeps the default rather than losing the calendar.
        if (const auto weekdays = WorkingWeekdays::parse(q.value(0).toString()))
            settings.workingWeekdays = *weekdays;
        settings.shippingWorkingDays = q.value(1).toInt();
    }
    return settings;
}

Status PlanningSettingsRepository::save(const PlanningSettings& settings)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO planning_settings (id, working_weekdays, shipping_working_days) "
                             "VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                             "working_weekdays = excluded.working_weekdays, "
                             "shipping_working_days = excluded.shipping_working_days"));
    q.addBindValue(sqlv::text(settings.workingWeekdays.toString()));
    q.addBindValue(settings.shippingWorkingDays);
    return sqlv::exec(q, QStringLiteral("save the planning settings"));
}

} // namespace od
