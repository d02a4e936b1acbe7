-- A reconciliation run compares, per case, the payments case-service has applied with plan-service's own ledger;
-- its progress is the job_run row of job 'reconciliation' with the run's id as period.
create table reconciliation_run (
    id             uuid primary key,
    trigger        text          not null check (trigger in ('NIGHTLY', 'ON_DEMAND')),
    requested_by   text          not null,
    status         text          not null check (status in ('RUNNING', 'DONE')),
    started_at     timestamptz   not null,
    finished_at    timestamptz,
    cases_compared bigint        not null default 0,
    cases_drifting bigint        not null default 0,
    cases_in_flight bigint       not null default 0,
    drift_amount   numeric(19, 4) not null default 0
);
create index reconciliation_run_latest on reconciliation_run (finished_at desc) where status = 'DONE';

-- A case whose figures differ: DRIFT (nothing is on its way that would close the gap) or IN_FLIGHT (a delivery to
-- case-service is pending or was made while the run read the figures). events: the payment events involved, as a JSON array.
create table reconciliation_drift (
    run_id        uuid           not null references reconciliation_run (id),
    case_id       uuid           not null,
    state         text           not null check (state in ('DRIFT', 'IN_FLIGHT')),
    currency      varchar(3)     not null,
    case_amount   numeric(19, 4) not null,
    plan_amount   numeric(19, 4) not null,
    events        text           not null,
    primary key (run_id, case_id)
);
