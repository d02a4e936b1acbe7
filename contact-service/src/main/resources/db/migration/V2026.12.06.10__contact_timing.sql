-- Why the daily plan put a slot at its time, e.g. "best hour 18 local, RPC rate 0.42 over 1,200 attempts" or
-- "earliest permitted: too little history"; null for slots not made by the daily plan. No personal data.
alter table contact_slot add column plan_reason text;
