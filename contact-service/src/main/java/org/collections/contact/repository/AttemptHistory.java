package org.collections.contact.repository;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.collections.contact.compliance.Outcome;

/**
 * The attempts the compliance rules judge a contact by, defined once for the decision API (one debtor) and the daily
 * plan (every debtor at once): the debtor's attempts since an instant (all cases, the lender and all agencies), and,
 * however old, those with a purpose (validation notices) and each case's first communication with the debtor.
 * Ordered by debtor, so that the daily plan can merge it with its other cursors.
 */
final class AttemptHistory {

    /** Outcomes that show a message reached the debtor, as SQL literals. */
    private static final String COMMUNICATED = Arrays.stream(Outcome.values()).filter(Outcome::communicated)
            .map(o -> "'" + o.name() + "'").collect(Collectors.joining(", "));

    private static final String QUERY = """
            select %1$s from attempt
             where %2$s(at >= ? or purpose is not null
                or id in (select distinct on (case_id) id from attempt
                           where %2$sperson = 'DEBTOR' and outcome in (%3$s) order by case_id, at, id))
             order by debtor_id
            """;

    private AttemptHistory() {
    }

    /** Every debtor's history; one parameter, the instant from which all attempts count. */
    static String ofEveryDebtor(String columns) {
        return QUERY.formatted(columns, "", COMMUNICATED);
    }

    /** One debtor's history; parameters: the debtor, the instant from which all attempts count, the debtor again. */
    static String ofOneDebtor(String columns) {
        return QUERY.formatted(columns, "debtor_id = ? and ", COMMUNICATED);
    }
}
