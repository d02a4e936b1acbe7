package org.collections.contact.compliance;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * At most {@code callCap} outbound calls to the debtor about one debt in any rolling {@code callWindow}; a call
 * leaves the window exactly {@code callWindow} after it was made. Inbound calls are not attempts.
 */
final class CallFrequencyRule implements Rule {

    @Override
    public String name() {
        return "CALL_FREQUENCY";
    }

    @Override
    public Optional<Violation> check(RulePack pack, ProposedContact contact, ContactSituation situation) {
        if (!applies(contact)) {
            return Optional.empty();
        }
        List<AttemptRecord> calls = callsInWindow(pack, contact, situation);
        if (calls.size() < pack.callCap()) {
            return Optional.empty();
        }
        return Optional.of(violation(pack, calls.size() + " calls in the " + Texts.duration(pack.callWindow())
                + " since " + Texts.instant(calls.get(0).at()) + "; "
                + Texts.nextPermitted(earliestSatisfied(pack, contact, situation))));
    }

    @Override
    public Instant earliestSatisfied(RulePack pack, ProposedContact contact, ContactSituation situation) {
        List<AttemptRecord> calls = callsInWindow(pack, contact, situation);
        if (calls.size() < pack.callCap()) {
            return contact.at();
        }
        // Once this many of the oldest calls have left the window, one more call fits under the cap.
        int mustLeave = calls.size() - pack.callCap() + 1;
        return calls.get(mustLeave - 1).at().plus(pack.callWindow());
    }

    private static boolean applies(ProposedContact contact) {
        return contact.channel() == Channel.CALL && contact.person() == PersonRole.DEBTOR;
    }

    private static List<AttemptRecord> callsInWindow(RulePack pack, ProposedContact contact,
            ContactSituation situation) {
        Instant windowStart = contact.at().minus(pack.callWindow());
        return History.upTo(situation, contact.at(),
                a -> a.at().isAfter(windowStart) && a.caseId().equals(contact.caseId())
                        && a.channel() == Channel.CALL && a.direction() == Direction.OUTBOUND
                        && a.person() == PersonRole.DEBTOR);
    }
}
