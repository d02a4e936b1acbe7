package org.collections.contact.compliance;

import java.time.Instant;

/**
 * Finds the earliest time within a planning window at which a case may be contacted, asking
 * {@link ComplianceEngine#decide} once per usable contact point, so every planned time is one the engine permits.
 */
public final class DailyPlanner {

    public static final String NO_VALID_CONTACT_POINT = "NO_VALID_CONTACT_POINT";
    /** Prefix of a skip reason when no time will ever be permitted (e.g. a dispute, an opt-out). */
    public static final String BLOCKED = "BLOCKED:";
    /** Prefix of a skip reason when the next permitted time falls after the window. */
    public static final String NOT_IN_WINDOW = "NOT_IN_WINDOW:";

    private DailyPlanner() {
    }

    public sealed interface Outcome permits Planned, Skipped {
    }

    /** Contact the debtor through {@code contactPointId} at {@code at}. */
    public record Planned(String contactPointId, Instant at) implements Outcome {
    }

    /**
     * Not planned: {@link #NO_VALID_CONTACT_POINT}; BLOCKED: and the rule that forbids contact for good; or
     * NOT_IN_WINDOW: and the rule that, at the window's start, blocks longest.
     */
    public record Skipped(String reason) implements Outcome {
    }

    /**
     * The earliest permitted contact of the debtor in {@code [from, until)} on any usable contact point (the first
     * one listed wins a tie), or why there is none.
     */
    public static Outcome plan(RulePack pack, Channel channel, PlanCandidate candidate, Instant from, Instant until) {
        if (candidate.usablePointIds().isEmpty()) {
            return new Skipped(NO_VALID_CONTACT_POINT);
        }
        ContactSituation situation = candidate.situation();
        Planned best = null;
        ProposedContact first = null;
        Decision firstDecision = null;
        for (String point : candidate.usablePointIds()) {
            ProposedContact contact = new ProposedContact(candidate.caseId(), candidate.debtorId(), channel,
                    PersonRole.DEBTOR, point, 1, false, from);
            Decision decision = ComplianceEngine.decide(pack, contact, situation);
            Instant at = decision.allowed() ? from : decision.nextPermittedAt();
            if (at != null && at.isBefore(until) && (best == null || at.isBefore(best.at()))) {
                best = new Planned(point, at);
            }
            if (first == null) {
                first = contact;
                firstDecision = decision;
            }
            if (decision.allowed()) {
                break;
            }
        }
        if (best != null) {
            return best;
        }
        if (firstDecision.nextPermittedAt() == null) {
            return new Skipped(BLOCKED + ComplianceEngine.blockedForGoodBy(pack, first, situation)
                    .orElse(firstDecision.violations().get(0).ruleId()));
        }
        return new Skipped(NOT_IN_WINDOW + pack.id() + "." + longestBlocking(pack, first, situation).name());
    }

    /** Of the rules broken at the contact's time, the one that stays broken longest (e.g. a cool-down, not the hours). */
    private static Rule longestBlocking(RulePack pack, ProposedContact contact, ContactSituation situation) {
        Rule longest = null;
        Instant longestUntil = null;
        for (Rule rule : pack.rules()) {
            if (rule.check(pack, contact, situation).isPresent()) {
                Instant satisfied = rule.earliestSatisfied(pack, contact, situation);
                if (longest == null || satisfied != null && satisfied.isAfter(longestUntil)) {
                    longest = rule;
                    longestUntil = satisfied;
                }
            }
        }
        return longest;
    }
}
