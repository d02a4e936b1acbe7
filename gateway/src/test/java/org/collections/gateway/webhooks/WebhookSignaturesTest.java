package org.collections.gateway.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import java.net.http.HttpHeaders;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.collections.gateway.webhooks.domain.WebhookSignatures;
import org.junit.jupiter.api.Test;

/** The gateway's signing against the Standard Webhooks reference library and the spec's published example. */
class WebhookSignaturesTest {

    @Test
    void matchesThePublishedExampleOfTheSpecification() {
        // standard-webhooks/spec and its reference libraries' tests
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        assertThat(WebhookSignatures.sign(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}"))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void theReferenceLibraryVerifiesWhatTheGatewaySignsAndRefusesATamperedBody() throws Exception {
        String secret = WebhookSignatures.newSecret();
        long now = Instant.now().getEpochSecond();
        String body = "{\"type\":\"PaymentPosted\",\"data\":{\"amount\":\"10.00\"}}";
        String signature = WebhookSignatures.header(List.of(secret), "msg_1", now, body);
        new Webhook(secret).verify(body, headers("msg_1", now, signature));
        assertThat(new Webhook(secret).sign("msg_1", now, body)).isEqualTo(signature);
        assertThatThrownBy(() -> new Webhook(secret).verify(body.replace("10.00", "99.00"), headers("msg_1", now, signature)))
                .isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void duringARotationEitherSecretVerifies() throws Exception {
        String old = WebhookSignatures.newSecret();
        String fresh = WebhookSignatures.newSecret();
        long now = Instant.now().getEpochSecond();
        String signature = WebhookSignatures.header(List.of(fresh, old), "msg_2", now, "{}");
        assertThat(signature.split(" ")).hasSize(2);
        new Webhook(fresh).verify("{}", headers("msg_2", now, signature));
        new Webhook(old).verify("{}", headers("msg_2", now, signature));
        assertThatThrownBy(() -> new Webhook(WebhookSignatures.newSecret()).verify("{}", headers("msg_2", now, signature)))
                .isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void secretsAreWhsecAnd32RandomBytes() {
        String secret = WebhookSignatures.newSecret();
        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
        assertThat(WebhookSignatures.newSecret()).isNotEqualTo(secret);
    }

    private static HttpHeaders headers(String id, long timestamp, String signature) {
        return HttpHeaders.of(Map.of("webhook-id", List.of(id), "webhook-timestamp", List.of(Long.toString(timestamp)),
                "webhook-signature", List.of(signature)), (a, b) -> true);
    }
}
