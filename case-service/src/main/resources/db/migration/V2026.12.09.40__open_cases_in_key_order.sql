-- The daily delinquency run reads the open cases with arrears in batches in id order, each after the last one's id.
create index collection_case_overdue_by_id on collection_case (id) where status <> 'CLOSED' and oldest_unpaid_date is not null;
