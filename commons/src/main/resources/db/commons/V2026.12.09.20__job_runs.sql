-- A batched job's run for one period (e.g. the plan evaluation of a day): where it stopped and what it did. Each batch
-- commits its work and its position in one transaction, so a run killed half-way continues from its last batch, and
-- a replica that finds the row locked leaves the batch to the replica holding it.
create table job_run (
    job         text        not null,
    period      text        not null,
    status      text        not null check (status in ('RUNNING', 'DONE')),
    position    text,
    batches     int         not null default 0,
    processed   bigint      not null default 0,
    changed     bigint      not null default 0,
    started_at  timestamptz not null,
    updated_at  timestamptz not null,
    finished_at timestamptz,
    primary key (job, period)
);
create index job_run_unfinished on job_run (job, period) where status = 'RUNNING';
