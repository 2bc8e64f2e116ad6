#pragma once

#include "Database.h"
#include "StepAlternative.h"

#include <QList>

namespace od {

// The alternative work centres of the steps of orders' committed plans, through the routing of
// each line's product: only work steps not started yet, only active centres other than the
// step's own.
class StepAlternativeRepository
{
public:
    explicit StepAlternativeRepository(Database& db) : m_db(db) {}

    // Whether any routing step has an alternative at all (a tiny table: the suggestions skip
    // looking order by order when it is empty).
    Result<bool> any();
    // The order's alternatives, by line, step and centre code.
    Result<QList<StepAlternative>> forOrder(qint64 orderId);

private:
    Database& m_db;
};

} // namespace od
