package org.collections.commons.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final long T = NOW.getEpochSecond();
    private final TokenRules rules = new TokenRules(Duration.ofHours(24), Duration.ofSeconds(60));

    private static TokenRules.Claims claims(String sub, long iat, long exp, String role, String agency) {
        return new TokenRules.Claims(sub, iat, exp, Set.of(role), agency);
    }

    @Test
    void anOrdinaryTokenPasses() {
        assertThat(rules.violation(claims("u", T, T + 3600, "collector", null), NOW)).isEmpty();
        assertThat(rules.violation(claims("u", T + 59, T + 3600, "agency", "A"), NOW)).isEmpty();
        assertThat(rules.violation(claims("u", T - 3600, T + 82_800, "collector", null), NOW)).isEmpty();
    }

    @Test
    void eachBrokenRuleIsNamed() {
        assertThat(rules.violation(claims(" ", T, T + 60, "collector", null), NOW)).hasValueSatisfying(v -> assertThat(v).contains("subject"));
        assertThat(rules.violation(claims(null, T, T + 60, "collector", null), NOW)).isPresent();
        assertThat(rules.violation(claims("u", 0, T + 60, "collector", null), NOW)).isPresent();
        assertThat(rules.violation(claims("u", T + 3600, T + 7200, "collector", null), NOW)).hasValueSatisfying(v -> assertThat(v).contains("future"));
        assertThat(rules.violation(claims("u", T, T + 86_401, "collector", null), NOW)).hasValueSatisfying(v -> assertThat(v).contains("longer"));
        assertThat(rules.violation(claims("u", T, T + 3_153_600_000L, "collector", null), NOW)).isPresent();
        assertThat(rules.violation(claims("u", T, T + 60, "agency", null), NOW)).hasValueSatisfying(v -> assertThat(v).contains("agency_id"));
        assertThat(rules.violation(claims("u", T, T + 60, "agency", ""), NOW)).isPresent();
    }

    @Test
    void aServiceTokenHasTheServiceRoleAloneAndAServiceSubject() {
        assertThat(rules.violation(claims("service:contact-service", T, T + 900, "service", null), NOW)).isEmpty();
        assertThat(rules.violation(claims("contact-service", T, T + 900, "service", null), NOW))
                .hasValueSatisfying(v -> assertThat(v).contains("service:"));
        assertThat(rules.violation(new TokenRules.Claims("service:contact-service", T, T + 900,
                Set.of("service", "admin"), null), NOW)).hasValueSatisfying(v -> assertThat(v).contains("alone"));
        assertThat(rules.violation(new TokenRules.Claims("service:contact-service", T, T + 900,
                Set.of("service", "agency"), "A"), NOW)).isPresent();
    }
}
