package org.collections.cases.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.collections.cases.kpi.GroupKpis;
import org.collections.commons.money.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Collection KPIs per group over the period [from, to). Rates are decimals rounded half-up to 4 "
        + "places, figures per 1,000 to 2 places; a rate is null when its denominator is 0. Events (attempts, promises, "
        + "payments, complaints) count for the group of their time: the agency and collector that made them, the "
        + "case's bucket then; cure and roll rates count cases in the group they were in at the start of the period.")
public record CollectionKpisView(
        @Schema(description = "Start of the period (UTC, inclusive)", examples = "2026-03-01T00:00:00Z") Instant from,
        @Schema(description = "End of the period (UTC, exclusive)", examples = "2026-04-01T00:00:00Z") Instant to,
        @Schema(description = "The creditor the figures are restricted to; null for all", examples = "ACME")
        String creditorId,
        @Schema(description = "What the groups are: creditor, agency, collector, bucket, segment or strategy (an agency always gets its "
                + "own agency)", examples = "creditor") String groupBy,
        @Schema(description = "One entry per group with any figure in the period, ordered by key") List<Group> groups) {

    @Schema(description = "The collection KPIs of one group")
    public record Group(
            @Schema(description = "The creditor, agency, collector, bucket, segment or strategy; null for cases without one "
                    + "(not placed, not assigned, in no segment)", examples = "ACME") String key,
            @Schema(description = "Outbound contact attempts, right-party contacts included", examples = "200")
            long attempts,
            @Schema(description = "Outbound attempts that reached the debtor (a conversation)", examples = "50")
            long rightPartyContacts,
            @Schema(description = "Inbound conversations with the debtor", examples = "10") long inboundContacts,
            @Schema(description = "rightPartyContacts ÷ attempts", examples = "0.2500") BigDecimal rightPartyContactRate,
            @Schema(description = "Promises to pay made", examples = "15") long promisesMade,
            @Schema(description = "promisesMade ÷ (rightPartyContacts + inboundContacts)", examples = "0.2500")
            BigDecimal promiseRate,
            @Schema(description = "Promises kept in the period", examples = "9") long promisesKept,
            @Schema(description = "Promises broken in the period", examples = "3") long promisesBroken,
            @Schema(description = "promisesKept ÷ (promisesKept + promisesBroken)", examples = "0.7500")
            BigDecimal promiseKeptRate,
            @Schema(description = "Attempts made without a dispatch lease or fresh ALLOW decision (ComplianceBreach)",
                    examples = "1") long nonCompliantAttempts,
            @Schema(description = "Cases open and past due (not CURRENT) at the start", examples = "40")
            long pastDueAtStart,
            @Schema(description = "Of those, CURRENT at the end", examples = "8") long cured,
            @Schema(description = "cured ÷ pastDueAtStart", examples = "0.2000") BigDecimal cureRate,
            @Schema(description = "Cases open at the start by bucket at the start and at the end, with the share of "
                    + "their start bucket") List<Roll> rollRates,
            @Schema(description = "Money figures per currency") List<CurrencyFigures> money,
            @Schema(description = "Disputes filed plus pauses for COMPLAINT_REVIEW in the period", examples = "2")
            long complaints,
            @Schema(description = "Cases open at some time in the period (created before its end, not closed before "
                    + "its start)", examples = "400") long openCases,
            @Schema(description = "complaints × 1,000 ÷ openCases", examples = "5.00") BigDecimal complaintsPer1000Cases) {

        static Group of(GroupKpis g) {
            return new Group(g.key(), g.attempts(), g.rightPartyContacts(), g.inboundContacts(),
                    g.rightPartyContactRate(), g.promisesMade(), g.promiseRate(), g.promisesKept(), g.promisesBroken(),
                    g.promiseKeptRate(), g.nonCompliantAttempts(), g.pastDueAtStart(), g.cured(), g.cureRate(),
                    g.rollRates().stream().map(c -> new Roll(c.fromBucket(), c.toBucket(), c.cases(), c.rate())).toList(),
                    g.money().stream().map(m -> new CurrencyFigures(m.currency(), Money.text(m.collected(), m.currency()),
                            Money.text(m.placed(), m.currency()), m.liquidationRate(), m.attempts(),
                            m.attemptsPer1000Collected())).toList(),
                    g.complaints(), g.openCases(), g.complaintsPer1000Cases());
        }
    }

    @Schema(description = "Cases that were in one bucket at the start of the period and in another (or the same) at "
            + "its end, per the delinquency history")
    public record Roll(@Schema(description = "Bucket at the start", examples = "31-60") String fromBucket,
            @Schema(description = "Bucket at the end", examples = "61-90") String toBucket,
            @Schema(description = "Number of cases", examples = "12") long cases,
            @Schema(description = "cases ÷ cases that started in fromBucket", examples = "0.3000") BigDecimal rate) {
    }

    @Schema(description = "Money figures of one group in one currency (the cases' currency)")
    public record CurrencyFigures(@Schema(description = "ISO 4217 code", examples = "CNY") String currency,
            @Schema(description = "Payments less reversals in the period, decimal string at the currency's scale",
                    examples = "12500.00") String collected,
            @Schema(description = "Balance placed with agencies in the period: each placement at what its case owed "
                    + "when placed (total debt less earlier payments net of reversals and write-offs)",
                    examples = "250000.00") String placed,
            @Schema(description = "collected ÷ placed", examples = "0.0500") BigDecimal liquidationRate,
            @Schema(description = "Outbound attempts on cases in this currency", examples = "200") long attempts,
            @Schema(description = "attempts × 1,000 ÷ collected: contacts it took per 1,000 units collected",
                    examples = "16.00") BigDecimal attemptsPer1000Collected) {
    }
}
