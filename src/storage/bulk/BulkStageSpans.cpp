#include "BulkStageSpans.h"

#include "BulkDates.h"

namespace od {

namespace {

bool has(std::string_view data, std::string_view needle)
{
    return data.find(needle) != std::string_view::npos;
}

} // namespace

std::optional<qint64> BulkStageSpans::epochSeconds(std::string_view at)
{
    using BulkDates::digits;
    int h, mi, s;
    const std::optional<qint64> day = BulkDates::epochDay(at);
    if (!day || at.size() < 20 || at[10] != 'T' || !digits(at, 11, 2, h) || at[13] != ':' ||
        !digits(at, 14, 2, mi) || at[16] != ':' || !digits(at, 17, 2, s) || at.back() != 'Z')
        return std::nullopt;
    return *day * 86400 + h * 3600 + mi * 60 + s;
}

qint64 BulkStageSpans::hoursBetween(qint64 fromSeconds, qint64 toSeconds)
{
    // SQLite's integer division truncates toward zero, and the triggers take max(0, …).
    const qint64 d = toSeconds - fromSeconds + 1800;
    return d <= 0 ? 0 : d / 3600;
}

void BulkStageSpans::measure(std::span<const BulkOrderEvent> events, std::vector<BulkStageSpan>& out)
{
    std::optional<qint64> submitted, confirmed, ready, shipped, invoiced;
    bool shippedSinceReady = false;
    const auto add = [&](const char* stage, const BulkOrderEvent& e, qint64 from, qint64 to) {
        out.push_back(BulkStageSpan{stage, e.at.substr(0, 10), hoursBetween(from, to)});
    };
    for (const BulkOrderEvent& e : events) {
        const std::optional<qint64> at = epochSeconds(e.at);
        if (!at)
            continue; // the triggers' time functions give NULL for it: no span either
        const bool status = e.kind == "status_changed";
        if (e.kind == "submitted") {
            submitted = at;
        } else if (e.kind == "confirmed") {
            if (submitted)
                add("confirmation", e, *submitted, *at);
            if (confirmed)
                add("reconfirmation", e, *confirmed, *at);
            confirmed = at;
        } else if (status && has(e.data, R"("to":"planned")")) {
            if (confirmed)
                add("planning", e, *confirmed, *at);
        } else if (status && has(e.data, R"("to":"ready_to_ship")")) {
            ready = at;
            shippedSinceReady = false;
        } else if (status && has(e.data, R"("to":"delivered")")) {
            if (shipped)
                add("transit", e, *shipped, *at);
        } else if (e.kind == "settlement_changed") {
            if (has(e.data, R"("to":"paid")") && invoiced)
                add("payment", e, *invoiced, *at);
            if (has(e.data, R"("from":"unbilled")"))
                invoiced = at;
        }
        const bool shipping = e.kind == "shipped" || (status && has(e.data, R"("to":"shipped")"));
        if (shipping) {
            if (ready && !shippedSinceReady)
                add("shipping", e, *ready, *at);
            shippedSinceReady = true;
            if (status)
                shipped = at;
        }
    }
}

} // namespace od
