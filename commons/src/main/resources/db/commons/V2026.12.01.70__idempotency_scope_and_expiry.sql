-- Idempotency records belong to subject + role + agency (a digest), keep the response body encrypted and expire.
-- Records written before held response bodies in clear: they are dropped (a retry after this runs its request
-- again, as after the retention).
delete from idempotency_record;
alter table idempotency_record rename column principal to scope;
create index idempotency_record_created on idempotency_record (created_at);
