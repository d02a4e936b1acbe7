package org.collections.contact.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.collections.contact.compliance.Fixtures.NEW_YORK;
import static org.collections.contact.compliance.Fixtures.SHANGHAI;
import static org.collections.contact.compliance.Fixtures.call;
import static org.collections.contact.compliance.Fixtures.local;
import static org.collections.contact.compliance.Fixtures.outboundCall;
import static org.collections.contact.compliance.Fixtures.situation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.function.Supplier;

import org.collections.commons.rules.RuleViolation;
import org.junit.jupiter.api.Test;

class RuleOverrideTest {

    @Test
    void noOverrideKeepsThePack() {
        assertThat(RulePacks.US_REGF.withOverride(RuleOverride.none())).isEqualTo(RulePacks.US_REGF);
    }

    @Test
    void stricterValuesAreAcceptedAndApplied() {
        RulePack strict = RulePacks.US_REGF.withOverride(RuleOverride.none()
                .withHours(LocalTime.of(9, 0), LocalTime.of(20, 0))
                .withCallFrequency(3, Duration.ofDays(10))
                .withCallCoolDown(Duration.ofDays(14))
                .withExtraHolidays(Set.of(LocalDate.parse("2026-07-04"))));

        assertThat(strict.id()).isEqualTo("US_REGF");
        assertThat(strict.hoursStart()).isEqualTo(LocalTime.of(9, 0));
        assertThat(strict.callCap()).isEqualTo(3);
        Decision early = ComplianceEngine.decide(strict, call(local("2026-06-10T08:30", NEW_YORK)),
                situation(NEW_YORK).build());
        assertThat(early.violations()).extracting(Violation::ruleId).containsExactly("US_REGF.CONTACT_HOURS");
        assertThat(early.nextPermittedAt()).isEqualTo(local("2026-06-10T09:00", NEW_YORK));
        assertThat(ComplianceEngine.decide(strict, call(local("2026-07-04T12:00", NEW_YORK)),
                situation(NEW_YORK).build()).violations()).extracting(Violation::ruleId)
                .containsExactly("US_REGF.HOLIDAY");

        Instant first = local("2026-06-01T10:00", NEW_YORK);
        ContactSituation threeCalls = situation(NEW_YORK).with(outboundCall(first, Outcome.NO_ANSWER),
                outboundCall(first.plus(Duration.ofDays(1)), Outcome.NO_ANSWER),
                outboundCall(first.plus(Duration.ofDays(2)), Outcome.NO_ANSWER)).build();
        Decision fourth = ComplianceEngine.decide(strict, call(first.plus(Duration.ofDays(3))), threeCalls);
        assertThat(fourth.violations()).extracting(Violation::ruleId).containsExactly("US_REGF.CALL_FREQUENCY");
        assertThat(fourth.nextPermittedAt()).isEqualTo(first.plus(Duration.ofDays(10)));
    }

    @Test
    void stricterCnValuesAreApplied() {
        RulePack strict = RulePacks.CN.withOverride(RuleOverride.none().withNightConsentLiftsHours(false)
                .withDailyConnectedCallCap(1).withDailyUnansweredAttemptCap(2)
                .withThirdPartyAfterFailedAttempts(5).withMinVisitCollectors(3));

        assertThat(strict).extracting(RulePack::nightConsentLiftsHours, RulePack::dailyConnectedCallCap,
                RulePack::dailyUnansweredAttemptCap, RulePack::thirdPartyAfterFailedAttempts,
                RulePack::minVisitCollectors).containsExactly(false, 1, 2, 5, 3);
        assertThat(ComplianceEngine.decide(strict, call(local("2026-06-10T23:00", SHANGHAI)),
                situation(SHANGHAI).nightConsent().build()).allowed()).isFalse();
        ProposedContact visit = Fixtures.contact(Channel.VISIT, PersonRole.DEBTOR, null, 2, false,
                local("2026-06-10T10:00", SHANGHAI));
        assertThat(ComplianceEngine.decide(strict, visit, situation(SHANGHAI).build()).allowed()).isFalse();
    }

