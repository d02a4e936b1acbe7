package org.collections.contact.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CreditorOverridesTest {

    private static final RuleOverride UNTIL_EIGHT = RuleOverride.none().withHours(null, LocalTime.of(20, 0));

    @Test
    void aCaseGetsItsJurisdictionsPackTightenedByItsCreditorsOverrideOfThatPack() {
        CreditorOverrides overrides = CreditorOverrides.of(Map.of(
                new CreditorOverrides.Key("US_REGF", "ACME"), UNTIL_EIGHT));

        assertThat(overrides.packFor("US", "ACME").hoursEnd()).isEqualTo(LocalTime.of(20, 0));
        assertThat(overrides.packFor("US", "GLOBEX")).isSameAs(RulePacks.US_REGF);
        assertThat(overrides.packFor("GB", "ACME")).as("ACME did not override UK_CONC").isSameAs(RulePacks.UK_CONC);
        assertThat(overrides.packFor("US", null)).isSameAs(RulePacks.US_REGF);
        assertThat(CreditorOverrides.none().packFor("CN", "ACME")).isSameAs(RulePacks.CN);
    }

    @Test
    void aStoredOverrideLaxerThanItsPackIsNeverApplied() {
        CreditorOverrides stale = CreditorOverrides.of(Map.of(new CreditorOverrides.Key("UK_CONC", "ACME"),
                RuleOverride.none().withHours(null, LocalTime.of(21, 30))));

        assertThatThrownBy(() -> stale.packFor("UK", "ACME")).isInstanceOf(InvalidRuleParameterException.class)
                .hasMessageContaining("hoursEnd");
        assertThatThrownBy(() -> stale.packFor("FR", "ACME")).isInstanceOf(IllegalArgumentException.class);
    }
}
