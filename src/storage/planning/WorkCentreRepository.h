#pragma once

#include "Database.h"
#include "WorkCentre.h"

#include <QList>

#include <optional>

namespace od {

class WorkCentreRepository
{
public:
    explicit WorkCentreRepository(Database& db) : m_db(db) {}

    // Every work centre, active or not, by code.
    Result<QList<WorkCentre>> all();
    Result<std::optional<WorkCentre>> byId(qint64 id);
    Result<std::optional<WorkCentre>> byCode(const QString& code);
    Result<qint64> insert(const WorkCentre& centre);
    // By id; the code may change.
    Status update(const WorkCentre& centre);

private:
    Database& m_db;
};

} // namespace od
