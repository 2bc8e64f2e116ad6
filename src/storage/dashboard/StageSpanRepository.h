#pragma once

#include "Database.h"
#include "StageDurationStats.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace od {

// Change requests recorded in a period.
struct ChangeRequestCounts
{
    qint64 requests = 0;
    qint64 orders = 0; // distinct orders they were for
};

// A row where the span counts and a recount of the spans disagree.
struct StageSpanCountMismatch
{
    QString stage;
    QString endedOn;
    qint64 hours = 0;
    qint64 stored = 0;
    qint64 counted = 0;
};

// The reads behind the bottleneck analysis (瓶颈分析), over the spans that migration 024's triggers
// write whenever an order leaves a stage. A period's figures come from stage_span_counts (spans per
// stage, day and duration), so a year costs a few hundred thousand summary rows, not millions of spans.
class StageSpanRepository
{
    Q_DECLARE_TR_FUNCTIONS(StageSpanRepository)

public:
    explicit StageSpanRepository(Database& db) : m_db(db) {}

    // Per stage key, how many spans ended from `from` to `to` (inclusive) with each duration.
    Result<QHash<QString, QList<DurationCount>>> durations(const QDate& from, const QDate& to);
    // Work centre names by id (every centre, active or not).
    Result<QHash<qint64, QString>> workCentreNames();
    // Change requests recorded from `from` to `to` (inclusive, UTC days).
    Result<ChangeRequestCounts> changeRequests(const QDate& from, const QDate& to);

    // The summary against a full recount of the spans: the rows that differ (at most `limit`).
    Result<QList<StageSpanCountMismatch>> countMismatches(int limit);
    // The spans kept against the stages measured afresh from the timeline and the step dates, per
    // stage and day (`hours` unused; stored/counted are the numbers of spans, at most `limit`
    // rows). A day whose spans have the same number but other hours counts too.
    Result<QList<StageSpanCountMismatch>> timelineMismatches(int limit);

private:
    Database& m_db;
};

} // namespace od
