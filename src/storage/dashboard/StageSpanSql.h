#pragma once

// The bottleneck analysis's stage spans (migration 023) as a bulk load keeps them: it drops the
// triggers that measure the stages of the timeline and count the spans, loads, then measures
// every stage once with these statements (the same as the migration's backfill) and puts the
// triggers back, in its one transaction. Firing the triggers for each of millions of events
// costs several times that. Spans from plan steps are not touched: a bulk load writes no plans.
namespace od::StageSpanSql {

inline constexpr const char* RowTriggers[] = {"order_events_stage_confirmation", "order_events_stage_planned",
                                              "order_events_stage_shipping",     "order_events_stage_transit",
                                              "order_events_stage_payment",      "order_stage_spans_count"};

inline constexpr const char* Recount[] = {
    "DELETE FROM order_stage_spans WHERE stage NOT LIKE 'queue:%' AND stage NOT LIKE 'work:%'",
    "INSERT INTO order_stage_spans (order_id, stage, ended_on, hours) "
    "SELECT c.order_id, 'confirmation', substr(c.at, 1, 10), "
    "max(0, CAST(round((julianday(c.at) - julianday(s.at)) * 24) AS INTEGER)) "
    "FROM order_events c "
    "JOIN order_events s ON s.id = (SELECT max(id) FROM order_events WHERE order_id = c.order_id "
    "AND kind = 'submitted' AND id < c.id) "
    "WHERE c.kind = 'confirmed' ",
    "INSERT INTO order_stage_spans (order_id, stage, ended_on, hours) "
    "SELECT c.order_id, 'reconfirmation', substr(c.at, 1, 10), "
    "max(0, CAST(round((julianday(c.at) - julianday(s.at)) * 24) AS INTEGER)) "
    "FROM order_events c "
    "JOIN order_events s ON s.id = (SELECT max(id) FROM order_events WHERE order_id = c.order_id "
    "AND kind = 'confirmed' AND id < c.id) "
    "WHERE c.kind = 'confirmed' ",
    "INSERT INTO order_stage_spans (order_id, stage, ended_on, hours) "
    "SELECT c.order_id, 'planning', substr(c.at, 1, 10), "
    "max(0, CAST(round((julianday(c.at) - julianday(s.at)) * 24) AS INTEGER)) "
    "FROM order_events c "
    "JOIN order_events s ON s.id = (SELECT max(id) FROM order_events WHERE order_id = c.order_id "
    "AND kind = 'confirmed' AND id < c.id) "
    "WHERE c.kind = 'status_changed' AND instr(c.data, '\"to\":\"planned\"') > 0 ",
    "INSERT INTO order_stage_spans (order_id, stage, ended_on, hours) "
    "SELECT c.order_id, 'shipping', substr(c.at, 1, 10), "
    "max(0, CAST(round((julianday(c.at) - julianday(r.at)) * 24) AS INTEGER)) "
    "FROM order_events c "
    "JOIN order_events r ON r.id = (SELECT max(id) FROM order_events WHERE order_id = c.order_id "
    "AND kind = 'status_changed' AND instr(data, '\"to\":\"ready_to_ship\"') > 0 "
    "AND id < c.id) "
    "WHERE (c.kind = 'shipped' OR (c.kind = 'status_changed' AND instr(c.data, '\"to\":\"shipped\"') > 0)) "
    "AND NOT EXISTS (SELECT 1 FROM order_events s WHERE s.order_id = c.order_id AND s.id > r.id AND s.id < "
    "c.id "
    "AND (s.kind = 'shipped' OR (s.kind = 'status_changed' AND instr(s.data, '\"to\":\"shipped\"') > 0))) ",
    "INSERT INTO order_stage_spans (order_id, stage, ended_on, hours) "
    "SELECT c.order_id, 'transit', substr(c.at, 1, 10), "
    "max(0, CAST(round((julianday(c.at) - julianday(s.at)) * 24) AS INTEGER)) "
    "FROM order_events c "
    "JOIN order_events s ON s.id = (SELECT max(id) FROM order_events WHERE order_id = c.order_id "
    "AND kind = 'status_changed' AND instr(data, '\"to\":\"shipped\"') > 0 "
    "AND id < c.id) "
    "WHERE c.kind = 'status_changed' AND instr(c.data, '\"to\":\"delivered\"') > 0 ",
    "INSERT INTO order_stage_spans (order_id, stage, ended_on, hours) "
    "SELECT c.order_id, 'payment', substr(c.at, 1, 10), "
    "max(0, CAST(round((julianday(c.at) - julianday(s.at)) * 24) AS INTEGER)) "
    "FROM order_events c "
    "JOIN order_events s ON s.id = (SELECT max(id) FROM order_events WHERE order_id = c.order_id "
    "AND kind = 'settlement_changed' AND instr(data, '\"from\":\"unbilled\"') > 0 "
    "AND id < c.id) "
    "WHERE c.kind = 'settlement_changed' AND instr(c.data, '\"to\":\"paid\"') > 0 ",
    "DELETE FROM stage_span_counts",
    "INSERT INTO stage_span_counts (stage, ended_on, hours, spans) "
    "SELECT stage, ended_on, hours, count(*) FROM order_stage_spans GROUP BY stage, ended_on, hours",
};

} // namespace od::StageSpanSql
