-- Message templates: one text per code, channel and language, with {{variable}} placeholders.
create table message_template (
    id         uuid primary key,
    code       text        not null check (code ~ '^[A-Z][A-Z0-9_]{0,63}$'),
    channel    text        not null check (channel in ('SMS', 'EMAIL', 'LETTER')),
    language   text        not null,
    rule_packs text        not null default '',
    subject    text,
    body       text        not null,
    version    int         not null default 0,
    created_at timestamptz not null,
    created_by text        not null,
    updated_at timestamptz not null,
    updated_by text        not null,
    unique (code, channel, language)
);

-- Messages handed to the default (recording) provider. Personal data encrypted; append-only like the attempt ledger.
create table sent_message (
    id               uuid primary key,
    case_id          uuid        not null,
    debtor_id        uuid        not null,
    channel          text        not null,
    person           text        not null,
    contact_point_id uuid        not null references contact_point (id),
    recipient_cipher text        not null,
    subject_cipher   text,
    body_cipher      text        not null,
    template_code    text        not null,
    template_version int         not null,
    language         text        not null,
    attempt_id       bigint      not null references attempt (id),
    sent_at          timestamptz not null,
    sent_by          text        not null,
    agency_id        text
);
create index sent_message_case on sent_message (case_id, sent_at);
create trigger sent_message_append_only before update or delete on sent_message for each row execute function refuse_change();
