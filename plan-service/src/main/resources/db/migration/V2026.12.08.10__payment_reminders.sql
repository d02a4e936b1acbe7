-- Reminders before a plan installment or a promise falls due, each asked of contact-service (ContactStepRequested)
-- at most once: the unique (kind, reference_id) makes re-runs and several replicas ask once.
create table payment_reminder (
    id           uuid primary key,
    kind         text           not null check (kind in ('INSTALLMENT', 'PROMISE')),
    reference_id uuid           not null,
    case_id      uuid           not null,
    due_date     date           not null,
    amount       numeric(19, 4) not null check (amount > 0),
    currency     varchar(3)     not null,
    request_id   uuid           not null unique,
    status       text           not null check (status in ('REQUESTED', 'SENT', 'CALL_BOOKED', 'BLOCKED', 'UNREACHABLE')),
    detail       text,
    created_at   timestamptz    not null,
    updated_at   timestamptz    not null,
    unique (kind, reference_id)
);
create index payment_reminder_case on payment_reminder (case_id, due_date);
-- the reminder job reads unpaid installments by due date
create index installment_due on installment (due_date, id);
