package org.collections.gateway.webhooks;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.collections.testsupport.PostgresDatabase;

/** Webhook tests: a hand-moved clock, a relay that ticks often, short timeouts, a receiver, case-service's placement history and a database of their own. */
public class WebhookTestProfile implements QuarkusTestProfile {

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(WebhookTestClock.class);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "webhooks.relay.interval", "0.2s",
                "webhooks.relay.request-timeout", "3s",
                "webhooks.relay.backoff", "5s,30s,2m",
                "webhooks.relay.jitter", "0.2",
                "webhooks.relay.retry-window", "24h");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(PostgresDatabase.class), new TestResourceEntry(WebhookReceiver.class),
                new TestResourceEntry(CaseServiceStub.class));
    }
}
