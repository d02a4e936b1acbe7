-- Treatment strategies: per creditor, segments of cases each with a path of steps, versioned and never changed once
-- stored. An experiment puts a champion (and optionally a challenger on a share of the cases) in force; a case's
-- times on paths and every step taken are kept as history and never deleted.
create table treatment_strategy (
    id          uuid primary key,
    creditor_id text        not null,
    name        text        not null,
    version     int         not null,
    segments    text        not null,
    created_at  timestamptz not null,
    created_by  text        not null,
    unique (creditor_id, name, version)
);

create table strategy_experiment (
    id                 uuid primary key,
    creditor_id        text        not null,
    champion_id        uuid        not null references treatment_strategy (id),
    challenger_id      uuid references treatment_strategy (id),
    challenger_percent int         not null check (challenger_percent between 0 and 50),
    started_at         timestamptz not null,
    started_by         text        not null,
    ended_at           timestamptz,
    check ((challenger_id is null) = (challenger_percent = 0))
);
create unique index strategy_experiment_in_force on strategy_experiment (creditor_id) where ended_at is null;

create table case_treatment (
    id             uuid primary key,
    case_id        uuid        not null references collection_case (id),
    experiment_id  uuid        not null references strategy_experiment (id),
    strategy_id    uuid        not null references treatment_strategy (id),
    strategy_key   text        not null,
    arm            text        not null check (arm in ('CHAMPION', 'CHALLENGER')),
    segment        text        not null,
    entered_at     timestamptz not null,
    next_step      int         not null default 0,
    step_in_flight boolean     not null default false,
    status         text        not null check (status in ('ACTIVE', 'COMPLETED', 'BLOCKED', 'LEFT_SEGMENT')),
    stopped_at     timestamptz,
    stop_reason    text
);
create index case_treatment_by_case on case_treatment (case_id, entered_at desc);
-- a case is on one path at a time, even with several replicas running the job
create unique index case_treatment_one_active on case_treatment (case_id) where status = 'ACTIVE';

-- The steps carried out; the id is the requestId of the ContactStepRequested sent to contact-service.
create table treatment_step (
    id           uuid primary key,
    treatment_id uuid        not null references case_treatment (id),
    case_id      uuid        not null references collection_case (id),
    step_index   int         not null,
    action       text        not null check (action in ('MESSAGE', 'CALL', 'PLACE')),
    status       text        not null check (status in ('REQUESTED', 'SENT', 'CALL_BOOKED', 'BLOCKED', 'UNREACHABLE',
                                                         'PLACED', 'FAILED')),
    channel      text,
    detail       text,
    requested_at timestamptz not null,
    completed_at timestamptz,
    unique (treatment_id, step_index)
);
create index treatment_step_by_case on treatment_step (case_id, requested_at);
