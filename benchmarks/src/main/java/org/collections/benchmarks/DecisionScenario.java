package org.collections.benchmarks;

import static org.collections.benchmarks.DebtorLedger.Call.byAgency;
import static org.collections.benchmarks.DebtorLedger.Call.onCase;
import static org.collections.contact.compliance.Outcome.BUSY;
import static org.collections.contact.compliance.Outcome.NO_ANSWER;
import static org.collections.contact.compliance.Outcome.PROMISE_TO_PAY;
import static org.collections.contact.compliance.Outcome.REFUSED;
import static org.collections.contact.compliance.Outcome.RIGHT_PARTY_CONTACT;
import static org.collections.contact.compliance.Outcome.VOICEMAIL;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.collections.contact.compliance.Channel;
import org.collections.contact.compliance.ContactPointStatus;
import org.collections.contact.compliance.ContactSituation;
import org.collections.contact.compliance.PersonRole;
import org.collections.contact.compliance.ProposedContact;
import org.collections.contact.compliance.RulePack;
import org.collections.contact.compliance.SituationFacts;
import org.collections.contact.compliance.StatedPreferences;

/**
 * A call to the debtor on their case at 10:00 their time on Tuesday 2026-03-10, judged under their jurisdiction's
 * shipped pack after thirty days of attempts ({@link DebtorLedger}); the scenarios differ in the last week's calls.
 */
public enum DecisionScenario {

    /** Regulation F: four calls on the case that reached the number in the last week, no conversation. */
    US_REGF_CALL_IN_DAYTIME("US", "America/New_York", List.of(
            onCase(6, "10:30", NO_ANSWER), onCase(5, "10:30", VOICEMAIL), onCase(4, "10:30", BUSY),
            onCase(3, "16:00", NO_ANSWER), byAgency(2, "11:00", VOICEMAIL), onCase(1, "10:30", NO_ANSWER))),

    /** Regulation F: the case's seventh call in seven days was made this morning. */
    US_REGF_AFTER_SEVEN_CALLS_IN_SEVEN_DAYS("US", "America/New_York", List.of(
            onCase(6, "10:30", NO_ANSWER), onCase(5, "10:30", VOICEMAIL), onCase(4, "10:30", NO_ANSWER),
            onCase(3, "16:00", VOICEMAIL), onCase(2, "10:30", NO_ANSWER), byAgency(2, "11:00", VOICEMAIL),
            onCase(1, "10:30", NO_ANSWER), onCase(0, "09:05", NO_ANSWER))),

    /** China: one conversation (the agency's) and one unanswered call with the debtor so far today. */
    CN_CALL_IN_DAYTIME("CN", "Asia/Shanghai", List.of(
            onCase(2, "09:00", NO_ANSWER), onCase(1, "19:00", RIGHT_PARTY_CONTACT), onCase(0, "08:30", NO_ANSWER),
            byAgency(0, "09:15", RIGHT_PARTY_CONTACT))),

    /** China: three conversations with the debtor today already, across the lender and the agency. */
    CN_AFTER_THREE_CONVERSATIONS_TODAY("CN", "Asia/Shanghai", List.of(
            onCase(2, "09:00", NO_ANSWER), onCase(1, "19:00", NO_ANSWER), onCase(0, "08:20", RIGHT_PARTY_CONTACT),
            byAgency(0, "08:45", REFUSED), onCase(0, "09:30", PROMISE_TO_PAY)));

    private static final LocalDateTime LOCAL_NOW = LocalDateTime.of(2026, 3, 10, 10, 0);

    private final String jurisdiction;
    private final ZoneId zone;
    private final List<DebtorLedger.Call> lastWeek;

    DecisionScenario(String jurisdiction, String zone, List<DebtorLedger.Call> lastWeek) {
        this.jurisdiction = jurisdiction;
        this.zone = ZoneId.of(zone);
        this.lastWeek = lastWeek;
    }

    ProposedContact call() {
        return new ProposedContact(DebtorLedger.CASE, DebtorLedger.DEBTOR, Channel.CALL, PersonRole.DEBTOR,
                DebtorLedger.PHONE, 1, false, now().toInstant());
    }

    RulePack pack() {
        return ShippedRulePacks.forJurisdiction(jurisdiction, now().toInstant());
    }

    /** Built from the facts as the service builds it: the case's zone, nothing restricted, every number valid. */
    ContactSituation situation() {
        return new SituationFacts(zone.getId(), List.of(), Set.of(), false, Set.of(), StatedPreferences.none(),
                ContactPointStatus.VALID, List.of(ContactPointStatus.VALID), DebtorLedger.upTo(now(), lastWeek),
                List.of()).situation();
    }

    private ZonedDateTime now() {
        return LOCAL_NOW.atZone(zone);
    }
}
