-- What happened to each case, in time order: the history a propensity-to-pay model learns from and the KPIs count.
-- Contact attempts come from contact-service (a conversation with the debtor is a RIGHT_PARTY_CONTACT, any other
-- attempt a CONTACT_ATTEMPT); the rest from plan-service. agency_id and actor say who worked the case: the attempt's
-- agency and collector, or for plan events the case's agency and assigned collector at the time. Append-only.
create table case_outcome (
    id        bigserial primary key,
    case_id   uuid           not null references collection_case (id),
    kind      text           not null check (kind in ('PAYMENT', 'PAYMENT_REVERSED', 'PROMISE_MADE', 'PROMISE_KEPT',
                                                      'PROMISE_BROKEN', 'PLAN_ACTIVATED', 'PLAN_BROKEN',
                                                      'RIGHT_PARTY_CONTACT', 'CONTACT_ATTEMPT')),
    amount    numeric(19, 4) check (amount is null or amount > 0),
    at        timestamptz    not null,
    channel   text,
    inbound   boolean        not null default false,
    -- attempts only: false when made without a dispatch lease or fresh ALLOW decision (a ComplianceBreach)
    compliant boolean,
    agency_id text,
    actor     text,
    event_id  uuid
);
create index case_outcome_case on case_outcome (case_id, at, id);
create trigger case_outcome_append_only before update or delete on case_outcome
    for each row execute function refuse_change();

-- A trained model per creditor: its exported coefficients, its model card, and whether it scores (ACTIVE), was not
-- good enough to (REJECTED: the card says why) or was replaced by a newer one (RETIRED).
create table score_model (
    id            uuid primary key,
    creditor_id   text          not null,
    version       int           not null,
    status        text          not null check (status in ('ACTIVE', 'REJECTED', 'RETIRED')),
    parameters    text          not null,
    card          text          not null,
    auc           numeric(5, 4),
    scorecard_auc numeric(5, 4),
    trained_at    timestamptz   not null,
    trained_by    text          not null,
    unique (creditor_id, version)
);
create unique index score_model_one_active on score_model (creditor_id) where status = 'ACTIVE';

-- The latest score of each case, with the model or scorecard that gave it and the reasons.
create table case_score (
    case_id   uuid primary key references collection_case (id),
    score     int         not null check (score between 0 and 1000),
    source    text        not null,
    reasons   text        not null,
    scored_at timestamptz not null
);
create index case_score_value on case_score (score);

-- Cases whose score is out of date. The database queues them whenever something a score reads changes, so no code
-- path can forget to; the scorer drains the queue in batches (FOR UPDATE SKIP LOCKED, safe with several replicas).
create table score_request (
    case_id      uuid primary key references collection_case (id),
    requested_at timestamptz not null
);

create function request_score() returns trigger language plpgsql as $$
begin
    insert into score_request (case_id, requested_at) values (new.case_id, now()) on conflict do nothing;
    return null;
end $$;

create function request_case_score() returns trigger language plpgsql as $$
begin
    insert into score_request (case_id, requested_at) values (new.id, now()) on conflict do nothing;
    return null;
end $$;

create trigger case_outcome_rescore after insert on case_outcome
    for each row execute function request_score();
create trigger delinquency_history_rescore after insert on delinquency_history
    for each row execute function request_score();
create trigger case_rescore after insert or update of status, payments_received, written_off, total_debt on collection_case
    for each row execute function request_case_score();
