package org.collections.gateway.webhooks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.commons.pii.FieldCipher;
import org.collections.gateway.webhooks.domain.WebhookSignatures;
import org.collections.testsupport.DevKeys;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.PostgresDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Delivery state is all in the database: this application starts on a database a previous gateway process left
 * behind (migrated, an endpoint registered, a message failed twice and leased by an attempt that never finished
 * because that process stopped) and delivers that message, signed, with its original webhook-id.
 */
@QuarkusTest
@TestProfile(RestartSurvivalTest.Profile.class)
class RestartSurvivalTest {

    static final String SECRET = WebhookSignatures.newSecret();
    static final String MESSAGE_ID = "msg_" + UUID.randomUUID();
    static final String PATH = "/restarted/hook";

    WireMockServer receiver;

    public static class Profile implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(LeftBehind.class));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("webhooks.relay.interval", "0.2s", "webhooks.relay.backoff", "5s");
        }
    }

    @Test
    void aMessageScheduledBeforeTheRestartIsDeliveredAfterIt() throws Exception {
        await().atMost(Duration.ofSeconds(20)).until(() -> !receiver.findAll(postRequestedFor(urlEqualTo(PATH))).isEmpty());
        LoggedRequest request = receiver.findAll(postRequestedFor(urlEqualTo(PATH))).get(0);
        assertThat(request.getHeader("webhook-id")).isEqualTo(MESSAGE_ID);
        WebhookFixtures.verify(SECRET, request);
        await().atMost(Duration.ofSeconds(10)).until(() -> "DELIVERED".equals(
                Jdbc.query("select status from webhook_delivery where message_id = '" + MESSAGE_ID + "'").get(0).get("status")));
        assertThat(Jdbc.query("select attempts from webhook_delivery where message_id = '" + MESSAGE_ID + "'").get(0)
                .get("attempts")).isEqualTo(3);
    }

    /** A database as a stopped gateway left it: schema migrated, one endpoint, one message due for its third attempt. */
    public static class LeftBehind implements QuarkusTestResourceLifecycleManager {

        private final PostgresDatabase database = new PostgresDatabase();
        private WireMockServer receiver;

        @Override
        public Map<String, String> start() {
            receiver = new WireMockServer(com.github.tomakehurst.wiremock.core.WireMockConfiguration.options().dynamicPort()
                    .bindAddress("127.0.0.1"));
            receiver.start();
            receiver.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)));
            Map<String, String> config = new HashMap<>(database.start());
            String url = config.get("quarkus.datasource.jdbc.url");
            String user = config.get("quarkus.datasource.username");
            String password = config.get("quarkus.datasource.password");
            Flyway.configure().dataSource(url, user, password).locations("classpath:db/commons", "classpath:db/migration")
                    .load().migrate();
            FieldCipher cipher = new FieldCipher(DevKeys.value("PII_ACTIVE_KEY_ID"), keyring(DevKeys.value("PII_KEYRING")));
            UUID endpoint = UUID.randomUUID();
            try (Connection c = DriverManager.getConnection(url, user, password)) {
                try (PreparedStatement s = c.prepareStatement("""
                        insert into webhook_endpoint (id, agency_id, url, event_types, secret, status, created_at, created_by)
                        values (?, 'AG-RESTART', ?, 'CasePlaced', ?, 'ACTIVE', now() - interval '1 hour', 'agency-user')
                        """)) {
                    s.setObject(1, endpoint);
                    s.setString(2, "http://localhost:" + receiver.port() + PATH);
                    s.setString(3, cipher.encrypt(SECRET));
                    s.executeUpdate();
                }
                try (PreparedStatement s = c.prepareStatement("""
                        insert into webhook_delivery (message_id, endpoint_id, event_type, body, status, attempts, created_at,
                                                      retry_from, next_attempt_at, lease_token, last_status, last_error)
                        values (?, ?, 'CasePlaced', '{"type":"CasePlaced","timestamp":"2026-12-01T10:00:00Z","data":{}}',
                                'PENDING', 2, now() - interval '10 minutes', now() - interval '10 minutes',
                                now() - interval '1 minute', ?, 500, 'HTTP 500')
                        """)) {
                    s.setString(1, MESSAGE_ID);
                    s.setObject(2, endpoint);
                    s.setObject(3, UUID.randomUUID());
                    s.executeUpdate();
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            return config;
        }

        @Override
        public void stop() {
            database.stop();
            if (receiver != null) {
                receiver.stop();
            }
        }

        @Override
        public void inject(TestInjector injector) {
            injector.injectIntoFields(receiver, new TestInjector.MatchesType(WireMockServer.class));
        }

        private static Map<String, byte[]> keyring(String ring) {
            Map<String, byte[]> keys = new HashMap<>();
            Arrays.stream(ring.split(",")).map(e -> e.strip().split(":", 2))
                    .forEach(kv -> keys.put(kv[0], Base64.getDecoder().decode(kv[1])));
            return keys;
        }
    }
}
