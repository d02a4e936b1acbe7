package org.collections.contact.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Map;

import org.collections.commons.rules.RuleViolation;
import org.junit.jupiter.api.Test;

class CreditorOverridesTest {

    private static final RuleOverride UNTIL_EIGHT = RuleOverride.none().withHours(null, LocalTime.of(20, 0));
    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    @Test
    void aCaseGetsItsJurisdictionsPackTightenedByItsCreditorsOverrideOfThatPack() {
        CreditorOverrides overrides = CreditorOverrides.of(RulePacks.CATALOG, Map.of(
                new CreditorOverrides.Key("US_REGF", "ACME"), UNTIL_EIGHT), Map.of());

        assertThat(overrides.packFor("US", "ACME", NOW).hoursEnd()).isEqualTo(LocalTime.of(20, 0));
        assertThat(overrides.packFor("US", "GLOBEX", NOW)).isSameAs(RulePacks.US_REGF);
        assertThat(overrides.packFor("GB", "ACME", NOW)).as("ACME did not override UK_CONC").isSameAs(RulePacks.UK_CONC);
        assertThat(overrides.packFor("US", null, NOW)).isSameAs(RulePacks.US_REGF);
        assertThat(CreditorOverrides.none(RulePacks.CATALOG).packFor("CN", "ACME", NOW)).isSameAs(RulePacks.CN);
    }

    @Test
    void aCreditorsChoiceOfPackForAJurisdictionWinsAndKeepsItsOverrideOfThatPack() {
        CreditorOverrides overrides = CreditorOverrides.of(RulePacks.CATALOG,
                Map.of(new CreditorOverrides.Key("UK_CONC", "ACME"), UNTIL_EIGHT),
                Map.of(new CreditorOverrides.Choice("ACME", "us"), "UK_CONC"));

        RulePack pack = overrides.packFor("US", "ACME", NOW);
        assertThat(pack.version()).isEqualTo("UK_CONC@2021-05-04");
        assertThat(pack.hoursEnd()).isEqualTo(LocalTime.of(20, 0));
        assertThat(overrides.packFor("US", "GLOBEX", NOW).id()).as("other creditors keep the default").isEqualTo("US_REGF");
    }

    @Test
    void aStoredOverrideLaxerThanItsPackIsNeverApplied() {
        CreditorOverrides stale = CreditorOverrides.of(RulePacks.CATALOG, Map.of(new CreditorOverrides.Key("UK_CONC",
                "ACME"), RuleOverride.none().withHours(null, LocalTime.of(21, 30))), Map.of());

        assertThatThrownBy(() -> stale.packFor("UK", "ACME", NOW)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.field()).isEqualTo("hoursEnd")).hasMessageContaining("hoursEnd");
        assertThatThrownBy(() -> stale.packFor("FR", "ACME", NOW)).isInstanceOf(IllegalArgumentException.class);
    }
}
