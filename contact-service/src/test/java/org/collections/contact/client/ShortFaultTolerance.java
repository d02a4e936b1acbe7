package org.collections.contact.client;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Attempts to reach case-service time out after 500 ms instead of 2 s, so timeout tests run quickly. */
public class ShortFaultTolerance implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.fault-tolerance.\"org.collections.contact.client.CaseDirectory/find\".timeout.value", "500");
    }
}
