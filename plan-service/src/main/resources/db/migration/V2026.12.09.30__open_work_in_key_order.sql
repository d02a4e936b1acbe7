-- The daily evaluation reads open plans and pending promises in batches in id order, each batch after the last one's
-- id: with these, a batch reads about as many rows as it takes, however many closed plans the table holds.
create index plan_open_by_id on plan (id) where status in ('PENDING_APPROVAL', 'ACTIVE');
create index promise_pending_by_id on promise (id) where status = 'PENDING';
