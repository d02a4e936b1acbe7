-- Shared infrastructure tables: every service's schema has them. Versions are dates so that commons and
-- service migrations interleave in the order they were written.

create table audit_log (
    id           bigserial primary key,
    at           timestamptz not null,
    actor        text        not null,
    action       text        not null,
    entity_type  text        not null,
    entity_id    text        not null,
    reason       text,
    before_state jsonb,
    after_state  jsonb
);
create index audit_log_entity on audit_log (entity_type, entity_id, id);

-- Append-only tables refuse UPDATE and DELETE, whoever asks.
create function refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % refused', tg_table_name, tg_op;
end;
$$;
create trigger audit_log_append_only before update or delete on audit_log
    for each row execute function refuse_change();

create table idempotency_record (
    principal        text        not null,
    idempotency_key  text        not null,
    request_hash     text        not null,
    status           int,
    response_body    text,
    location         text,
    etag             text,
    created_at       timestamptz not null,
    primary key (principal, idempotency_key)
);

create table outbox_event (
    id           uuid primary key,
    event_type   text        not null,
    source       text        not null,
    aggregate_id text        not null,
    occurred_at  timestamptz not null,
    payload      jsonb       not null
);

create table outbox_delivery (
    id              bigserial primary key,
    event_id        uuid        not null references outbox_event (id),
    subscriber      text        not null,
    aggregate_id    text        not null,
    status          text        not null check (status in ('PENDING', 'DELIVERED')),
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null,
    delivered_at    timestamptz,
    last_error      text,
    unique (event_id, subscriber)
);
create index outbox_delivery_due on outbox_delivery (next_attempt_at, id) where status = 'PENDING';
create index outbox_delivery_order on outbox_delivery (subscriber, aggregate_id, id) where status = 'PENDING';

create table inbox_event (
    event_id    uuid primary key,
    event_type  text        not null,
    source      text,
    received_at timestamptz not null
);

-- Lets exactly one replica claim a periodic job for a period (e.g. the daily delinquency run of a date).
create table job_claim (
    job        text        not null,
    period     text        not null,
    claimed_at timestamptz not null,
    primary key (job, period)
);
