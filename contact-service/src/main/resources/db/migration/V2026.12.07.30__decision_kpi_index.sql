-- Decisions by period, for GET /api/v1/kpis/decisions (decisions blocked by rule).
create index contact_decision_decided_at on contact_decision (decided_at);
