#pragma once

#include "BulkStageSpans.h"
#include "SqliteMultiRowInsert.h"

#include <array>
#include <vector>

struct sqlite3;

namespace od {

// The bottleneck analysis's spans of a bulk load, measured by the loader instead of by the
// triggers: kept in memory as the orders go in, then written in the order of
// order_stage_spans_stage's key, so that the index takes them at its end instead of being built by
// sorting millions of rows, and counted per stage, day and duration for stage_span_counts.
class BulkStageSpanWriter
{
public:
    void add(qint64 orderId, const BulkStageSpan& span);
    // Writes the spans added since the last write into order_stage_spans and counts them; SQLITE_OK
    // or the error code (the connection's error text says why).
    int write(sqlite3* db);
    // Adds the counts of all written spans to stage_span_counts; likewise.
    int writeCounts(sqlite3* db);
    // Lets go of the spans, the counts and the statements.
    void clear();

private:
    struct Span
    {
        const char* stage = nullptr; // one of BulkStageSpans' names
        qint64 orderId = 0;
        std::array<char, 10> endedOn{};
        quint32 stageDay = 0; // the stage's rank and the day, in the index's order (write() sets it)
        qint64 hours = 0;
    };
    struct Count
    {
        Span span; // its stage, day and hours
        qint64 spans = 0;
    };
    // The spans are sorted by stage and day: each day's durations are counted together, after
    // those of an earlier write (a day may be counted in both; writeCounts() adds them up).
    void count();
    void rankByStageAndDay();

    std::vector<Span> m_spans;
    std::vector<Count> m_counts;
    SqliteMultiRowInsert m_insert;
};

} // namespace od
