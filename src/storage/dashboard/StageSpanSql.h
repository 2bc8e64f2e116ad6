#pragma once

// The bottleneck analysis's stage spans (migration 024) as a bulk load keeps them: it drops these
// triggers (those that measure the stages of the timeline and the one that counts the spans),
// measures each order's stages in memory as it writes the order (BulkStageSpans, the same spans),
// counts them once at the end and puts the triggers back, in its one transaction. Firing the
// triggers for each of millions of events, or measuring the timeline again in SQL afterwards,
// costs several times that. Plan steps keep their triggers: a bulk load writes no plans.
namespace od::StageSpanSql {

inline constexpr const char* RowTriggers[] = {"order_events_stage_confirmation", "order_events_stage_planned",
                                              "order_events_stage_shipping",     "order_events_stage_transit",
                                              "order_events_stage_payment",      "order_stage_spans_count"};

// Every span the timeline and the step dates give, measured afresh (order_id, stage, ended_on,
// hours): the migration's backfill, which `orderdesk-cli check` compares with the spans kept.
inline constexpr const char* Measure[] = {
    "SELECT c.order_id, 'confirmation', substr(c.at, 1, 10), "
    "max(0, (CAST(strftime('%s', c.at) AS INTEGER) - CAST(strftime('%s', s.at) AS INTEGER) + 1800) / 3600) "
    "FROM order_events c "
    "JOIN order_events s ON s.id = (SELECT max(id) FROM order_events WHERE order_id = c.order_id "
    "AND kind = 'submitted' AND id < c.id) "
    "WHERE c.kind = 'confirmed' ",
    "SELECT c.order_id, 'reconfirmation', substr(c.at, 1, 10), "
    "max(0, (CAST(strftime('%s', c.at) AS INTEGER) - CAST(strftime('%s', s.at) AS INTEGER) + 1800) / 3600) "
    "FROM order_events c "
    "JOIN order_events s ON s.id = (SELECT max(id) FROM order_events WHERE order_id = c.order_id "
    "AND kind = 'confirmed' AND id < c.id) "
    "WHERE c.kind = 'confirmed' ",
    "SELECT c.order_id, 'planning', substr(c.at, 1, 10), "
    "max(0, (CAST(strftime('%s', c.at) AS INTEGER) - CAST(strftime('%s', s.at) AS INTEGER) + 1800) / 3600) "
    "FROM order_events c "
    "JOIN order_events s ON s.id = (SELECT max(id) FROM order_events WHERE order_id = c.order_id "
    "AND kind = 'confirmed' AND id < c.id) "
    "WHERE c.kind = 'status_changed' AND instr(c.data, '\"to\":\"planned\"') > 0 ",
    "SELECT c.order_id, 'shipping', substr(c.at, 1, 10), "
    "max(0, (CAST(strftime('%s', c.at) AS INTEGER) - CAST(strftime('%s', r.at) AS INTEGER) + 1800) / 3600) "
    "FROM order_events c "
    "JOIN order_events r ON r.id = (SELECT max(id) FROM order_events WHERE order_id = c.order_id "
    "AND kind = 'status_changed' AND instr(data, '\"to\":\"ready_to_ship\"') > 0 "
    "AND id < c.id) "
    "WHERE (c.kind = 'shipped' OR (c.kind = 'status_changed' AND instr(c.data, '\"to\":\"shipped\"') > 0)) "
    "AND NOT EXISTS (SELECT 1 FROM order_events s WHERE s.order_id = c.order_id AND s.id > r.id AND s.id < "
    "c.id "
    "AND (s.kind = 'shipped' OR (s.kind = 'status_changed' AND instr(s.data, '\"to\":\"shipped\"') > 0))) ",
    "SELECT c.order_id, 'transit', substr(c.at, 1, 10), "
    "max(0, (CAST(strftime('%s', c.at) AS INTEGER) - CAST(strftime('%s', s.at) AS INTEGER) + 1800) / 3600) "
    "FROM order_events c "
    "JOIN order_events s ON s.id = (SELECT max(id) FROM order_events WHERE order_id = c.order_id "
    "AND kind = 'status_changed' AND instr(data, '\"to\":\"shipped\"') > 0 "
    "AND id < c.id) "
    "WHERE c.kind = 'status_changed' AND instr(c.data, '\"to\":\"delivered\"') > 0 ",
    "SELECT c.order_id, 'payment', substr(c.at, 1, 10), "
    "max(0, (CAST(strftime('%s', c.at) AS INTEGER) - CAST(strftime('%s', s.at) AS INTEGER) + 1800) / 3600) "
    "FROM order_events c "
    "JOIN order_events s ON s.id = (SELECT max(id) FROM order_events WHERE order_id = c.order_id "
    "AND kind = 'settlement_changed' AND instr(data, '\"from\":\"unbilled\"') > 0 "
    "AND id < c.id) "
    "WHERE c.kind = 'settlement_changed' AND instr(c.data, '\"to\":\"paid\"') > 0 ",
    "SELECT p.order_id, 'queue:' || st.work_centre_id, st.actual_start, "
    "max(0, CAST(julianday(st.actual_start) - julianday(prev.actual_finish) - 1 AS INTEGER)) * 24 "
    "FROM order_plan_steps st "
    "JOIN order_plans p ON p.id = st.plan_id "
    "JOIN order_plan_steps prev ON prev.id = (SELECT id FROM order_plan_steps WHERE plan_id = st.plan_id "
    "AND line_no = st.line_no AND step_no < st.step_no "
    "AND kind <> 'shipping' ORDER BY step_no DESC LIMIT 1) "
    "WHERE st.kind = 'work' AND st.work_centre_id IS NOT NULL AND st.actual_start IS NOT NULL "
    "AND prev.actual_finish IS NOT NULL ",
    "SELECT p.order_id, 'work:' || st.work_centre_id, st.actual_finish, "
    "max(0, CAST(julianday(st.actual_finish) - julianday(st.actual_start) + 1 AS INTEGER)) * 24 "
    "FROM order_plan_steps st JOIN order_plans p ON p.id = st.plan_id "
    "WHERE st.kind = 'work' AND st.work_centre_id IS NOT NULL AND st.actual_start IS NOT NULL "
    "AND st.actual_finish IS NOT NULL ",
};

} // namespace od::StageSpanSql
