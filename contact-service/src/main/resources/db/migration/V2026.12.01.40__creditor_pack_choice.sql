-- A creditor's choice of rule pack for its cases in one jurisdiction (a country code). Without one, the pack
-- covering the jurisdiction judges them. The version used is always the one in force at the contact's time.
create table creditor_pack_choice (
    creditor_id  text        not null,
    jurisdiction text        not null check (jurisdiction ~ '^[A-Z]{2}$'),
    pack_id      text        not null,
    version      int         not null default 0,
    updated_by   text        not null,
    updated_at   timestamptz not null,
    primary key (creditor_id, jurisdiction)
);
