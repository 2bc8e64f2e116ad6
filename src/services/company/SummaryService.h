#pragma once

#include "Money.h"
#include "OrderStatus.h"
#include "Session.h"

#include <QList>

namespace od {

struct StatusSummary
{
    OrderStatus status = OrderStatus::Draft;
    qint64 orders = 0;
    Money value; // sum of the order totals
};

struct DatabaseSummary
{
    qint64 customers = 0;
    qint64 products = 0;
    qint64 orders = 0;
    qint64 orderLines = 0;
    Money orderValue;
    QList<StatusSummary> byStatus; // every status of the lifecycle, in its order, zeros included
};

// How much is in a database: records, and orders and their value per status.
class SummaryService
{
    Q_DECLARE_TR_FUNCTIONS(SummaryService)

public:
    explicit SummaryService(Session& session);

    Result<DatabaseSummary> summary();

private:
    Database& m_db;
};

} // namespace od
