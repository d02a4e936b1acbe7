package org.collections.contact.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.contact.compliance.Fixtures.NEW_YORK;
import static org.collections.contact.compliance.Fixtures.OTHER_CASE;
import static org.collections.contact.compliance.Fixtures.PHONE;
import static org.collections.contact.compliance.Fixtures.attempt;
import static org.collections.contact.compliance.Fixtures.contact;
import static org.collections.contact.compliance.Fixtures.local;
import static org.collections.contact.compliance.Fixtures.message;
import static org.collections.contact.compliance.Fixtures.outboundCall;
import static org.collections.contact.compliance.Fixtures.situation;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class ValidationNoticeRuleTest {

    /** A conversation with the debtor: the first communication about the debt. */
    private static final Instant FIRST = local("2026-06-01T12:00", NEW_YORK);

    private static ProposedContact email(Instant at) {
        return contact(Channel.EMAIL, PersonRole.DEBTOR, "debtor@example.org", 1, false, at);
    }

    private static Decision decide(RulePack pack, ProposedContact contact, AttemptRecord... history) {
        return ComplianceEngine.decide(pack, contact, situation(NEW_YORK).with(history).build());
    }

    @Test
    void fiveBusinessDaysAfterTheFirstCommunicationWithoutANoticeOnlyPermittedNoticesMayGo() {
        // Monday 2026-06-01: the five business days are Tuesday to Friday and Monday 06-08, the weekend not counted
        AttemptRecord conversation = outboundCall(FIRST, Outcome.RIGHT_PARTY_CONTACT);

        assertThat(decide(RulePacks.US_REGF, email(local("2026-06-06T12:00", NEW_YORK)), conversation).allowed())
                .as("five 24-hour days later is not five business days later").isTrue();
        assertThat(decide(RulePacks.US_REGF, email(local("2026-06-08T20:59", NEW_YORK)), conversation).allowed())
                .isTrue();
        Decision late = decide(RulePacks.US_REGF, email(local("2026-06-09T08:00", NEW_YORK)), conversation);
        assertThat(late.violations()).extracting(Violation::ruleId).containsExactly("US_REGF.VALIDATION_NOTICE");
        assertThat(late.violations().get(0).reason()).contains("validation notice").contains("VALIDATION_NOTICE")
                .contains(Texts.instant(FIRST)).contains("5 business days (by 2026-06-09 00:00 America/New_York");
        assertThat(late.explanation()).endsWith("no later time is permitted");
        assertThat(late.nextPermittedAt()).isNull();
        Instant due = local("2026-06-09T00:00", NEW_YORK);
        ProposedContact notice = contact(Channel.LETTER, PersonRole.DEBTOR, null, 1, true, due.plusSeconds(1));
        assertThat(decide(RulePacks.US_REGF, notice, conversation).allowed()).isTrue();
    }

    @Test
    void aDeliveredNoticeLiftsTheBlockABouncedOneDoesNot() {
        AttemptRecord conversation = outboundCall(FIRST, Outcome.PROMISE_TO_PAY);
        Instant later = FIRST.plus(Duration.ofDays(8));
        Instant sent = FIRST.plus(Duration.ofDays(7));

        assertThat(decide(RulePacks.US_REGF, email(later), conversation,
                message(Channel.EMAIL, Direction.OUTBOUND, sent, Outcome.BOUNCED, AttemptPurpose.VALIDATION_NOTICE))
                .allowed()).isFalse();
        assertThat(decide(RulePacks.US_REGF, email(later), conversation,
                message(Channel.LETTER, Direction.OUTBOUND, sent, Outcome.DELIVERED, null)).allowed())
                .as("a delivered letter without the purpose is not the notice").isFalse();
        assertThat(decide(RulePacks.US_REGF, email(later), conversation,
                message(Channel.LETTER, Direction.OUTBOUND, sent, Outcome.DELIVERED, AttemptPurpose.VALIDATION_NOTICE))
                .allowed()).isTrue();
    }

    @Test
    void aNoticeAlreadyBookedLaterIsTheNextPermittedTime() {
        Instant booked = FIRST.plus(Duration.ofDays(9));
        Decision decision = decide(RulePacks.US_REGF, email(FIRST.plus(Duration.ofDays(8))),
                outboundCall(FIRST, Outcome.RIGHT_PARTY_CONTACT),
                message(Channel.LETTER, Direction.OUTBOUND, booked, Outcome.DELIVERED, AttemptPurpose.VALIDATION_NOTICE));

        assertThat(decision.nextPermittedAt()).isEqualTo(booked);
    }

    @Test
    void onlyMessagesThatReachedTheDebtorAboutThisDebtStartTheClock() {
        Instant later = FIRST.plus(Duration.ofDays(10));
        AttemptRecord thirdParty = new AttemptRecord(Fixtures.CASE, Fixtures.DEBTOR, Channel.CALL, Direction.OUTBOUND,
                PersonRole.THIRD_PARTY, PHONE, FIRST, Outcome.RIGHT_PARTY_CONTACT, null);

        assertThat(decide(RulePacks.US_REGF, email(later), outboundCall(FIRST, Outcome.NO_ANSWER),
                outboundCall(FIRST, Outcome.VOICEMAIL), outboundCall(FIRST, Outcome.THIRD_PARTY),
                outboundCall(FIRST, Outcome.WRONG_NUMBER), thirdParty,
                message(Channel.EMAIL, Direction.OUTBOUND, FIRST, Outcome.BOUNCED, null),
                attempt(OTHER_CASE, Direction.OUTBOUND, PHONE, FIRST, Outcome.RIGHT_PARTY_CONTACT, null)).allowed())
                .isTrue();
        assertThat(decide(RulePacks.US_REGF, email(later),
                attempt(Fixtures.CASE, Direction.INBOUND, PHONE, FIRST, Outcome.RIGHT_PARTY_CONTACT, null)).allowed())
                .as("the debtor called in").isFalse();
        assertThat(decide(RulePacks.US_REGF, email(later),
                message(Channel.LETTER, Direction.OUTBOUND, FIRST, Outcome.DELIVERED, null)).allowed())
                .as("a collection letter was delivered").isFalse();
    }

    @Test
    void aCreditorMayShortenTheDaysOrAddTheRuleToAnotherPack() {
        AttemptRecord conversation = outboundCall(FIRST, Outcome.RIGHT_PARTY_CONTACT);
        Instant fourDaysOn = FIRST.plus(Duration.ofDays(4));
        RulePack threeDays = RulePacks.US_REGF.withOverride(RuleOverride.none().withValidationNoticeDays(3));
        RulePack cnWithNotice = RulePacks.CN.withOverride(RuleOverride.none().withValidationNoticeDays(3));
        ProposedContact cnEmail = contact(Channel.EMAIL, PersonRole.DEBTOR, "debtor@example.org", 1, false,
                fourDaysOn);

        assertThat(decide(RulePacks.US_REGF, email(fourDaysOn), conversation).allowed()).isTrue();
        assertThat(decide(threeDays, email(fourDaysOn), conversation).allowed()).isFalse();
        assertThat(decide(RulePacks.CN, cnEmail, conversation).allowed()).isTrue();
        assertThat(decide(cnWithNotice, cnEmail, conversation).violations()).extracting(Violation::ruleId)
                .containsExactly("CN.VALIDATION_NOTICE");
    }
    @Test
    void federalHolidaysAreNotBusinessDays() {
        // Thursday 2026-07-02; Friday 07-03 is Independence Day observed: Monday 07-06 to Friday 07-10 are the five
        AttemptRecord conversation = outboundCall(local("2026-07-02T12:00", NEW_YORK), Outcome.RIGHT_PARTY_CONTACT);

        assertThat(decide(RulePacks.US_REGF, email(local("2026-07-10T12:00", NEW_YORK)), conversation).allowed())
                .isTrue();
        assertThat(decide(RulePacks.US_REGF, email(local("2026-07-13T09:00", NEW_YORK)), conversation).violations())
                .extracting(Violation::ruleId).containsExactly("US_REGF.VALIDATION_NOTICE");
        assertThat(ValidationNoticeRule.due(RulePacks.US_REGF, local("2027-12-22T12:00", NEW_YORK), NEW_YORK))
                .as("Wednesday 12-22: Christmas 2027 is observed on Friday 12-24, so the fifth day is Thursday 12-30")
                .isEqualTo(local("2027-12-31T00:00", NEW_YORK));
    }

    @Test
    void theBusinessDaysAreCountedInTheDebtorsZone() {
        // Thursday 23:30 in Los Angeles is already Friday in New York
        Instant thursdayEvening = local("2026-06-04T23:30", Fixtures.LOS_ANGELES);
        assertThat(ValidationNoticeRule.due(RulePacks.US_REGF, thursdayEvening, Fixtures.LOS_ANGELES))
                .isEqualTo(local("2026-06-12T00:00", Fixtures.LOS_ANGELES));
        assertThat(ValidationNoticeRule.due(RulePacks.US_REGF, thursdayEvening, NEW_YORK))
                .isEqualTo(local("2026-06-13T00:00", NEW_YORK));
    }
}
