package org.collections.contact.compliance;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Third parties (emergency contacts) only when the debtor's numbers are invalid or the latest N outbound calls to
 * the debtor all went unanswered.
 */
final class ThirdPartyRule implements Rule {

    @Override
    public String name() {
        return "THIRD_PARTY";
    }

    @Override
    public Optional<Violation> check(RulePack pack, ProposedContact contact, ContactSituation situation) {
        if (contact.person() != PersonRole.THIRD_PARTY || situation.debtorNumbersInvalid()) {
            return Optional.empty();
        }
        int needed = pack.thirdPartyAfterFailedAttempts();
        int failed = consecutiveFailedDebtorCalls(contact, situation);
        if (failed >= needed) {
            return Optional.empty();
        }
        return Optional.of(violation(pack, "third parties may be contacted only when the debtor's numbers are invalid"
                + " or after " + needed + " consecutive failed attempts to the debtor; " + failed + " so far"));
    }

    /** Never by waiting alone: it takes further failed attempts or invalid numbers. */
    @Override
    public Instant earliestSatisfied(RulePack pack, ProposedContact contact, ContactSituation situation) {
        return null;
    }

    private static int consecutiveFailedDebtorCalls(ProposedContact contact, ContactSituation situation) {
        List<AttemptRecord> calls = History.upTo(situation, contact.at(),
                a -> a.debtorId().equals(contact.debtorId()) && a.person() == PersonRole.DEBTOR
                        && a.direction() == Direction.OUTBOUND && a.channel() == Channel.CALL);
        int failed = 0;
        for (int i = calls.size() - 1; i >= 0 && calls.get(i).outcome().unanswered(); i--) {
            failed++;
        }
        return failed;
    }
}
