-- Plan, payment and breach events of a case that no agency held when they occurred, as far as the gateway knew when
-- they arrived: case-service's placement events travel on their own relay and may arrive after them. Each placement
-- event routes the held events of its case that it explains; the others are dropped after
-- webhooks.held-event-retention. The body is the webhook body (no personal data).
create table webhook_held_event (
    event_id    uuid        primary key,
    case_id     uuid        not null,
    event_type  text        not null,
    body        text        not null,
    occurred_at timestamptz not null,
    received_at timestamptz not null
);
create index webhook_held_event_case on webhook_held_event (case_id);
create index webhook_held_event_received on webhook_held_event (received_at);
