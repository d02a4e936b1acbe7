package org.collections.contact.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.contact.compliance.Fixtures.LONDON;
import static org.collections.contact.compliance.Fixtures.NEW_YORK;
import static org.collections.contact.compliance.Fixtures.PHONE;
import static org.collections.contact.compliance.Fixtures.call;
import static org.collections.contact.compliance.Fixtures.local;
import static org.collections.contact.compliance.Fixtures.situation;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class RestrictionAndConsentRulesTest {

    private static final Instant NOON_NY = local("2026-06-10T12:00", NEW_YORK);

    private static ProposedContact letter(boolean permittedNotice) {
        return Fixtures.contact(Channel.LETTER, PersonRole.DEBTOR, null, 0, permittedNotice, NOON_NY);
    }

    @ParameterizedTest
    @CsvSource({
            "US_REGF, DISPUTED, US_REGF.DISPUTE_PENDING",
            "US_REGF, PAUSED, US_REGF.PAUSED",
            "US_REGF, CLOSED, US_REGF.CASE_CLOSED",
            "US_REGF, DECEASED, US_REGF.DECEASED",
            "US_REGF, BANKRUPTCY, US_REGF.BANKRUPTCY",
            "CN, DISPUTED, CN.DISPUTE_PENDING",
            "UK_CONC, PAUSED, UK_CONC.PAUSED",
            "UK_CONC, CLOSED, UK_CONC.CASE_CLOSED",
    })
    void restrictionsBlockEveryContactForGood(String packId, Restriction restriction, String ruleId) {
        ContactSituation situation = situation(NEW_YORK).restricted(restriction).build();

        for (ProposedContact contact : new ProposedContact[] { call(NOON_NY), letter(true) }) {
            Decision decision = ComplianceEngine.decide(RulePacks.byId(packId), contact, situation);
            assertThat(decision.allowed()).isFalse();
            assertThat(decision.nextPermittedAt()).isNull();
            assertThat(decision.violations()).extracting(Violation::ruleId).containsExactly(ruleId);
        }
    }

    @Test
    void ceaseCommunicationBlocksAllButAPermittedNotice() {
        ContactSituation situation = situation(NEW_YORK).restricted(Restriction.CEASE_COMMUNICATION).build();

        Decision call = ComplianceEngine.decide(RulePacks.US_REGF, call(NOON_NY), situation);
        assertThat(call.violations()).extracting(Violation::ruleId).containsExactly("US_REGF.CEASE_COMMUNICATION");
        assertThat(call.nextPermittedAt()).isNull();
        assertThat(ComplianceEngine.decide(RulePacks.US_REGF, letter(false), situation).allowed()).isFalse();
        assertThat(ComplianceEngine.decide(RulePacks.US_REGF, letter(true), situation).allowed()).isTrue();
    }

    @Test
    void aPermittedNoticeStillKeepsToTheHours() {
        ContactSituation situation = situation(NEW_YORK).restricted(Restriction.CEASE_COMMUNICATION).build();
        ProposedContact nightEmail = Fixtures.contact(Channel.EMAIL, PersonRole.DEBTOR, "d@example.com", 0, true,
                local("2026-06-10T22:00", NEW_YORK));

        Decision decision = ComplianceEngine.decide(RulePacks.US_REGF, nightEmail, situation);

        assertThat(decision.violations()).extracting(Violation::ruleId).containsExactly("US_REGF.CONTACT_HOURS");
        assertThat(decision.nextPermittedAt()).isEqualTo(local("2026-06-11T08:00", NEW_YORK));
    }

    @Test
    void everyRestrictionIsReportedTogetherWithTimeRules() {
        ContactSituation situation = situation(NEW_YORK).restricted(Restriction.DISPUTED)
                .restricted(Restriction.BANKRUPTCY).build();

        Decision decision = ComplianceEngine.decide(RulePacks.US_REGF, call(local("2026-06-10T22:00", NEW_YORK)),
                situation);

        assertThat(decision.violations()).extracting(Violation::ruleId).containsExactlyInAnyOrder(
                "US_REGF.DISPUTE_PENDING", "US_REGF.BANKRUPTCY", "US_REGF.CONTACT_HOURS");
        assertThat(decision.nextPermittedAt()).isNull();
    }

    @Test
    void aChannelOptOutBlocksThatChannelOnly() {
        ContactSituation situation = situation(LONDON).optedOut(Channel.SMS).build();
        Instant noon = local("2026-06-10T12:00", LONDON);
        ProposedContact sms = Fixtures.contact(Channel.SMS, PersonRole.DEBTOR, PHONE, 0, false, noon);

        Decision decision = ComplianceEngine.decide(RulePacks.UK_CONC, sms, situation);
        assertThat(decision.violations()).extracting(Violation::ruleId).containsExactly("UK_CONC.OPT_OUT");
        assertThat(decision.nextPermittedAt()).isNull();
        assertThat(ComplianceEngine.decide(RulePacks.UK_CONC, call(noon), situation).allowed()).isTrue();
    }

    @Test
    void anOptedOutNumberIsBlockedWhileAnotherNumberIsNot() {
        Instant noon = local("2026-06-10T12:00", LONDON);

        Decision optedOut = ComplianceEngine.decide(RulePacks.UK_CONC, call(noon),
                situation(LONDON).contactPoint(ContactPointStatus.OPTED_OUT).build());
        assertThat(optedOut.violations()).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("UK_CONC.OPT_OUT");
            assertThat(v.reason()).contains(PHONE);
        });
        assertThat(optedOut.nextPermittedAt()).isNull();
        ProposedContact otherNumber = Fixtures.contact(Channel.CALL, PersonRole.DEBTOR, Fixtures.OTHER_PHONE, 1,
                false, noon);
        assertThat(ComplianceEngine.decide(RulePacks.UK_CONC, otherNumber,
                situation(LONDON).contactPoint(ContactPointStatus.VALID).build()).allowed()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(names = { "US_REGF", "CN", "UK_CONC" })
    void anInvalidContactPointIsNeverUsed(PackId packId) {
        Decision decision = ComplianceEngine.decide(RulePacks.byId(packId.name()), call(NOON_NY),
                situation(NEW_YORK).contactPoint(ContactPointStatus.INVALID).build());

        assertThat(decision.violations()).extracting(Violation::ruleId)
                .containsExactly(packId.name() + ".INVALID_CONTACT_POINT");
        assertThat(decision.nextPermittedAt()).isNull();
    }

    enum PackId {
        US_REGF, CN, UK_CONC
    }
}
