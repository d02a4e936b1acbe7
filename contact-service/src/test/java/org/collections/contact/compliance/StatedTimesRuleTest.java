package org.collections.contact.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.contact.compliance.Fixtures.LONDON;
import static org.collections.contact.compliance.Fixtures.NEW_YORK;
import static org.collections.contact.compliance.Fixtures.PHONE;
import static org.collections.contact.compliance.Fixtures.call;
import static org.collections.contact.compliance.Fixtures.contact;
import static org.collections.contact.compliance.Fixtures.local;
import static org.collections.contact.compliance.Fixtures.situation;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatedTimesRuleTest {

    private static final StatedPreferences EVENINGS = times("18:00", "20:00");

    private static StatedPreferences times(String notBefore, String notAfter) {
        return new StatedPreferences(notBefore == null ? null : LocalTime.parse(notBefore),
                notAfter == null ? null : LocalTime.parse(notAfter), Set.of());
    }

    private static StatedPreferences only(Channel... channels) {
        return new StatedPreferences(null, null, Set.of(channels));
    }

    @ParameterizedTest(name = "{0} stated {1}–{2}: {3}")
    @CsvSource({
            "2026-11-24T17:59, 18:00, 20:00, false, 2026-11-24T18:00",
            "2026-11-24T18:00, 18:00, 20:00, true, 2026-11-24T18:00",
            "2026-11-24T19:59, 18:00, 20:00, true, 2026-11-24T19:59",
            "2026-11-24T20:00, 18:00, 20:00, false, 2026-11-25T18:00",
            "2026-11-24T20:30, 19:00, , true, 2026-11-24T20:30",
            "2026-11-24T10:00, , 09:30, false, 2026-11-25T08:00",
    })
    void statedTimesEdges(String localTime, String notBefore, String notAfter, boolean allowed, String next) {
        Decision decision = ComplianceEngine.decide(RulePacks.UK_CONC, call(local(localTime, LONDON)),
                situation(LONDON).stated(times(notBefore, notAfter)).build());

        assertThat(decision.allowed()).isEqualTo(allowed);
        assertThat(decision.nextPermittedAt()).isEqualTo(local(next, LONDON));
        if (!allowed) {
            assertThat(decision.violations()).extracting(Violation::ruleId).containsExactly("UK_CONC.STATED_TIMES");
            assertThat(decision.violations().get(0).reason()).contains("stated times");
            assertThat(decision.explanation()).endsWith("next permitted " + Texts.local(local(next, LONDON), LONDON));
        }
    }

    @Test
    void theStatedWindowAndThePackHoursMustBothHold() {
        ContactSituation earlyRiser = situation(LONDON).stated(times("07:00", "09:00")).build();

        Decision tooEarly = ComplianceEngine.decide(RulePacks.UK_CONC, call(local("2026-11-24T07:30", LONDON)),
                earlyRiser);
        Decision tooLate = ComplianceEngine.decide(RulePacks.UK_CONC, call(local("2026-11-24T09:30", LONDON)),
                earlyRiser);

        assertThat(tooEarly.violations()).extracting(Violation::ruleId).containsExactly("UK_CONC.CONTACT_HOURS");
        assertThat(tooEarly.nextPermittedAt()).isEqualTo(local("2026-11-24T08:00", LONDON));
        assertThat(tooLate.violations()).extracting(Violation::ruleId).containsExactly("UK_CONC.STATED_TIMES");
        assertThat(tooLate.nextPermittedAt()).isEqualTo(local("2026-11-25T08:00", LONDON));
    }

    @Test
    void statedTimesHoldInEveryPossibleZone() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        ContactSituation twoZones = situation(LONDON, paris).stated(EVENINGS).build();

        Decision decision = ComplianceEngine.decide(RulePacks.UK_CONC, call(local("2026-11-24T19:15", LONDON)),
                twoZones);

        assertThat(decision.violations()).extracting(Violation::ruleId).containsExactly("UK_CONC.STATED_TIMES");
        assertThat(decision.violations().get(0).reason()).contains("20:15 in Europe/Paris");
        assertThat(decision.nextPermittedAt()).isEqualTo(local("2026-11-25T18:00", LONDON));
        assertThat(ComplianceEngine.decide(RulePacks.UK_CONC, call(local("2026-11-24T18:30", LONDON)), twoZones)
                .allowed()).isTrue();
    }

    @Test
    void otherChannelsThanTheStatedOnesAreBlockedForGood() {
        ContactSituation emailOnly = situation(LONDON).stated(only(Channel.EMAIL)).build();
        var noon = local("2026-11-24T12:00", LONDON);

        Decision call = ComplianceEngine.decide(RulePacks.UK_CONC, call(noon), emailOnly);

        assertThat(call.violations()).extracting(Violation::ruleId).containsExactly("UK_CONC.STATED_TIMES");
        assertThat(call.violations().get(0).reason()).contains("only by EMAIL, not by CALL");
        assertThat(call.nextPermittedAt()).isNull();
        assertThat(ComplianceEngine.decide(RulePacks.UK_CONC,
                contact(Channel.EMAIL, PersonRole.DEBTOR, "a@example.org", 1, false, noon), emailOnly).allowed()).isTrue();
        assertThat(ComplianceEngine.decide(RulePacks.UK_CONC,
                contact(Channel.LETTER, PersonRole.DEBTOR, null, 1, false, noon), emailOnly).allowed()).isFalse();
    }

    @Test
    void aRequiredNoticeGoesByItsOwnChannelButLettersAloneIgnoreTheStatedTimes() {
        ContactSituation emailInTheEvening = situation(LONDON).stated(new StatedPreferences(LocalTime.of(18, 0),
                LocalTime.of(20, 0), Set.of(Channel.EMAIL))).build();
        var noon = local("2026-11-24T12:00", LONDON);

        assertThat(ComplianceEngine.decide(RulePacks.UK_CONC,
                contact(Channel.LETTER, PersonRole.DEBTOR, null, 1, true, noon), emailInTheEvening).allowed()).isTrue();
        Decision noticeBySms = ComplianceEngine.decide(RulePacks.UK_CONC,
                contact(Channel.SMS, PersonRole.DEBTOR, PHONE, 1, true, noon), emailInTheEvening);
        assertThat(noticeBySms.violations()).extracting(Violation::ruleId).containsExactly("UK_CONC.STATED_TIMES");
        assertThat(noticeBySms.nextPermittedAt()).isEqualTo(local("2026-11-24T18:00", LONDON));
    }

    @Test
    void otherPacksIgnoreStatedTimesUnlessACreditorSwitchesThemOn() {
        ContactSituation evenings = situation(NEW_YORK).stated(EVENINGS).build();
        var morning = call(local("2026-11-24T10:00", NEW_YORK));
        RulePack honouring = RulePacks.US_REGF.withOverride(RuleOverride.none().withHonourStatedTimes(true));

        assertThat(ComplianceEngine.decide(RulePacks.US_REGF, morning, evenings).allowed()).isTrue();
        Decision decision = ComplianceEngine.decide(honouring, morning, evenings);
        assertThat(decision.violations()).extracting(Violation::ruleId).containsExactly("US_REGF.STATED_TIMES");
        assertThat(decision.nextPermittedAt()).isEqualTo(local("2026-11-24T18:00", NEW_YORK));
    }

    @Test
    void nothingStatedNothingBlocked() {
        assertThat(ComplianceEngine.decide(RulePacks.UK_CONC, call(local("2026-11-24T12:00", LONDON)),
                situation(LONDON).build()).allowed()).isTrue();
    }
}
