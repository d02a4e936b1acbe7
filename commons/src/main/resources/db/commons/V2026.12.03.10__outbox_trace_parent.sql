-- The W3C traceparent of the request that wrote an event: its deliveries continue that trace. Trace ids are random,
-- never personal data.
alter table outbox_event add column trace_parent text;
