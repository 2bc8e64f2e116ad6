#pragma once

#include "Database.h"
#include "OnTimeReport.h"

#include <QCoreApplication>
#include <QStringList>

namespace od {

// The on-time report's figures from the orders delivered in a period (see ReviewDue for the day
// an order counts as delivered).
class OnTimeRepository
{
    Q_DECLARE_TR_FUNCTIONS(OnTimeRepository)

public:
    explicit OnTimeRepository(Database& db) : m_db(db) {}

    // The groups (names filled in except for causes) and the total.
    Result<OnTimeReport> report(const QDate& from, const QDate& to, OnTimeGrouping grouping);
    // The two statements report() runs (the total, then the groups), each with the period's first
    // and last day as its parameters.
    static QStringList statements(OnTimeGrouping grouping);

private:
    Database& m_db;
};

} // namespace od
