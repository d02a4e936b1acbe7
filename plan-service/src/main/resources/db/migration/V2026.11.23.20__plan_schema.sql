create table plan (
    id                     uuid primary key,
    case_id                uuid           not null,
    creditor_id            text,
    type                   text           not null check (type in ('INSTALLMENT', 'SETTLEMENT', 'HARDSHIP')),
    status                 text           not null check (status in ('DRAFT', 'PENDING_APPROVAL', 'ACTIVE', 'COMPLETED', 'BROKEN', 'CANCELLED')),
    currency               varchar(3)     not null,
    case_balance           numeric(19, 4) not null,
    amount                 numeric(19, 4) not null check (amount > 0),
    total                  numeric(19, 4) not null,
    discount_percent       numeric(7, 2)  not null,
    method                 text           not null,
    frequency              text           not null,
    annual_interest_rate   numeric(7, 4)  not null,
    offer_expires_on       date,
    monthly_income         numeric(19, 4),
    monthly_expenses       numeric(19, 4),
    affordability_override text,
    tolerance_percent      numeric(7, 4)  not null,
    grace_days             int            not null,
    broken_after_days      int            not null,
    broken_after_missed    int            not null,
    credit                 numeric(19, 4) not null default 0,
    proposed_by            text           not null,
    approved_by            text,
    status_reason          text,
    created_at             timestamptz    not null,
    updated_at             timestamptz    not null,
    version                int            not null default 0
);
create index plan_case on plan (case_id, created_at);
create index plan_status on plan (status);
-- a case has at most one plan running or awaiting approval
create unique index plan_one_open_per_case on plan (case_id) where status in ('PENDING_APPROVAL', 'ACTIVE');

create table installment (
    id        uuid primary key,
    plan_id   uuid           not null references plan (id),
    number    int            not null,
    due_date  date           not null,
    principal numeric(19, 4) not null,
    interest  numeric(19, 4) not null,
    amount    numeric(19, 4) not null check (amount >= 0),
    paid      numeric(19, 4) not null default 0 check (paid >= 0),
    unique (plan_id, number)
);

create table payment (
    id              uuid primary key,
    plan_id         uuid           not null references plan (id),
    case_id         uuid           not null,
    amount          numeric(19, 4) not null check (amount > 0),
    currency        varchar(3)     not null,
    payer_reference text           not null,
    received_at     timestamptz    not null,
    credit          numeric(19, 4) not null default 0,
    status          text           not null check (status in ('POSTED', 'REVERSED')),
    posted_by       text           not null,
    reversed_at     timestamptz,
    reversal_reason text,
    -- the payer's reference identifies a payment: posting it twice never counts twice
    unique (plan_id, payer_reference)
);

create table payment_allocation (
    id             uuid primary key,
    payment_id     uuid           not null references payment (id),
    installment_id uuid           not null references installment (id),
    amount         numeric(19, 4) not null check (amount > 0)
);
create index payment_allocation_payment on payment_allocation (payment_id);

create table case_placement (
    case_id      uuid primary key,
    agency_id    text,
    case_version bigint not null
);
