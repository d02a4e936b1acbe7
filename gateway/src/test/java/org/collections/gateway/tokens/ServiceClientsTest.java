package org.collections.gateway.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceClientsTest {

    private static String hash(String secret) {
        return HexFormat.of().formatHex(ServiceClients.sha256(secret));
    }

    @Test
    void aServiceIsKnownByItsNameAndMatchedByTheHashOfItsSecret() {
        ServiceClients clients = ServiceClients.parse(List.of("contact-service:" + hash("s3cret"), "plan-service:" + hash("other")));

        assertThat(clients.names()).containsExactly("contact-service", "plan-service");
        assertThat(clients.matches("contact-service", "s3cret")).isTrue();
        assertThat(clients.matches("contact-service", "other")).isFalse();
        assertThat(clients.matches("plan-service", "other")).isTrue();
        assertThat(clients.matches("case-service", "s3cret")).isFalse();
        assertThat(clients.matches("contact-service", null)).isFalse();
        assertThat(clients.knows("case-service")).isFalse();
    }

    @Test
    void duringARotationBothSecretsAreAccepted() {
        ServiceClients rotating = ServiceClients.parse(List.of("contact-service:" + hash("old"),
                " contact-service:" + hash("new").toUpperCase()));

        assertThat(rotating.matches("contact-service", "old")).isTrue();
        assertThat(rotating.matches("contact-service", "new")).isTrue();
        assertThat(ServiceClients.parse(List.of("contact-service:" + hash("new"))).matches("contact-service", "old")).isFalse();
    }

    @Test
    void noEntriesMeansNoServiceClients() {
        assertThat(ServiceClients.parse(List.of()).names()).isEmpty();
        assertThat(ServiceClients.parse(List.of("")).names()).isEmpty();
    }

    @Test
    void aMalformedEntryIsNamedByItsPositionNeverByItsValue() {
        for (String bad : List.of("contact-service", "contact-service:plain-secret-value", "Contact_Service:" + hash("x"),
                ":" + hash("x"))) {
            assertThatThrownBy(() -> ServiceClients.parse(List.of("plan-service:" + hash("y"), bad)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("entry 2")
                    .hasMessageNotContaining("plain-secret-value");
        }
    }
}
