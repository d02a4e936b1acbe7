package org.collections.contact.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.collections.contact.compliance.Channel;
import org.junit.jupiter.api.Test;

class PlanCapacityConfigTest {

    static PlanCapacityConfig mapped(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(PlanCapacityConfig.class)
                .withSources(new PropertiesConfigSource(properties, "test", 100)).build();
        return config.getConfigMapping(PlanCapacityConfig.class);
    }

    @Test
    void channelsAndCreditorsMap() {
        PlanCapacityConfig c = mapped(Map.of("contact.plan.capacity.per-hour.CALL", "500",
                "contact.plan.capacity.creditor.\"ACME.UK\".per-hour.CALL", "120",
                "contact.plan.capacity.creditor.BETA.per-hour.SMS", "7"));
        assertThat(c.perHour()).isEqualTo(Map.of("CALL", 500));
        assertThat(c.creditor().get("ACME.UK").perHour()).isEqualTo(Map.of("CALL", 120));
        assertThat(c.creditor().get("BETA").perHour()).isEqualTo(Map.of("SMS", 7));
        assertThat(mapped(Map.of()).perHour()).isEmpty();
        assertThat(PlanCapacity.of(c).perCreditor()).isEqualTo(Map.of("ACME.UK", Map.of(Channel.CALL, 120),
                "BETA", Map.of(Channel.SMS, 7)));
    }

    @Test
    void aBadNumberOrChannelNamesTheProperty() {
        assertThatThrownBy(() -> PlanCapacity.of(mapped(Map.of("contact.plan.capacity.per-hour.CALLS", "5"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("contact.plan.capacity.per-hour.CALLS: CALLS is not a channel; one of [CALL, SMS, EMAIL, "
                        + "LETTER, VISIT]");
        assertThatThrownBy(() -> PlanCapacity.of(mapped(Map.of("contact.plan.capacity.creditor.ACME.per-hour.CALL",
                "-3")))).isInstanceOf(IllegalStateException.class)
                .hasMessage("contact.plan.capacity.creditor.\"ACME\".per-hour.CALL: contacts per UTC hour must be 0 "
                        + "or more, not -3");
    }
}
