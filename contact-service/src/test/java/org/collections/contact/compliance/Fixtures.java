package org.collections.contact.compliance;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Builders for contacts and situations in the engine's tests. */
final class Fixtures {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    static final UUID CASE = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID OTHER_CASE = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    static final UUID DEBTOR = UUID.fromString("00000000-0000-0000-0000-0000000000d1");
    static final String PHONE = "+1-555-0100";
    static final String OTHER_PHONE = "+1-555-0199";

    private Fixtures() {
    }

    static Instant local(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    static ProposedContact call(Instant at) {
        return new ProposedContact(CASE, DEBTOR, Channel.CALL, PersonRole.DEBTOR, PHONE, 1, false, at);
    }

    static ProposedContact contact(Channel channel, PersonRole person, String contactPoint, int collectors,
            boolean permittedNotice, Instant at) {
        return new ProposedContact(CASE, DEBTOR, channel, person, contactPoint, collectors, permittedNotice, at);
    }

    static AttemptRecord outboundCall(Instant at, Outcome outcome) {
        return new AttemptRecord(CASE, DEBTOR, Channel.CALL, Direction.OUTBOUND, PersonRole.DEBTOR, PHONE, at,
                outcome, null);
    }

    static AttemptRecord attempt(UUID caseId, Direction direction, String contactPoint, Instant at, Outcome outcome,
            String agency) {
        return new AttemptRecord(caseId, DEBTOR, Channel.CALL, direction, PersonRole.DEBTOR, contactPoint, at,
                outcome, agency);
    }

    /** A letter, e-mail, … on {@link #CASE} to the debtor, with an optional purpose. */
    static AttemptRecord message(Channel channel, Direction direction, Instant at, Outcome outcome,
            AttemptPurpose purpose) {
        return new AttemptRecord(CASE, DEBTOR, channel, direction, PersonRole.DEBTOR, null, at, outcome, null, purpose);
    }

    /** The validation notice, delivered to the debtor by letter on {@link #CASE}. */
    static AttemptRecord validationNotice(Instant at) {
        return message(Channel.LETTER, Direction.OUTBOUND, at, Outcome.DELIVERED, AttemptPurpose.VALIDATION_NOTICE);
    }

    static Situation situation(ZoneId... zones) {
        return new Situation(List.of(zones));
    }

    /** A mutable ContactSituation builder. */
    static final class Situation {
        private final List<ZoneId> zones;
        private final Set<Restriction> restrictions = EnumSet.noneOf(Restriction.class);
        private ContactPointStatus status = ContactPointStatus.VALID;
        private final Set<Channel> optedOut = EnumSet.noneOf(Channel.class);
        private boolean nightConsent;
        private boolean numbersInvalid;
        private final List<AttemptRecord> history = new ArrayList<>();
        private StatedPreferences stated = StatedPreferences.none();

        Situation(List<ZoneId> zones) {
            this.zones = zones;
        }

        Situation restricted(Restriction restriction) {
            restrictions.add(restriction);
            return this;
        }

        Situation contactPoint(ContactPointStatus status) {
            this.status = status;
            return this;
        }

        Situation optedOut(Channel channel) {
            optedOut.add(channel);
            return this;
        }

        Situation nightConsent() {
            nightConsent = true;
            return this;
        }

        Situation numbersInvalid() {
            numbersInvalid = true;
            return this;
        }

        Situation stated(StatedPreferences preferences) {
            stated = preferences;
            return this;
        }

        Situation with(AttemptRecord... attempts) {
            history.addAll(List.of(attempts));
            return this;
        }

        Situation with(List<AttemptRecord> attempts) {
            history.addAll(attempts);
            return this;
        }

        ContactSituation build() {
            return new ContactSituation(List.copyOf(zones), Set.copyOf(restrictions), status, Set.copyOf(optedOut),
                    nightConsent, numbersInvalid, List.copyOf(history), stated);
        }
    }
}
