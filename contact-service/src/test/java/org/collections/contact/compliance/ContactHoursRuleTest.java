package org.collections.contact.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.contact.compliance.Fixtures.LONDON;
import static org.collections.contact.compliance.Fixtures.LOS_ANGELES;
import static org.collections.contact.compliance.Fixtures.NEW_YORK;
import static org.collections.contact.compliance.Fixtures.SHANGHAI;
import static org.collections.contact.compliance.Fixtures.call;
import static org.collections.contact.compliance.Fixtures.local;
import static org.collections.contact.compliance.Fixtures.situation;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContactHoursRuleTest {

    private static Decision decide(RulePack pack, Instant at, ContactSituation situation) {
        return ComplianceEngine.decide(pack, call(at), situation);
    }

    @ParameterizedTest
    @CsvSource({
            "US_REGF, America/New_York, 2026-06-10T07:59, false, 2026-06-10T08:00",
            "US_REGF, America/New_York, 2026-06-10T08:00, true, 2026-06-10T08:00",
            "US_REGF, America/New_York, 2026-06-10T20:59, true, 2026-06-10T20:59",
            "US_REGF, America/New_York, 2026-06-10T21:00, false, 2026-06-11T08:00",
            "UK_CONC, Europe/London, 2026-06-10T07:59, false, 2026-06-10T08:00",
            "UK_CONC, Europe/London, 2026-06-10T08:00, true, 2026-06-10T08:00",
            "UK_CONC, Europe/London, 2026-06-10T20:59, true, 2026-06-10T20:59",
            "UK_CONC, Europe/London, 2026-06-10T21:00, false, 2026-06-11T08:00",
            "CN, Asia/Shanghai, 2026-06-10T07:59, false, 2026-06-10T08:00",
            "CN, Asia/Shanghai, 2026-06-10T08:00, true, 2026-06-10T08:00",
            "CN, Asia/Shanghai, 2026-06-10T21:59, true, 2026-06-10T21:59",
            "CN, Asia/Shanghai, 2026-06-10T22:00, false, 2026-06-11T08:00",
    })
    void hoursEdges(String packId, String zoneId, String localTime, boolean allowed, String nextLocal) {
        ZoneId zone = ZoneId.of(zoneId);
        Decision decision = decide(RulePacks.byId(packId), local(localTime, zone), situation(zone).build());

        assertThat(decision.allowed()).isEqualTo(allowed);
        assertThat(decision.nextPermittedAt()).isEqualTo(local(nextLocal, zone));
        if (!allowed) {
            assertThat(decision.violations()).singleElement()
                    .satisfies(v -> assertThat(v.ruleId()).isEqualTo(packId + ".CONTACT_HOURS"))
                    .satisfies(v -> assertThat(v.reason()).contains("outside the permitted hours")
                            .doesNotContain("next permitted"))
                    .satisfies(v -> assertThat(decision.explanation()).endsWith("next permitted "
                            + Texts.local(local(nextLocal, zone), zone)));
        }
    }

    @ParameterizedTest
    @CsvSource({ "2026-06-10T07:59", "2026-06-10T22:00", "2026-06-10T03:00" })
    void nightConsentLiftsTheChineseHours(String localTime) {
        Decision decision = decide(RulePacks.CN, local(localTime, SHANGHAI), situation(SHANGHAI).nightConsent().build());

        assertThat(decision.allowed()).isTrue();
    }

    @Test
    void nightConsentDoesNotLiftUsHours() {
        Decision decision = decide(RulePacks.US_REGF, local("2026-06-10T22:00", NEW_YORK),
                situation(NEW_YORK).nightConsent().build());

        assertThat(decision.allowed()).isFalse();
    }

    @Test
    void springForwardDayOpensAtEightLocalWhichIsTwelveUtc() {
        // 2026-03-08: clocks go from 02:00 EST to 03:00 EDT, so 08:00 is 12:00Z (13:00Z the day before)
        assertThat(decide(RulePacks.US_REGF, Instant.parse("2026-03-07T12:59:00Z"), situation(NEW_YORK).build())
                .allowed()).isFalse();
        assertThat(decide(RulePacks.US_REGF, Instant.parse("2026-03-07T13:00:00Z"), situation(NEW_YORK).build())
                .allowed()).isTrue();
        Decision beforeOpening = decide(RulePacks.US_REGF, Instant.parse("2026-03-08T11:59:00Z"),
                situation(NEW_YORK).build());
        assertThat(beforeOpening.allowed()).isFalse();
        assertThat(beforeOpening.nextPermittedAt()).isEqualTo(Instant.parse("2026-03-08T12:00:00Z"));
        assertThat(decide(RulePacks.US_REGF, Instant.parse("2026-03-08T12:00:00Z"), situation(NEW_YORK).build())
                .allowed()).isTrue();
        // the night across the change: 21:00 EST on the 7th is 02:00Z on the 8th; next opening 12:00Z
        assertThat(decide(RulePacks.US_REGF, Instant.parse("2026-03-08T02:00:00Z"), situation(NEW_YORK).build())
                .nextPermittedAt()).isEqualTo(Instant.parse("2026-03-08T12:00:00Z"));
    }

    @Test
    void fallBackDayOpensAtEightLocalWhichIsThirteenUtc() {
        // 2026-11-01: clocks go from 02:00 EDT back to 01:00 EST, so 08:00 is 13:00Z (12:00Z the day before)
        assertThat(decide(RulePacks.US_REGF, Instant.parse("2026-10-31T12:00:00Z"), situation(NEW_YORK).build())
                .allowed()).isTrue();
        Decision atTwelve = decide(RulePacks.US_REGF, Instant.parse("2026-11-01T12:00:00Z"), situation(NEW_YORK).build());
        assertThat(atTwelve.allowed()).isFalse();
        assertThat(atTwelve.nextPermittedAt()).isEqualTo(Instant.parse("2026-11-01T13:00:00Z"));
        assertThat(decide(RulePacks.US_REGF, Instant.parse("2026-11-01T13:00:00Z"), situation(NEW_YORK).build())
                .allowed()).isTrue();
        // 21:00 EST on the 1st is 02:00Z on the 2nd
        assertThat(decide(RulePacks.US_REGF, Instant.parse("2026-11-02T01:59:00Z"), situation(NEW_YORK).build())
                .allowed()).isTrue();
        assertThat(decide(RulePacks.US_REGF, Instant.parse("2026-11-02T02:00:00Z"), situation(NEW_YORK).build())
                .allowed()).isFalse();
    }

    @Test
    void halfHourDstShiftOnLordHowe() {
        // 2026-04-05 02:00 LHDT (+11) goes back to 01:30 LHST (+10:30)
        ZoneId lordHowe = ZoneId.of("Australia/Lord_Howe");
        ContactSituation situation = situation(lordHowe).build();

        assertThat(decide(RulePacks.UK_CONC, Instant.parse("2026-04-03T21:00:00Z"), situation).allowed()).isTrue();
        Decision early = decide(RulePacks.UK_CONC, Instant.parse("2026-04-04T21:00:00Z"), situation);
        assertThat(early.allowed()).isFalse();
        assertThat(early.nextPermittedAt()).isEqualTo(Instant.parse("2026-04-04T21:30:00Z"));
    }

    @ParameterizedTest
    @CsvSource({
            "2026-06-10T10:59, false, 2026-06-10T11:00",
            "2026-06-10T11:00, true, 2026-06-10T11:00",
            "2026-06-10T20:59, true, 2026-06-10T20:59",
            "2026-06-10T21:00, false, 2026-06-11T11:00",
            "2026-06-10T23:59, false, 2026-06-11T11:00",
    })
    void uncertainLocationIsPermittedOnlyInTheIntersectionOfZones(String newYorkTime, boolean allowed,
            String nextNewYorkTime) {
        // 08:00 in Los Angeles is 11:00 in New York; 21:00 in New York closes first
        Decision decision = decide(RulePacks.US_REGF, local(newYorkTime, NEW_YORK),
                situation(NEW_YORK, LOS_ANGELES).build());

        assertThat(decision.allowed()).isEqualTo(allowed);
        assertThat(decision.nextPermittedAt()).isEqualTo(local(nextNewYorkTime, NEW_YORK));
    }

    @Test
    void zonesWhoseWindowsNeverMeetAreNeverPermitted() {
        // 09:00–12:00 in Shanghai is 01:00–04:00Z, in London (BST) 08:00–11:00Z
        RulePack narrow = RulePacks.UK_CONC.withOverride(
                RuleOverride.none().withHours(java.time.LocalTime.of(9, 0), java.time.LocalTime.of(12, 0)));
        Decision decision = decide(narrow, local("2026-06-10T12:00", LONDON), situation(SHANGHAI, LONDON).build());

        assertThat(decision.allowed()).isFalse();
        assertThat(decision.nextPermittedAt()).isNull();
    }

    @Test
    void lettersAreNotBoundToHours() {
        ProposedContact letter = Fixtures.contact(Channel.LETTER, PersonRole.DEBTOR, null, 0, false,
                local("2026-06-10T03:00", NEW_YORK));

        assertThat(ComplianceEngine.decide(RulePacks.US_REGF, letter, situation(NEW_YORK).build()).allowed()).isTrue();
    }
}
