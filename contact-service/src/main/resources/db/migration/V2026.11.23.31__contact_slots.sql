-- Scheduled contacts: created at the earliest permitted time, leased to dispatchers, completed with an outcome.
create table contact_slot (
    id               uuid primary key,
    case_id          uuid        not null,
    debtor_id        uuid        not null,
    channel          text        not null,
    person           text        not null,
    contact_point_id uuid,
    priority         int         not null default 0,
    window_end       timestamptz,
    scheduled_at     timestamptz not null,
    status           text        not null check (status in ('PENDING', 'LEASED', 'DONE', 'CANCELLED')),
    lease_owner      text,
    lease_until      timestamptz,
    leases           int         not null default 0,
    outcome          text,
    status_reason    text,
    created_by       text        not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null
);
create index contact_slot_due on contact_slot (channel, scheduled_at) where status in ('PENDING', 'LEASED');
create index contact_slot_case on contact_slot (case_id) where status in ('PENDING', 'LEASED');
