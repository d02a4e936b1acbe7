create table promise (
    id                uuid primary key,
    case_id           uuid           not null,
    amount            numeric(19, 4) not null check (amount > 0),
    currency          varchar(3)     not null,
    due_date          date           not null,
    channel           text           not null,
    collector         text           not null,
    status            text           not null check (status in ('PENDING', 'KEPT', 'BROKEN')),
    paid              numeric(19, 4) not null default 0,
    tolerance_percent numeric(7, 4)  not null,
    grace_days        int            not null,
    created_at        timestamptz    not null,
    resolved_at       timestamptz,
    version           int            not null default 0
);
create index promise_case on promise (case_id, due_date);
create index promise_pending on promise (due_date) where status = 'PENDING';

create table promise_payment (
    id              uuid primary key,
    promise_id      uuid           not null references promise (id),
    case_id         uuid           not null,
    amount          numeric(19, 4) not null check (amount > 0),
    currency        varchar(3)     not null,
    payer_reference text           not null,
    received_at     timestamptz    not null,
    posted_by       text           not null,
    unique (promise_id, payer_reference)
);
