-- A contact decision counts the debtor's leases that are out (contacts that may be happening): without this index
-- every decision read the whole slot table, which the daily plan grows by one row per planned case and day.
create index contact_slot_debtor_leased on contact_slot (debtor_id) where status = 'LEASED';
