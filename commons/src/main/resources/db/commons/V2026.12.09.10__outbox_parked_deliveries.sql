-- A delivery the subscriber refuses for good (or answers with an error too many times) is PARKED with its reason
-- instead of being retried for ever; an admin replays it (back to PENDING) or skips it (SKIPPED, never sent). A parked
-- delivery still holds back the later deliveries of its aggregate to the same subscriber, so order is kept.
alter table outbox_delivery drop constraint outbox_delivery_status_check;
alter table outbox_delivery add constraint outbox_delivery_status_check
    check (status in ('PENDING', 'DELIVERED', 'PARKED', 'SKIPPED'));
-- answers of the subscriber that refused the event (outages, timeouts and "try later" answers are not counted)
alter table outbox_delivery add column refusals int not null default 0;
alter table outbox_delivery add column parked_at timestamptz;

drop index outbox_delivery_order;
create index outbox_delivery_order on outbox_delivery (subscriber, aggregate_id, id) where status in ('PENDING', 'PARKED');
create index outbox_delivery_parked on outbox_delivery (id) where status = 'PARKED';
