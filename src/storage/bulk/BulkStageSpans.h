#pragma once

#include "BulkOrder.h"

#include <QtGlobal>

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace od {

// One span of the bottleneck analysis: an order left `stage` on the day `endedOn` after `hours`.
struct BulkStageSpan
{
    const char* stage = nullptr;
    std::string_view endedOn; // the first 10 characters of the event's time, borrowed from it
    qint64 hours = 0;
};

// The stages an order's timeline measures, worked out in memory as the bulk loader writes the
// order: the same spans as migration 024's triggers give for the same events (confirmation,
// re-confirmation, planning, shipping, transit, payment), so the load need not fire a trigger
// for each of millions of events.
class BulkStageSpans
{
public:
    // Seconds since 1970 of a UTC time "YYYY-MM-DDTHH:MM:SS[.fff]Z"; none when it is not one.
    static std::optional<qint64> epochSeconds(std::string_view at);
    // Whole hours from `from` to `to` as the triggers count them: half an hour rounds up, never below 0.
    static qint64 hoursBetween(qint64 fromSeconds, qint64 toSeconds);

    // The spans the events (in the order they are stored) end; appended to `out`.
    static void measure(std::span<const BulkOrderEvent> events, std::vector<BulkStageSpan>& out);
};

} // namespace od
