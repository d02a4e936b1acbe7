-- bin/bench: the table of the insert baseline in pgbench's own database (bench_pgbench), emptied before each run.
-- Shaped like a case row: a bigserial key, a uuid (unique, as a case id), a text and a timestamptz.
create table if not exists bench_insert (
    id         bigserial primary key,
    ref        uuid not null unique,
    label      text not null,
    created_at timestamptz not null
);
truncate bench_insert restart identity;
