-- bin/bench: the insert baseline, a pgbench script (pgbench -f): one row per transaction.
insert into bench_insert (ref, label, created_at) values (gen_random_uuid(), 'bench case', now());
