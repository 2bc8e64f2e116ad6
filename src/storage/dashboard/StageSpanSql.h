#pragma once

// The bottleneck analysis's stage spans (migration 023) as a bulk load keeps them: it drops these
// triggers (those that measure the stages of the timeline and the one that counts the spans),
// measures each order's stages in memory as it writes the order (BulkStageSpans, the same spans),
// counts them once at the end and puts the triggers back, in its one transaction. Firing the
// triggers for each of millions of events, or measuring the timeline again in SQL afterwards,
// costs several times that. Plan steps keep their triggers: a bulk load writes no plans.
namespace od::StageSpanSql {

inline constexpr const char* RowTriggers[] = {"order_events_stage_confirmation", "order_events_stage_planned",
                                              "order_events_stage_shipping",     "order_events_stage_transit",
                                              "order_events_stage_payment",      "order_stage_spans_count"};

} // namespace od::StageSpanSql
