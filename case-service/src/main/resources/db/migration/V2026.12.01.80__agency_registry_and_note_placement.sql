-- Agencies are a registry: a case is placed only with a registered, ACTIVE agency.
create table agency (
    id         text primary key,
    name       text        not null,
    status     text        not null check (status in ('ACTIVE', 'SUSPENDED')),
    created_at timestamptz not null,
    created_by text        not null,
    updated_at timestamptz not null
);

-- Agencies that cases were placed with before the registry existed are registered as they were named.
insert into agency (id, name, status, created_at, created_by, updated_at)
select agency_id, agency_id, 'ACTIVE', min(placed_at), 'migration', min(placed_at)
  from placement group by agency_id;

-- A note written by an agency belongs to that placement: a later agency does not see it, nor lender staff's notes.
alter table case_note add column placement_id uuid references placement (id);
