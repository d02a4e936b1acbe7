-- Retention: the personal data of a closed case is erased once its jurisdiction's retention period after the case's
-- last activity has passed (retention/retention-policies.yaml), unless a legal hold is in force. The debtor's
-- identity goes when none of the debtor's cases keeps it. Money, history and audit stay.
alter table collection_case add column erased_at timestamptz;
-- Set and cleared with the case's hold, in the case's row: the erasure's update re-reads it, so a hold placed while a
-- batch runs is never lost.
alter table collection_case add column on_legal_hold boolean not null default false;
alter table debtor add column erased_at timestamptz;
alter table debtor alter column full_name_cipher drop not null;
alter table case_note alter column body drop not null;
alter table dispute alter column reason drop not null;

-- The erasure run reads closed cases not yet erased, in key order.
create index case_closed_not_erased on collection_case (id) where status = 'CLOSED' and erased_at is null;

-- A legal hold keeps a case's data past retention (litigation, a regulator's inquiry). Holds are evidence: released
-- with a reason, never deleted.
create table legal_hold (
    id             uuid primary key,
    case_id        uuid        not null references collection_case (id),
    reason         text        not null,
    placed_by      text        not null,
    placed_at      timestamptz not null,
    released_at    timestamptz,
    released_by    text,
    release_reason text,
    version        int         not null default 0
);
create unique index legal_hold_one_active on legal_hold (case_id) where released_at is null;
create index legal_hold_case on legal_hold (case_id, placed_at);
create trigger legal_hold_no_delete before delete on legal_hold for each row execute function refuse_change();
