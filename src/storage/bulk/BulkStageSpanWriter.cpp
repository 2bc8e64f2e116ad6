#include "BulkStageSpanWriter.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <string_view>

namespace od {

void BulkStageSpanWriter::add(qint64 orderId, const BulkStageSpan& span)
{
    Span& pending = m_spans.emplace_back();
    pending.stage = span.stage;
    pending.orderId = orderId;
    span.endedOn.copy(pending.endedOn.data(), pending.endedOn.size());
    pending.hours = span.hours;
}

void BulkStageSpanWriter::rankByStageAndDay()
{
    // The stages are a handful of names: ranked once in their text order, each span's stage and
    // day become one number that sorts as the index's key does.
    std::vector<const char*> names;
    for (const Span& span : m_spans)
        if (std::find(names.begin(), names.end(), span.stage) == names.end())
            names.push_back(span.stage);
    std::sort(names.begin(), names.end(), [](const char* a, const char* b) { return std::strcmp(a, b) < 0; });
    std::vector<quint32> ranks(names.size());
    for (size_t i = 1; i < names.size(); ++i)
        ranks[i] = ranks[i - 1] + (std::strcmp(names[i - 1], names[i]) != 0 ? 1 : 0);
    for (Span& span : m_spans) {
        const auto at = size_t(std::find(names.begin(), names.end(), span.stage) - names.begin());
        // "YYYY-MM-DD" as YYYYMMDD, which needs 25 bits.
        quint32 day = 0;
        for (char c : span.endedOn)
            if (c != '-')
                day = day * 10 + quint32(c - '0');
        span.stageDay = ranks[at] << 25 | day;
    }
}

int BulkStageSpanWriter::write(sqlite3* db)
{
    rankByStageAndDay();
    std::sort(m_spans.begin(), m_spans.end(), [](const Span& a, const Span& b) {
        return a.stageDay != b.stageDay ? a.stageDay < b.stageDay : a.orderId < b.orderId;
    });
    m_insert.setSql("INSERT INTO order_stage_spans (order_id, stage, ended_on, hours)", 4);
    constexpr size_t kRows = 64;
    if (!m_insert.write(db, m_spans, kRows, [](SqliteStatement& s, int& p, const Span& span) {
            s.bindInt(++p, span.orderId);
            s.bindText(++p, span.stage);
            s.bindText(++p, std::string_view(span.endedOn.data(), span.endedOn.size()));
            s.bindInt(++p, span.hours);
        })) {
        const int rc = sqlite3_errcode(db);
        return rc != SQLITE_OK ? rc : SQLITE_ERROR;
    }
    m_insert.clear();
    count();
    m_spans = {};
    return SQLITE_OK;
}

void BulkStageSpanWriter::count()
{
    std::vector<qint64> hours;
    for (size_t first = 0; first < m_spans.size();) {
        const Span& day = m_spans[first];
        size_t end = first;
        hours.clear();
        for (; end < m_spans.size() && m_spans[end].stageDay == day.stageDay; ++end)
            hours.push_back(m_spans[end].hours);
        std::sort(hours.begin(), hours.end());
        for (size_t i = 0; i < hours.size();) {
            size_t j = i;
            while (j < hours.size() && hours[j] == hours[i])
                ++j;
            Count& count = m_counts.emplace_back(Count{day, qint64(j - i)});
            count.span.hours = hours[i];
            i = j;
        }
        first = end;
    }
}

int BulkStageSpanWriter::writeCounts(sqlite3* db)
{
    SqliteStatement q;
    if (const int rc = q.prepare(
            db, "INSERT INTO stage_span_counts (stage, ended_on, hours, spans) VALUES (?1, ?2, ?3, ?4) "
                "ON CONFLICT (stage, ended_on, hours) DO UPDATE SET spans = spans + excluded.spans");
        rc != SQLITE_OK)
        return rc;
    for (const Count& count : m_counts) {
        q.bindText(1, count.span.stage);
        q.bindText(2, std::string_view(count.span.endedOn.data(), count.span.endedOn.size()));
        q.bindInt(3, count.span.hours);
        q.bindInt(4, count.spans);
        if (const int rc = q.execute(); rc != SQLITE_DONE)
            return rc;
    }
    return SQLITE_OK;
}

void BulkStageSpanWriter::clear()
{
    m_spans = {};
    m_counts = {};
    m_insert.clear();
}

} // namespace od
