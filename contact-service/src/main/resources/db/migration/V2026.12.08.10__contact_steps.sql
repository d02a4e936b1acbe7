-- Contact steps: a reminder or treatment step another service asks for (ContactStepRequested), tried on each channel
-- in order under the rules, once per request id. The debtor's name is under contact-service's own key; the variables
-- hold no personal data (amounts, dates, references).
create table contact_step (
    request_id         uuid primary key,
    case_id            uuid        not null,
    purpose            text        not null check (purpose in ('REMINDER', 'TREATMENT')),
    channels           text        not null,
    template_code      text,
    language           text,
    variables          jsonb       not null default '{}',
    debtor_name_cipher text,
    not_after          timestamptz,
    requested_by       text        not null,
    status             text        not null check (status in ('PENDING', 'SENT', 'CALL_BOOKED', 'BLOCKED', 'UNREACHABLE')),
    -- when a PENDING step is tried next
    due_at             timestamptz,
    tries              int         not null default 0,
    result_channel     text,
    attempt_id         bigint references attempt (id),
    slot_id            uuid references contact_slot (id),
    rule_ids           text        not null default '',
    detail             text,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    completed_at       timestamptz,
    version            int         not null default 0
);
create index contact_step_due on contact_step (due_at) where status = 'PENDING';
create index contact_step_case on contact_step (case_id, created_at);
