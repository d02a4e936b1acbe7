-- Replica of what case-service says about a case's restrictions, as far as enforcement is concerned: while
-- held_since is set, a restriction that stops enforcement (dispute, pause, Breathing Space, cease, bankruptcy,
-- death) is in force and no plan or promise of the case breaks.
create table case_enforcement (
    case_id      uuid primary key,
    -- the holding restrictions seen since the current hold began (comma-separated; empty when not held)
    restrictions text        not null default '',
    held_since   timestamptz,
    case_version bigint      not null,
    updated_at   timestamptz not null
);
-- the evaluation job joins on this to skip held cases
create index case_enforcement_held on case_enforcement (case_id) where held_since is not null;

-- Every hold that has ended, as a period; the due dates that fell within it moved later by days.
create table enforcement_hold (
    id           uuid primary key,
    case_id      uuid        not null,
    restrictions text        not null,
    started_at   timestamptz not null,
    ended_at     timestamptz not null check (ended_at >= started_at),
    days         int         not null check (days >= 0),
    ended_by     text        not null,
    reason       text,
    recorded_at  timestamptz not null
);
create index enforcement_hold_case on enforcement_hold (case_id, started_at);
create trigger enforcement_hold_append_only before update or delete on enforcement_hold
    for each row execute function refuse_change();
