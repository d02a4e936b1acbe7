package org.collections.gateway.partners;

import static org.assertj.core.api.Assertions.assertThat;

import org.collections.gateway.partners.domain.ClientSecrets;
import org.junit.jupiter.api.Test;

class ClientSecretsTest {

    @Test
    void aSecretMatchesItsOwnSaltedHashOnly() {
        String secret = ClientSecrets.newSecret();
        String hash = ClientSecrets.hash(secret);

        assertThat(hash).startsWith("pbkdf2-sha256$").doesNotContain(secret);
        assertThat(ClientSecrets.hash(secret)).isNotEqualTo(hash);
        assertThat(ClientSecrets.matches(secret, hash)).isTrue();
        assertThat(ClientSecrets.matches(secret + "x", hash)).isFalse();
        assertThat(ClientSecrets.matches(ClientSecrets.newSecret(), hash)).isFalse();
    }

    @Test
    void malformedStoredValuesMatchNothing() {
        assertThat(ClientSecrets.matches("s", null)).isFalse();
        assertThat(ClientSecrets.matches("s", "plain")).isFalse();
        assertThat(ClientSecrets.matches("s", "pbkdf2-sha256$x$y$z")).isFalse();
    }

    @Test
    void idsAndSecretsAreRandomAndFitHttpBasic() {
        assertThat(ClientSecrets.newClientId()).matches("pc-[0-9a-f]{24}").isNotEqualTo(ClientSecrets.newClientId());
        assertThat(ClientSecrets.newSecret()).matches("[A-Za-z0-9_-]{43}");
    }
}
