-- Typed pauses, written-off amounts and the current Breathing Space of a case.
alter table collection_case
    add column pause_type                 text,
    add column written_off                numeric(19, 4) not null default 0,
    add column breathing_space_id         uuid,
    add column breathing_space_type       text,
    add column breathing_space_started_on date,
    -- null while a mental-health crisis breathing space is still open
    add column breathing_space_ends_on    date,
    add constraint case_pause_type check (pause_type is null
        or (status = 'PAUSED' and pause_type in ('HARDSHIP', 'COMPLAINT_REVIEW', 'LEGAL_HOLD', 'CREDITOR_INSTRUCTION'))),
    add constraint case_written_off check (written_off >= 0),
    add constraint case_breathing_space_type check (breathing_space_type is null
        or breathing_space_type in ('STANDARD', 'MENTAL_HEALTH_CRISIS')),
    add constraint case_breathing_space_complete check ((breathing_space_type is null) = (breathing_space_started_on is null)
        and (breathing_space_type is null) = (breathing_space_id is null));
create index case_breathing_space_ends on collection_case (breathing_space_ends_on) where breathing_space_type is not null;

-- Every start, end of crisis, end and expiry of a Breathing Space; never updated or deleted.
create table breathing_space_entry (
    id                 bigserial primary key,
    breathing_space_id uuid        not null,
    case_id            uuid        not null references collection_case (id),
    action             text        not null check (action in ('STARTED', 'CRISIS_ENDED', 'ENDED', 'EXPIRED')),
    type               text        not null check (type in ('STANDARD', 'MENTAL_HEALTH_CRISIS')),
    started_on         date        not null,
    ends_on            date,
    ended_on           date,
    at                 timestamptz not null,
    actor              text        not null,
    reason             text        not null
);
create index breathing_space_entry_case on breathing_space_entry (case_id, id);
create trigger breathing_space_entry_append_only before update or delete on breathing_space_entry
    for each row execute function refuse_change();

-- Adjustments of what a case owes other than payments (write-offs); never updated or deleted.
create table case_adjustment (
    id       uuid primary key,
    case_id  uuid           not null references collection_case (id),
    kind     text           not null check (kind in ('WRITE_OFF')),
    amount   numeric(19, 4) not null check (amount > 0),
    currency varchar(3)     not null,
    reason   text           not null,
    actor    text           not null,
    at       timestamptz    not null
);
create index case_adjustment_case on case_adjustment (case_id, at);
create trigger case_adjustment_append_only before update or delete on case_adjustment
    for each row execute function refuse_change();
