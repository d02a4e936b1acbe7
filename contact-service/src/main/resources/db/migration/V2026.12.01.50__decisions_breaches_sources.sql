-- Every contact decision, kept so that an attempt can name the ALLOW it was made under. Append-only evidence.
create table contact_decision (
    id               uuid primary key,
    case_id          uuid        not null,
    debtor_id        uuid        not null,
    channel          text        not null,
    person           text        not null,
    contact_point_id uuid,
    allowed          boolean     not null,
    rule_ids         text        not null default '', -- comma-separated rules that blocked it
    rule_pack        text        not null,
    at               timestamptz not null, -- the moment the question was about
    decided_at       timestamptz not null,
    valid_until      timestamptz, -- until when an attempt may refer to it; null for BLOCK or another moment
    decided_by       text        not null,
    agency_id        text
);
create index contact_decision_case on contact_decision (case_id, decided_at);
create trigger contact_decision_append_only before update or delete on contact_decision
    for each row execute function refuse_change();

-- What an outbound attempt was made under (a dispatch lease or a decision) and whether it was compliant.
alter table attempt
    add column lease_id    uuid,
    add column decision_id uuid references contact_decision (id),
    add column compliant   boolean not null default true;
create index attempt_agency_time on attempt (agency_id, at) where agency_id is not null;

-- A non-compliant attempt and the rules it broke; published to case-service as ComplianceBreach. Append-only.
create table compliance_breach (
    attempt_id  bigint primary key references attempt (id),
    case_id     uuid        not null,
    debtor_id   uuid        not null,
    agency_id   text,
    actor       text        not null,
    channel     text        not null,
    at          timestamptz not null,
    rule_ids    text        not null, -- comma-separated
    reason      text        not null,
    recorded_at timestamptz not null
);
create index compliance_breach_agency on compliance_breach (agency_id, at);
create trigger compliance_breach_append_only before update or delete on compliance_breach
    for each row execute function refuse_change();

-- Where a contact point came from: entered by the lender ('lender') or from case-service's debtor details ('case').
alter table contact_point add column source text not null default 'lender';
