package org.collections.cases.kpi;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counts of one group as they are read, turned into KPIs by {@link #kpis()}:
 * <ul>
 * <li>RPC rate = outbound right-party contacts ÷ outbound attempts (right-party contacts included);</li>
 * <li>promise rate = promises made ÷ conversations with the debtor (outbound right-party contacts + inbound);</li>
 * <li>promise-kept rate = promises kept ÷ promises kept or broken in the period;</li>
 * <li>cure rate and roll rates: see {@link RollMatrix};</li>
 * <li>per currency: liquidation rate = collected ÷ placed, attempts per 1,000 collected;</li>
 * <li>complaints per 1,000 cases = complaints ÷ cases open in the period × 1,000.</li>
 * </ul>
 */
public final class GroupTally {

    private final String key;
    public long attempts;
    public long rightPartyContacts;
    public long inboundContacts;
    public long promisesMade;
    public long promisesKept;
    public long promisesBroken;
    public long nonCompliantAttempts;
    public long complaints;
    public long openCases;
    public final RollMatrix roll = new RollMatrix();
    private final Map<String, Money> money = new TreeMap<>();

    private static final class Money {
        BigDecimal collected = BigDecimal.ZERO;
        BigDecimal placed = BigDecimal.ZERO;
        long attempts;
    }

    public GroupTally(String key) {
        this.key = key;
    }

    public void collected(String currency, BigDecimal amount, long attemptsOnTheseCases) {
        Money m = money.computeIfAbsent(currency, c -> new Money());
        m.collected = m.collected.add(amount);
        m.attempts += attemptsOnTheseCases;
    }

    public void placed(String currency, BigDecimal amount) {
        Money m = money.computeIfAbsent(currency, c -> new Money());
        m.placed = m.placed.add(amount);
    }

    public GroupKpis kpis() {
        return new GroupKpis(key, attempts, rightPartyContacts, inboundContacts, Ratios.rate(rightPartyContacts, attempts),
                promisesMade, Ratios.rate(promisesMade, rightPartyContacts + inboundContacts), promisesKept,
                promisesBroken, Ratios.rate(promisesKept, promisesKept + promisesBroken), nonCompliantAttempts,
                roll.pastDueAtStart(), roll.cured(), roll.cureRate(), roll.cells(),
                money.entrySet().stream().map(e -> new GroupKpis.CurrencyKpis(e.getKey(), e.getValue().collected,
                        e.getValue().placed, Ratios.rate(e.getValue().collected, e.getValue().placed),
                        e.getValue().attempts, Ratios.perThousand(e.getValue().attempts, e.getValue().collected)))
                        .toList(),
                complaints, openCases, Ratios.perThousand(complaints, openCases));
    }
}
