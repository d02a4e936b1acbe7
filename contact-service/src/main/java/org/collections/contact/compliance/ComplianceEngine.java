package org.collections.contact.compliance;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Decides whether a proposed contact may happen under a rule pack, and if not, when it next may. */
public final class ComplianceEngine {

    static final int MAX_ITERATIONS = 100;
    static final Duration HORIZON = Duration.ofDays(400);

    private ComplianceEngine() {
    }

    /**
     * ALLOW or BLOCK with every violated rule and the earliest permitted time at or after {@code contact.at()}.
     *
     * @throws IllegalArgumentException when the situation names no zone: the hours cannot be judged without one
     */
    public static Decision decide(RulePack pack, ProposedContact contact, ContactSituation situation) {
        if (situation.zones() == null || situation.zones().isEmpty()) {
            throw new IllegalArgumentException("the debtor's possible zones are unknown; pass at least one zone");
        }
        List<Rule> rules = pack.rules();
        Judgement judgement = Judgement.of(rules, pack, contact, situation);
        ZoneId zone = situation.explanationZone();
        if (judgement.broken().isEmpty()) {
            return new Decision(true, List.of(), contact.at(), pack.version(), zone);
        }
        return new Decision(false, judgement.violations(), walk(rules, pack, contact, situation, judgement)
                .permittedAt(), pack.version(), zone);
    }

    /**
     * The id of the rule that forbids the contact at every later time, when one does: the reason a blocked contact has
     * no next permitted time (a dispute, an opt-out, a validation notice never delivered…). Empty when a later time is
     * permitted, or when none is found only because the search gave up at its horizon.
     */
    static Optional<String> blockedForGoodBy(RulePack pack, ProposedContact contact, ContactSituation situation) {
        List<Rule> rules = pack.rules();
        Walk walk = walk(rules, pack, contact, situation, Judgement.of(rules, pack, contact, situation));
        return Optional.ofNullable(walk.neverSatisfied()).map(rule -> pack.id() + "." + rule.name());
    }

    /**
     * One line per violation, each ending with the decision's next permitted time, e.g. "blocked:
     * US_REGF.CALL_FREQUENCY — 7 calls in the 7 days since …; next permitted 2026-03-09 10:00 America/New_York
     * (2026-03-09T14:00Z)".
     */
    public static List<String> explain(Decision decision) {
        if (decision.allowed()) {
            return List.of("allowed");
        }
        String next = Texts.nextPermitted(decision.nextPermittedAt(), decision.zone());
        return decision.violations().stream().map(v -> "blocked: " + v.ruleId() + " — " + v.reason() + "; " + next)
                .toList();
    }

    /** Where the search for the next permitted time ended: at that time, or at a rule no later time satisfies. */
    private record Walk(Instant permittedAt, Rule neverSatisfied) {
        static final Walk GAVE_UP = new Walk(null, null);
    }

    /** The rules a contact breaks, in the pack's order, each with its violation. */
    private record Judgement(List<Rule> broken, List<Violation> violations) {

        static Judgement of(List<Rule> rules, RulePack pack, ProposedContact contact, ContactSituation situation) {
            List<Rule> broken = new ArrayList<>();
            List<Violation> violations = new ArrayList<>();
            for (Rule rule : rules) {
                Optional<Violation> violation = rule.check(pack, contact, situation);
                if (violation.isPresent()) {
                    broken.add(rule);
                    violations.add(violation.get());
                }
            }
            return new Judgement(broken, violations);
        }
    }

    /**
     * Moves the candidate time to the latest of the violated rules' earliest-satisfied times and re-evaluates:
     * each jump is a lower bound, so the first candidate that breaks no rule is the earliest permitted time.
     *
     * @param atContactTime the contact judged at its own time, the walk's first candidate
     */
    private static Walk walk(List<Rule> rules, RulePack pack, ProposedContact contact, ContactSituation situation,
            Judgement atContactTime) {
        Instant horizon = contact.at().plus(HORIZON);
        Instant candidate = contact.at();
        for (int i = 0; i < MAX_ITERATIONS && !candidate.isAfter(horizon); i++) {
            ProposedContact at = at(contact, candidate);
            List<Rule> broken = i == 0 ? atContactTime.broken() : Judgement.of(rules, pack, at, situation).broken();
            if (broken.isEmpty()) {
                return new Walk(candidate, null);
            }
            Instant next = candidate;
            for (Rule rule : broken) {
                Instant satisfied = rule.earliestSatisfied(pack, at, situation);
                if (satisfied == null) {
                    return new Walk(null, rule);
                }
                next = satisfied.isAfter(next) ? satisfied : next;
            }
            if (!next.isAfter(candidate)) {
                throw new IllegalStateException("rule pack " + pack.id() + " made no progress at " + candidate);
            }
            candidate = next;
        }
        return Walk.GAVE_UP;
    }

    private static ProposedContact at(ProposedContact contact, Instant at) {
        return new ProposedContact(contact.caseId(), contact.debtorId(), contact.channel(), contact.person(),
                contact.contactPointId(), contact.collectors(), contact.permittedNotice(), at);
    }
}
