-- A creditor's stricter-only override of one rule pack. A null parameter keeps the pack's value.
create table rule_override (
    id                                bigserial primary key,
    pack_id                           text        not null,
    creditor_id                       text        not null,
    hours_start                       time,
    hours_end                         time,
    night_consent_lifts_hours         boolean,
    call_cap                          int,
    call_window                       text, -- ISO-8601 duration
    call_cool_down                    text, -- ISO-8601 duration
    daily_connected_call_cap          int,
    daily_unanswered_attempt_cap      int,
    third_party_after_failed_attempts int,
    min_visit_collectors              int,
    extra_holidays                    text        not null default '', -- comma-separated ISO dates
    honour_stated_times               boolean,
    validation_notice_days            int,
    version                           int         not null default 0,
    updated_by                        text        not null,
    updated_at                        timestamptz not null,
    unique (pack_id, creditor_id)
);

-- The debtor's stated contact times (local, in every possible zone) and preferred channels.
alter table debtor_profile
    add column stated_not_before time,
    add column stated_not_after  time,
    add column stated_channels   text not null default '',
    add constraint debtor_profile_stated_times check (stated_not_before < stated_not_after);

-- Why an attempt was made, when a rule needs to know (the validation notice); null for most attempts.
alter table attempt add column purpose text check (purpose in ('VALIDATION_NOTICE'));
