package org.collections.contact.compliance;

import java.time.Instant;
import java.util.Optional;

/**
 * No calls to the debtor about a debt for {@code callCoolDown} after a telephone conversation with them about it;
 * conversations the debtor started (inbound) count too.
 */
final class CallCoolDownRule implements Rule {

    @Override
    public String name() {
        return "CALL_COOL_DOWN";
    }

    @Override
    public Optional<Violation> check(RulePack pack, ProposedContact contact, ContactSituation situation) {
        if (contact.channel() != Channel.CALL || contact.person() != PersonRole.DEBTOR) {
            return Optional.empty();
        }
        return latestConversation(pack, contact, situation).map(conversation -> violation(pack,
                "telephone conversation about this debt at " + Texts.instant(conversation.at())
                        + " (" + conversation.direction().name().toLowerCase() + "); no calls for "
                        + Texts.duration(pack.callCoolDown()) + " after it"));
    }

    @Override
    public Instant earliestSatisfied(RulePack pack, ProposedContact contact, ContactSituation situation) {
        return latestConversation(pack, contact, situation)
                .map(conversation -> conversation.at().plus(pack.callCoolDown()))
                .orElse(contact.at());
    }

    /** The latest conversation whose cool-down still covers {@code contact.at()}. */
    private static Optional<AttemptRecord> latestConversation(RulePack pack, ProposedContact contact,
            ContactSituation situation) {
        Instant coolDownStart = contact.at().minus(pack.callCoolDown());
        return Optional.ofNullable(History.latest(situation, contact.at(),
                a -> a.at().isAfter(coolDownStart) && a.caseId().equals(contact.caseId())
                        && a.channel() == Channel.CALL && a.person() == PersonRole.DEBTOR
                        && a.outcome().connected()));
    }
}
