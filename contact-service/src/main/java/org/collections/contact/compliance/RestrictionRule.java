package org.collections.contact.compliance;

import java.time.Instant;
import java.util.Optional;

/** A case restriction blocks contact until it is lifted; cease-communication lets permitted notices through. */
record RestrictionRule(Restriction restriction) implements Rule {

    @Override
    public String name() {
        return switch (restriction) {
            case CEASE_COMMUNICATION -> "CEASE_COMMUNICATION";
            case DISPUTED -> "DISPUTE_PENDING";
            case PAUSED -> "PAUSED";
            case CLOSED -> "CASE_CLOSED";
            case DECEASED -> "DECEASED";
            case BANKRUPTCY -> "BANKRUPTCY";
            case BREATHING_SPACE -> "BREATHING_SPACE";
        };
    }

    @Override
    public Optional<Violation> check(RulePack pack, ProposedContact contact, ContactSituation situation) {
        if (!situation.restrictions().contains(restriction)) {
            return Optional.empty();
        }
        if (restriction == Restriction.CEASE_COMMUNICATION && contact.permittedNotice()) {
            return Optional.empty();
        }
        return Optional.of(violation(pack, reason()));
    }

    @Override
    public Instant earliestSatisfied(RulePack pack, ProposedContact contact, ContactSituation situation) {
        return null;
    }

    private String reason() {
        return switch (restriction) {
            case CEASE_COMMUNICATION -> "the debtor asked to cease communication; only permitted notices may be sent";
            case DISPUTED -> "the debt is disputed; collection is paused until the dispute is resolved";
            case PAUSED -> "contact is paused (e.g. breathing space) until the pause ends";
            case CLOSED -> "the case is closed";
            case DECEASED -> "the debtor is deceased";
            case BANKRUPTCY -> "the debtor is in bankruptcy proceedings";
            case BREATHING_SPACE -> "the debtor is in a Breathing Space moratorium; no contact until it ends";
        };
    }
}
