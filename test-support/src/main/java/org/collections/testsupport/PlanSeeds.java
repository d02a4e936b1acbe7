package org.collections.testsupport;

import java.time.LocalDate;

/**
 * Running repayment plans written straight into plan-service's tables, many at once, for tests of the jobs that read
 * them all: each plan has six monthly installments of 100.00; every tenth is 60 days behind on its first one (the
 * evaluation breaks it), the others start in 10 days (on track).
 */
public final class PlanSeeds {

    private PlanSeeds() {
    }

    /** A query adding {@code plans} ACTIVE plans of {@code creditorId} as of {@code today}; its one row counts them. */
    public static String activePlans(int plans, String creditorId, LocalDate today) {
        return """
                with seeded as (
                    insert into plan (id, case_id, creditor_id, type, status, currency, case_balance, amount, total,
                                      discount_percent, method, frequency, annual_interest_rate, tolerance_percent,
                                      grace_days, broken_after_days, broken_after_missed, proposed_by, approved_by,
                                      created_at, updated_at)
                    select gen_random_uuid(), gen_random_uuid(), '%2$s', 'INSTALLMENT', 'ACTIVE', 'CNY', 600, 600, 600,
                           0, 'EQUAL_INSTALLMENTS', 'MONTHLY', 0, 1, 3, 10, 2, 'seed-collector', 'seed-supervisor',
                           now(), now()
                      from generate_series(1, %1$d)
                 returning id),
                numbered as (select id, row_number() over () as n from seeded),
                installments as (
                    insert into installment (id, plan_id, number, due_date, principal, interest, amount)
                    select gen_random_uuid(), id, k,
                           (date '%3$s' + case when n %% 10 = 0 then -60 else 10 end + (k - 1) * interval '1 month')::date,
                           100, 0, 100
                      from numbered cross join generate_series(1, 6) as k
                 returning plan_id)
                select count(distinct plan_id) as plans from installments
                """.formatted(plans, creditorId, today);
    }

    /** How many of {@code plans} the evaluation breaks. */
    public static int overdue(int plans) {
        return plans / 10;
    }
}
