-- bin/bench: removes every generated row of a daily-plan run (psql -v run=RUN), and the slots planned for them.
-- The attempt ledger refuses deletes (a trigger); for these generated rows only, this superuser session skips
-- triggers.
begin;
create temporary table bench_case on commit drop as
select case_id, debtor_id from contactability where creditor_id = 'BENCH-' || :'run';
delete from contact_slot s using bench_case b where s.case_id = b.case_id;
set local session_replication_role = replica;
delete from attempt a using bench_case b where a.case_id = b.case_id;
reset session_replication_role;
delete from contact_point p where p.debtor_id in (select debtor_id from bench_case);
delete from debtor_profile p where p.debtor_id in (select debtor_id from bench_case);
delete from contactability where creditor_id = 'BENCH-' || :'run';
commit;
