create table debtor (
    id                  uuid primary key,
    full_name_cipher    text        not null,
    national_id_cipher  text,
    national_id_index   text,
    phones_cipher       text,
    emails_cipher       text,
    address_cipher      text,
    time_zone           text        not null,
    jurisdiction        text        not null,
    preferred_language  text        not null,
    contact_preferences text,
    created_at          timestamptz not null,
    version             int         not null default 0
);
create unique index debtor_national_id on debtor (national_id_index) where national_id_index is not null;

create table debtor_phone (
    id          uuid primary key,
    debtor_id   uuid not null references debtor (id),
    phone_index text not null,
    unique (debtor_id, phone_index)
);
create index debtor_phone_lookup on debtor_phone (phone_index);

create table collection_case (
    id                  uuid primary key,
    debtor_id           uuid           not null references debtor (id),
    creditor_id         text           not null,
    external_ref        text           not null,
    status              text           not null,
    close_reason        text,
    currency            varchar(3)     not null,
    total_debt          numeric(19, 4) not null,
    payments_received   numeric(19, 4) not null default 0,
    oldest_unpaid_date  date,
    days_past_due       int            not null default 0,
    bucket              text           not null,
    cease_communication boolean        not null default false,
    deceased            boolean        not null default false,
    bankruptcy          boolean        not null default false,
    paused_until        date,
    assigned_collector  text,
    agency_id           text,
    created_at          timestamptz    not null,
    updated_at          timestamptz    not null,
    version             int            not null default 0,
    constraint case_external_ref unique (creditor_id, external_ref),
    constraint case_status check (status in ('NEW', 'ACTIVE', 'PROMISE_TO_PAY', 'IN_PLAN', 'DISPUTED', 'PAUSED', 'LEGAL', 'CLOSED')),
    constraint case_closed_has_reason check ((status = 'CLOSED') = (close_reason is not null))
);
-- one open case per debtor per creditor; a debtor who defaults again after a closed case gets a new one
create unique index case_open_per_debtor_per_creditor on collection_case (debtor_id, creditor_id) where status <> 'CLOSED';
create index case_status_bucket on collection_case (status, bucket);
create index case_agency on collection_case (agency_id) where agency_id is not null;
create index case_collector on collection_case (assigned_collector) where assigned_collector is not null;
create index case_dpd on collection_case (days_past_due);
create index case_created on collection_case (created_at desc, id);

create table debt (
    id                 uuid primary key,
    case_id            uuid           not null references collection_case (id),
    product            text           not null,
    account_ref        text,
    principal          numeric(19, 4) not null check (principal >= 0),
    interest           numeric(19, 4) not null check (interest >= 0),
    fees               numeric(19, 4) not null check (fees >= 0),
    currency           varchar(3)     not null,
    oldest_unpaid_date date           not null,
    charge_off_date    date,
    limitation_date    date
);
create index debt_case on debt (case_id);

create table dispute (
    id              uuid primary key,
    case_id         uuid        not null references collection_case (id),
    reason          text        not null,
    filed_at        timestamptz not null,
    filed_by        text        not null,
    outcome         text,
    resolution_note text,
    resolved_at     timestamptz,
    resolved_by     text
);
create unique index dispute_one_open on dispute (case_id) where resolved_at is null;

create table placement (
    id            uuid primary key,
    case_id       uuid        not null references collection_case (id),
    agency_id     text        not null,
    placed_at     timestamptz not null,
    placed_by     text        not null,
    recalled_at   timestamptz,
    recalled_by   text,
    recall_reason text
);
create unique index placement_one_active on placement (case_id) where recalled_at is null;

create table case_note (
    id         uuid primary key,
    case_id    uuid        not null references collection_case (id),
    author     text        not null,
    body       text        not null,
    created_at timestamptz not null
);
create index case_note_case on case_note (case_id, created_at);

-- Delinquency history is never updated or deleted.
create table delinquency_history (
    id            bigserial primary key,
    case_id       uuid        not null references collection_case (id),
    evaluated_on  date        not null,
    days_past_due int         not null,
    bucket        text        not null,
    recorded_at   timestamptz not null
);
create index delinquency_history_case on delinquency_history (case_id, id);
create trigger delinquency_history_append_only before update or delete on delinquency_history
    for each row execute function refuse_change();
