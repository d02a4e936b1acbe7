-- bin/bench: generated cases for the daily plan, seeded straight into contact-service's database (psql -v run=RUN
-- -v n=N). Clearly not real: md5-derived ids tagged with the run, fake phone "ciphers", creditor BENCH-<run>.
-- N open cases plus N/50 closed ones; case i belongs to debtor i - i/20, so one debtor in 19 has two cases.
-- Mix: 40 % CN, 40 % US (four zones), 20 % UK; ~3 % disputed, ~1 % under cease-communication; every 25th debtor may
-- be in London too, every 60th opted out of calls, every 33rd has no phone, every 45th an invalid one, every 10th two
-- phones; every 5th debtor has 1-4 recent attempts, every 97th seven calls. bench-daily-plan-clean.sql removes them.
begin;
create temporary table bench_case on commit drop as
select i, i - i / 20 as d,
       md5('bench:' || :'run' || ':case:' || i)::uuid as case_id,
       md5('bench:' || :'run' || ':debtor:' || (i - i / 20))::uuid as debtor_id
  from generate_series(1, :n + :n / 50) as i;
create temporary table bench_debtor on commit drop as select distinct on (d) d, debtor_id from bench_case order by d;

insert into contactability (case_id, debtor_id, creditor_id, status, jurisdiction, time_zone, restrictions,
                            case_version, updated_at)
select case_id, debtor_id, 'BENCH-' || :'run',
       case when i > :n then 'CLOSED' else 'ACTIVE' end,
       case when i % 10 < 4 then 'CN' when i % 10 < 8 then 'US' else 'UK' end,
       case when i % 10 < 4 then 'Asia/Shanghai'
            when i % 10 < 8 then (array['America/New_York', 'America/Chicago', 'America/Denver',
                                        'America/Los_Angeles'])[1 + i % 4]
            else 'Europe/London' end,
       case when i % 37 = 0 then 'DISPUTED' when i % 101 = 0 then 'CEASE_COMMUNICATION' else '' end,
       1, now()
  from bench_case;

insert into debtor_profile (debtor_id, extra_zones, night_contact_consent, opted_out_channels)
select debtor_id, case when d % 25 = 0 then 'Europe/London' else '' end, d % 7 = 0,
       case when d % 60 = 0 then 'CALL' else '' end
  from bench_debtor;

insert into contact_point (id, debtor_id, kind, value_cipher, value_index, status, label, created_at, updated_at)
select md5('bench:' || :'run' || ':phone:' || d || ':' || n)::uuid, debtor_id, 'PHONE', 'BENCH-FAKE-NOT-A-CIPHER',
       'bench:' || :'run' || ':' || d || ':' || n, case when d % 45 = 0 and n = 1 then 'INVALID' else 'VALID' end,
       'bench', now() + n * interval '1 ms', now()
  from bench_debtor cross join generate_series(1, 2) as n
 where d % 33 <> 0 and (n = 1 or d % 10 = 0);

insert into attempt (case_id, debtor_id, channel, direction, person, contact_point_id, at, outcome, collector)
select md5('bench:' || :'run' || ':case:' || (d + (d - 1) / 19))::uuid, debtor_id, 'CALL', 'OUTBOUND', 'DEBTOR',
       md5('bench:' || :'run' || ':phone:' || d || ':1')::uuid, now() - k * interval '20 hours',
       (array['NO_ANSWER', 'BUSY', 'NO_ANSWER', 'VOICEMAIL', 'RIGHT_PARTY_CONTACT'])[1 + (d + k) % 5], 'bench'
  from bench_debtor
 cross join lateral generate_series(1, case when d % 97 = 0 then 7 when d % 5 = 0 then 1 + d % 4 else 0 end) as k
 where d % 33 <> 0;
commit;
analyze contactability;
analyze debtor_profile;
analyze contact_point;
analyze attempt;