    @Test
    void aCreditorMayAddARuleThePackLacks() {
        RulePack ukWithCap = RulePacks.UK_CONC.withOverride(RuleOverride.none()
                .withCallFrequency(1, Duration.ofDays(1)));
        Instant noon = local("2026-06-10T12:00", Fixtures.LONDON);

        assertThat(ukWithCap.ruleIds()).contains("UK_CONC.CALL_FREQUENCY");
        assertThat(ComplianceEngine.decide(ukWithCap, call(noon), situation(Fixtures.LONDON)
                .with(outboundCall(noon.minus(Duration.ofHours(1)), Outcome.NO_ANSWER)).build()).allowed()).isFalse();
    }

    @Test
    void looserValuesAreRejectedNamingTheParameter() {
        assertRejected("hoursStart", () -> RulePacks.US_REGF.withOverride(
                RuleOverride.none().withHours(LocalTime.of(7, 0), null)));
        assertRejected("hoursEnd", () -> RulePacks.UK_CONC.withOverride(
                RuleOverride.none().withHours(null, LocalTime.of(21, 30))));
        assertRejected("nightConsentLiftsHours", () -> RulePacks.US_REGF.withOverride(
                RuleOverride.none().withNightConsentLiftsHours(true)));
        assertRejected("callCap", () -> RulePacks.US_REGF.withOverride(
                RuleOverride.none().withCallFrequency(8, null)));
        assertRejected("callWindow", () -> RulePacks.US_REGF.withOverride(
                RuleOverride.none().withCallFrequency(null, Duration.ofDays(6))));
        assertRejected("callCoolDown", () -> RulePacks.US_REGF.withOverride(
                RuleOverride.none().withCallCoolDown(Duration.ofDays(1))));
        assertRejected("dailyConnectedCallCap", () -> RulePacks.CN.withOverride(
                RuleOverride.none().withDailyConnectedCallCap(4)));
        assertRejected("dailyUnansweredAttemptCap", () -> RulePacks.CN.withOverride(
                RuleOverride.none().withDailyUnansweredAttemptCap(7)));
        assertRejected("thirdPartyAfterFailedAttempts", () -> RulePacks.CN.withOverride(
                RuleOverride.none().withThirdPartyAfterFailedAttempts(2)));
        assertRejected("minVisitCollectors", () -> RulePacks.CN.withOverride(
                RuleOverride.none().withMinVisitCollectors(1)));
    }

    @Test
    void statedTimesMayBeSwitchedOnNeverOff() {
        assertThat(RulePacks.US_REGF.withOverride(RuleOverride.none().withHonourStatedTimes(true)).ruleIds())
                .contains("US_REGF.STATED_TIMES");
        assertThat(RulePacks.UK_CONC.withOverride(RuleOverride.none().withHonourStatedTimes(true)))
                .isEqualTo(RulePacks.UK_CONC);
        assertThat(RulePacks.CN.withOverride(RuleOverride.none().withHonourStatedTimes(false))).isEqualTo(RulePacks.CN);
        assertRejected("honourStatedTimes", () -> RulePacks.UK_CONC.withOverride(
                RuleOverride.none().withHonourStatedTimes(false)));
    }

    @Test
    void theValidationNoticeMayComeSoonerNeverLater() {
        assertThat(RulePacks.US_REGF.withOverride(RuleOverride.none().withValidationNoticeDays(3))
                .validationNoticeDays()).isEqualTo(3);
        assertRejected("validationNoticeDays", () -> RulePacks.US_REGF.withOverride(
                RuleOverride.none().withValidationNoticeDays(6)));
        assertThatThrownBy(() -> RulePacks.UK_CONC.withOverride(RuleOverride.none().withValidationNoticeDays(-1)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.field()).isEqualTo("validationNoticeDays"));
    }

    @Test
    void hoursThatCloseBeforeTheyOpenAreRejected() {
        assertThatThrownBy(() -> RulePacks.US_REGF.withOverride(
                RuleOverride.none().withHours(LocalTime.of(12, 0), LocalTime.of(10, 0))))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.field()).isEqualTo("hoursStart"));
    }

    private static void assertRejected(String parameter, Supplier<RulePack> override) {
        assertThatThrownBy(override::get).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.field()).isEqualTo(parameter))
                .hasMessageContaining(parameter).hasMessageContaining("more lenient");
    }
}
