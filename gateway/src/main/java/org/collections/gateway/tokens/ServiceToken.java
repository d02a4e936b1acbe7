package org.collections.gateway.tokens;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;

/**
 * The gateway's own bearer token for the reads it makes of the services on nobody's behalf (who holds a case, when a
 * webhook is routed). Auditor role: reads everything, changes nothing, sees no more than an auditor would. Re-signed
 * when less than a third of its lifetime is left.
 */
@ApplicationScoped
public class ServiceToken {

    public static final String SUBJECT = "service:gateway";
    private static final Set<String> ROLES = Set.of("auditor");

    private final TokenSigner signer;
    private final Clock clock = Clock.systemUTC();
    private volatile String token;
    private volatile Instant renewAt = Instant.MIN;

    public ServiceToken(TokenSigner signer) {
        this.signer = signer;
    }

    /** The value of an {@code Authorization} header. */
    public String authorization() {
        Instant now = clock.instant();
        if (now.isAfter(renewAt)) {
            token = signer.sign(signer.claims(SUBJECT, ROLES));
            renewAt = now.plusSeconds(signer.lifetimeSeconds() * 2 / 3);
        }
        return "Bearer " + token;
    }
}
