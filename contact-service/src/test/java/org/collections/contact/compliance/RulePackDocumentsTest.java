package org.collections.contact.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.collections.contact.config.RulePackFiles;
import org.junit.jupiter.api.Test;

class RulePackDocumentsTest {

    private static RulePackCatalog load(String directory) {
        return RulePackFiles.load(RulePackDocumentsTest.class.getClassLoader(), directory);
    }

    @Test
    void theServicesPacksNameTheirVersionAndEveryParametersLegalSource() {
        RulePackCatalog catalog = RulePacks.CATALOG;

        assertThat(catalog.packIds()).containsExactly("US_REGF", "CN", "UK_CONC");
        RulePack us = catalog.inForce("US_REGF", Instant.parse("2026-03-02T14:00:00Z"));
        assertThat(us.version()).isEqualTo("US_REGF@2021-11-30");
        assertThat(us.callCap()).isEqualTo(7);
        assertThat(us.sources()).containsKeys("hoursStart", "hoursEnd", "callCap", "callWindow", "callCoolDown",
                "validationNoticeDays", "legalHolidayCalendar", "blockingRestrictions");
        assertThat(us.sources().get("callCap")).contains("12 CFR 1006.14(b)(2)(i)(A)");
        assertThat(catalog.forJurisdiction("cn", Instant.parse("2026-06-01T00:00:00Z")).version())
                .isEqualTo("CN@2026-01-01");
        assertThat(catalog.forJurisdiction("GB", Instant.parse("2026-06-01T00:00:00Z")).version())
                .isEqualTo("UK_CONC@2021-05-04");
        for (String id : catalog.packIds()) {
            RulePack pack = catalog.versions(id).get(0);
            assertThat(pack.sources().values()).allSatisfy(source -> assertThat(source).isNotBlank());
        }
    }

    @Test
    void theUsFederalHolidaysIncludeTheObservedDays() {
        Set<LocalDate> days = RulePacks.US_REGF.legalHolidays();

        assertThat(days).contains(LocalDate.of(2026, 7, 3), LocalDate.of(2027, 12, 24), LocalDate.of(2021, 12, 31),
                LocalDate.of(2021, 6, 18), LocalDate.of(2022, 6, 20), LocalDate.of(2035, 11, 22),
                LocalDate.of(2026, 1, 19), LocalDate.of(2026, 11, 26), LocalDate.of(2026, 10, 12));
        assertThat(days).as("Juneteenth only since 2021").doesNotContain(LocalDate.of(2020, 6, 19));
        assertThat(days).doesNotContain(LocalDate.of(2026, 7, 6), LocalDate.of(2026, 12, 24));
        assertThat(days.stream().filter(d -> d.getYear() == 2026)).hasSize(12);
    }

    @Test
    void aDecisionUsesTheVersionInForceAtItsTimeAndNamesIt() {
        RulePackCatalog catalog = load("test-rule-packs/two-versions");
        ZoneId zone = ZoneId.of("UTC");
        ContactSituation situation = new ContactSituation(List.of(zone), Set.of(), ContactPointStatus.VALID, Set.of(),
                false, false, List.of());
        Instant before = Instant.parse("2026-06-30T08:30:00Z");
        Instant after = Instant.parse("2026-07-01T08:30:00Z");

        Decision old = ComplianceEngine.decide(catalog.forJurisdiction("ZZ", before), Fixtures.call(before), situation);
        Decision amended = ComplianceEngine.decide(catalog.forJurisdiction("ZZ", after), Fixtures.call(after), situation);

        assertThat(old.allowed()).isTrue();
        assertThat(old.packVersion()).isEqualTo("DEMO@2025-01-01");
        assertThat(amended.allowed()).isFalse();
        assertThat(amended.packVersion()).isEqualTo("DEMO@2026-07-01");
        assertThat(amended.explanation()).startsWith("blocked: DEMO.CONTACT_HOURS")
                .endsWith("next permitted 2026-07-01 09:00 UTC (2026-07-01T09:00Z)");
        assertThat(catalog.inForce("DEMO", Instant.parse("2024-01-01T00:00:00Z")).version())
                .as("before the first version, the first version").isEqualTo("DEMO@2025-01-01");
        assertThat(catalog.inForce("DEMO", after).hoursStart()).isEqualTo(LocalTime.of(9, 0));
        assertThat(catalog.inForce("DEMO", after).sources()).containsEntry("callCap", "Demo Act s. 2 as amended 2026");
    }

