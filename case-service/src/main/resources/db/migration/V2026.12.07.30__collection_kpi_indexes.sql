-- What the collection KPIs read by period and by "state of a case at an instant" (GET /api/v1/kpis/collection and the
-- per-creditor gauges): without these each period query scans the whole history.
create index case_outcome_at on case_outcome (at);
create index placement_placed_at on placement (placed_at);
create index placement_case on placement (case_id, placed_at);
create index dispute_filed_at on dispute (filed_at);
create index delinquency_history_case_day on delinquency_history (case_id, evaluated_on, id);
-- status changes of cases by time: complaint-review pauses in a period (closings are looked up per case)
create index audit_log_case_status_at on audit_log (at) where entity_type = 'case' and action = 'STATUS_CHANGED';
