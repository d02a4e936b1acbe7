package org.collections.cases.kpi;

import java.math.BigDecimal;
import java.util.List;

/** The collection KPIs of one group over one period; see {@link GroupTally} for how each is counted. */
public record GroupKpis(String key, long attempts, long rightPartyContacts, long inboundContacts,
        BigDecimal rightPartyContactRate, long promisesMade, BigDecimal promiseRate, long promisesKept,
        long promisesBroken, BigDecimal promiseKeptRate, long nonCompliantAttempts, long pastDueAtStart, long cured,
        BigDecimal cureRate, List<RollMatrix.Cell> rollRates, List<CurrencyKpis> money, long complaints, long openCases,
        BigDecimal complaintsPer1000Cases) {

    /** The money figures of one group in one currency (the cases' currency). */
    public record CurrencyKpis(String currency, BigDecimal collected, BigDecimal placed, BigDecimal liquidationRate,
            long attempts, BigDecimal attemptsPer1000Collected) {
    }
}
