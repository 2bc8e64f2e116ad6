#pragma once

#include "Database.h"

#include <QList>
#include <QString>

namespace od {

struct RecordCounts
{
    qint64 customers = 0;
    qint64 products = 0;
    qint64 orders = 0;
    qint64 orderLines = 0;
};

struct StatusTotalsRow
{
    QString statusKey;
    qint64 orders = 0;
    qint64 totalMinor = 0;
};

// Counts and sums over the whole database, for the summary of the CLI and the dashboard.
class SummaryRepository
{
public:
    explicit SummaryRepository(Database& db) : m_db(db) {}

    Result<RecordCounts> counts();
    // Orders and the sum of their totals per stored status key.
    Result<QList<StatusTotalsRow>> totalsByStatus();

private:
    Database& m_db;
};

} // namespace od
