package org.collections.contact.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RulePacksTest {

    @ParameterizedTest
    @CsvSource({ "US, US_REGF", "us, US_REGF", "CN, CN", "UK, UK_CONC", "GB, UK_CONC" })
    void jurisdictionsMapToPacks(String country, String packId) {
        assertThat(RulePacks.forJurisdiction(country).id()).isEqualTo(packId);
        assertThat(RulePacks.byId(packId)).isSameAs(RulePacks.forJurisdiction(country));
    }

    @ParameterizedTest
    @ValueSource(strings = { "FR", "", "USA" })
    void unknownJurisdictionsAreRejected(String country) {
        assertThatThrownBy(() -> RulePacks.forJurisdiction(country)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(country);
        assertThatThrownBy(() -> RulePacks.forJurisdiction(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RulePacks.byId("EU")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachPackHasOnlyItsRules() {
        String[] common = { "CEASE_COMMUNICATION", "DISPUTE_PENDING", "PAUSED", "CASE_CLOSED", "DECEASED",
                "BANKRUPTCY", "BREATHING_SPACE", "OPT_OUT", "INVALID_CONTACT_POINT", "CONTACT_HOURS", "HOLIDAY" };
        assertThat(RulePacks.all()).extracting(RulePack::id).containsExactly("US_REGF", "CN", "UK_CONC");
        assertThat(RulePacks.US_REGF.ruleIds()).containsExactlyInAnyOrder(ids("US_REGF", common,
                "CALL_FREQUENCY", "CALL_COOL_DOWN", "VALIDATION_NOTICE"));
        assertThat(RulePacks.CN.ruleIds()).containsExactlyInAnyOrder(ids("CN", common, "DAILY_CONNECTED_CALLS",
                "DAILY_UNANSWERED_ATTEMPTS", "THIRD_PARTY", "VISIT_COLLECTORS"));
        assertThat(RulePacks.UK_CONC.ruleIds()).containsExactlyInAnyOrder(ids("UK_CONC", common, "STATED_TIMES"));
    }

    private static String[] ids(String pack, String[] common, String... extra) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(common), java.util.Arrays.stream(extra))
                .map(name -> pack + "." + name).toArray(String[]::new);
    }
}
