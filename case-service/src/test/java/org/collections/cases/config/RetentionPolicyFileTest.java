package org.collections.cases.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.collections.cases.domain.RetentionPolicies;
import org.collections.cases.domain.RetentionPolicy;
import org.junit.jupiter.api.Test;

class RetentionPolicyFileTest {

    private static final String ENTRY = """
              - jurisdiction: US
                effectiveFrom: "2021-11-30"
                records: {keep: P3Y, source: "12 CFR 1006.100(a)"}
                contactLogs: {keep: P3Y, source: "12 CFR 1006.100(b)"}
            """;

    @Test
    void theShippedPoliciesKeepUsRecordsThreeYearsAndChineseLogsTwo() {
        RetentionPolicies policies = RetentionPolicyFile.read(RetentionConfig.BUILT_IN,
                getClass().getClassLoader().getResourceAsStream(RetentionConfig.BUILT_IN));
        RetentionPolicy us = policies.inForce("US", LocalDate.of(2026, 12, 3)).orElseThrow();
        assertThat(us.records()).isEqualTo(Period.ofYears(3));
        assertThat(us.recordsSource()).contains("1006.100");
        RetentionPolicy cn = policies.inForce("CN", LocalDate.of(2026, 12, 3)).orElseThrow();
        assertThat(cn.contactLogs()).isEqualTo(Period.ofYears(2));
        assertThat(policies.inForce("DE", LocalDate.of(2026, 12, 3))).isEmpty();
        assertThat(policies.inForce("CN", LocalDate.of(2025, 12, 31))).as("before its effective date").isEmpty();
    }

    @Test
    void theLongerPeriodDecidesAndALaterVersionReplacesTheEarlierFromItsDate() {
        RetentionPolicies policies = read("policies:\n" + ENTRY + """
              - jurisdiction: US
                effectiveFrom: "2027-01-01"
                records: {keep: P3Y, source: "a"}
                contactLogs: {keep: P5Y, source: "b"}
            """);
        RetentionPolicy old = policies.inForce("US", LocalDate.of(2026, 12, 31)).orElseThrow();
        RetentionPolicy later = policies.inForce("US", LocalDate.of(2027, 1, 1)).orElseThrow();
        assertThat(old.version()).isEqualTo("US@2021-11-30");
        assertThat(later.keep()).isEqualTo(Period.ofYears(5));
        assertThat(later.erasableFrom(Instant.parse("2027-03-01T10:00:00Z"))).isEqualTo(Instant.parse("2032-03-01T10:00:00Z"));
    }

    @Test
    void aWrongDocumentStopsTheServiceNamingTheField() {
        assertThatThrownBy(() -> read("policies:\n" + ENTRY.replace("source: \"12 CFR 1006.100(b)\"", "source: \"\"")))
                .hasMessageContaining("policies[0].contactLogs.source is required");
        assertThatThrownBy(() -> read("policies:\n" + ENTRY.replace("keep: P3Y, source: \"12 CFR 1006.100(a)\"",
                "keep: P0D, source: \"x\""))).hasMessageContaining("policies[0].records.keep must be a positive");
        assertThatThrownBy(() -> read("policies:\n" + ENTRY.replace("keep: P3Y, source: \"12 CFR 1006.100(a)\"",
                "keep: three years, source: \"x\""))).hasMessageContaining("records.keep");
        assertThatThrownBy(() -> read("policies:\n" + ENTRY.replace("US", "USA"))).hasMessageContaining("jurisdiction");
        assertThatThrownBy(() -> read("policies:\n" + ENTRY + ENTRY)).hasMessageContaining("same effectiveFrom");
        assertThatThrownBy(() -> read("policies: []")).hasMessageContaining("non-empty");
        assertThatThrownBy(() -> read("policies: [")).hasMessageContaining("not a readable YAML");
    }

    private static RetentionPolicies read(String yaml) {
        return RetentionPolicyFile.read("test.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }
}