    @Test
    void aBadPackIsRejectedNamingTheFileAndTheField() {
        assertThatThrownBy(() -> load("test-rule-packs/broken")).isInstanceOf(InvalidRulePackException.class)
                .hasMessageContaining("DEMO@2025-01-01.yaml").hasMessageContaining("parameters.callCap.value");
        assertThatThrownBy(() -> load("test-rule-packs/unknown-field")).isInstanceOf(InvalidRulePackException.class)
                .hasMessageContaining("DEMO@2025-01-01.yaml").hasMessageContaining("parameters.calCap")
                .hasMessageContaining("unknown field");
        assertThatThrownBy(() -> load("test-rule-packs/duplicate-key")).isInstanceOf(InvalidRulePackException.class)
                .hasMessageContaining("DEMO@2025-01-01.yaml").hasMessageContaining("callCap");
        assertThatThrownBy(() -> load("test-rule-packs/missing")).isInstanceOf(InvalidRulePackException.class)
                .hasMessageContaining("test-rule-packs/missing/index.yaml");
    }

    @Test
    void everyParameterNeedsItsSourceAndTheFileIsNamedAfterTheVersion() {
        Map<String, Object> pack = Map.of("id", "DEMO", "effectiveFrom", "2025-01-01", "jurisdictions", List.of("ZZ"),
                "title", "Demo", "parameters", Map.of(
                        "hoursStart", Map.of("value", "08:00", "source", "s. 1"),
                        "hoursEnd", Map.of("value", "21:00")));

        assertThatThrownBy(() -> RulePackDocument.parse("DEMO@2025-01-01.yaml", pack, id -> Set.of()))
                .isInstanceOf(InvalidRulePackException.class).hasMessageContaining("parameters.hoursEnd.source");
        assertThatThrownBy(() -> RulePackDocument.parse("DEMO.yaml", pack, id -> Set.of()))
                .isInstanceOf(InvalidRulePackException.class).hasMessageContaining("DEMO@2025-01-01.yaml");
        Map<String, Object> laxHours = Map.of("id", "DEMO", "effectiveFrom", "2025-01-01", "jurisdictions",
                List.of("ZZ"), "title", "Demo", "parameters", Map.of(
                        "hoursStart", Map.of("value", "21:00", "source", "s. 1"),
                        "hoursEnd", Map.of("value", "08:00", "source", "s. 1")));
        assertThatThrownBy(() -> RulePackDocument.parse("DEMO@2025-01-01.yaml", laxHours, id -> Set.of()))
                .isInstanceOf(InvalidRulePackException.class).hasMessageContaining("parameters.hoursStart");
    }

    @Test
    void breathingSpaceBlocksContactUnderEveryPack() {
        for (RulePack pack : RulePacks.all()) {
            ContactSituation situation = new ContactSituation(List.of(ZoneId.of("UTC")),
                    Set.of(Restriction.BREATHING_SPACE), ContactPointStatus.VALID, Set.of(), false, false, List.of());
            Decision decision = ComplianceEngine.decide(pack, Fixtures.call(Instant.parse("2026-06-10T12:00:00Z")),
                    situation);

            assertThat(decision.violations()).as(pack.id()).extracting(Violation::ruleId)
                    .containsExactly(pack.id() + ".BREATHING_SPACE");
            assertThat(decision.nextPermittedAt()).isNull();
        }
        assertThat(Restriction.parse("SOMETHING_NEW")).isEmpty();
    }
}
