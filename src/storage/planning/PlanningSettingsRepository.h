#pragma once

#include "Database.h"
#include "PlanningSettings.h"

namespace od {

// The one row of planning_settings: working weekdays and shipping days.
class PlanningSettingsRepository
{
public:
    explicit PlanningSettingsRepository(Database& db) : m_db(db) {}

    Result<PlanningSettings> settings();
    Status save(const PlanningSettings& settings);

private:
    Database& m_db;
};

} // namespace od
