-- What contact-service knows of each case, fed by case-service events (never read from its tables).
create table contactability (
    case_id      uuid primary key,
    debtor_id    uuid        not null,
    creditor_id  text,
    status       text        not null,
    jurisdiction text,
    time_zone    text,
    restrictions text        not null default '',
    agency_id    text,
    case_version bigint      not null,
    updated_at   timestamptz not null
);
create index contactability_debtor on contactability (debtor_id);

-- Per debtor: possible time zones (several when the location is uncertain), night consent, channel opt-outs.
create table debtor_profile (
    debtor_id             uuid primary key,
    extra_zones           text    not null default '',
    night_contact_consent boolean not null default false,
    opted_out_channels    text    not null default '',
    version               int     not null default 0
);

create table contact_point (
    id           uuid primary key,
    debtor_id    uuid        not null,
    kind         text        not null check (kind in ('PHONE', 'EMAIL', 'POSTAL')),
    value_cipher text        not null,
    value_index  text        not null,
    status       text        not null check (status in ('VALID', 'INVALID', 'OPTED_OUT')),
    label        text,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    version      int         not null default 0,
    unique (debtor_id, kind, value_index)
);

-- Consent and opt-out records are evidence: append-only.
create table consent (
    id               bigserial primary key,
    debtor_id        uuid        not null,
    contact_point_id uuid references contact_point (id),
    kind             text        not null check (kind in ('NIGHT_CONTACT', 'CHANNEL', 'CONTACT_POINT')),
    channel          text,
    granted          boolean     not null,
    basis            text        not null,
    source           text        not null,
    recorded_at      timestamptz not null,
    recorded_by      text        not null
);
create index consent_debtor on consent (debtor_id, id);
create trigger consent_append_only before update or delete on consent for each row execute function refuse_change();

-- The attempt ledger: append-only.
create table attempt (
    id               bigserial primary key,
    case_id          uuid        not null,
    debtor_id        uuid        not null,
    channel          text        not null,
    direction        text        not null,
    person           text        not null,
    contact_point_id uuid,
    at               timestamptz not null,
    outcome          text        not null,
    collector        text        not null,
    agency_id        text
);
create index attempt_debtor_time on attempt (debtor_id, at);
create index attempt_case_time on attempt (case_id, at);
create trigger attempt_append_only before update or delete on attempt for each row execute function refuse_change();
