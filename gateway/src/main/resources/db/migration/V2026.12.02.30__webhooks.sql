-- Partner webhooks: which agency holds which case (replicated from case-service events), the endpoints agencies
-- register, and one delivery row per message and endpoint. Everything the relay needs lives here, so deliveries
-- survive a restart and several replicas share the work.

-- One row per placement: the interval [placed_at, recalled_at) during which the agency held the case, in the
-- times case-service gives its events. Plan, payment and breach events go to the agency holding the case when
-- they occurred.
create table case_placement (
    placement_id uuid        primary key,
    case_id      uuid        not null,
    agency_id    text        not null,
    placed_at    timestamptz not null,
    recalled_at  timestamptz,
    case_version bigint      not null
);
create index case_placement_case on case_placement (case_id, placed_at);

-- Secrets are FieldCipher ciphertexts; the previous secret keeps signing (next to the new one) until its expiry.
create table webhook_endpoint (
    id                    uuid        primary key,
    agency_id             text        not null,
    url                   text        not null,
    event_types           text        not null,
    secret                text        not null,
    previous_secret       text,
    previous_secret_until timestamptz,
    status                text        not null check (status in ('ACTIVE', 'DISABLED', 'DELETED')),
    status_reason         text,
    created_at            timestamptz not null,
    created_by            text        not null
);
create index webhook_endpoint_agency on webhook_endpoint (agency_id, created_at, id) where status <> 'DELETED';

-- The body holds no personal data (see the webhook payloads); the receiver's answer is never stored, only its
-- status code. lease_token names the relay run that may record the outcome of the attempt in flight.
create table webhook_delivery (
    id              bigserial   primary key,
    message_id      text        not null,
    endpoint_id     uuid        not null references webhook_endpoint (id),
    event_type      text        not null,
    body            text        not null,
    status          text        not null check (status in ('PENDING', 'DELIVERED', 'DEAD', 'CANCELLED')),
    attempts        int         not null default 0,
    created_at      timestamptz not null,
    retry_from      timestamptz not null,
    next_attempt_at timestamptz not null,
    lease_token     uuid,
    delivered_at    timestamptz,
    last_status     int,
    last_error      text,
    unique (message_id, endpoint_id)
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at, id) where status = 'PENDING';
create index webhook_delivery_status on webhook_delivery (status, id);
