package org.collections.gateway.partners.edge;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.cert.Certificate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.collections.commons.problem.Problem;
import org.collections.gateway.partners.config.PartnersConfig;
import org.collections.gateway.partners.domain.Certificates;
import org.collections.gateway.partners.domain.PartnerAccessPolicy;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Forces the agency of a client certificate on the request ({@link PartnerAccessPolicy}): a route handler on
 * {@code /api/v1/*} that runs after authentication (Quarkus's security handlers come first) and before the proxy
 * and the gateway's own resources, which are registered with later orders. Requests without a verified identity
 * pass on untouched: refusing those is authentication's job.
 */
@ApplicationScoped
public class PartnerEnforcement {

    /** Early among the application's routes; the proxy route uses a later order. */
    public static final int ORDER = -10;
    static final String CLIENT_SUBJECT_PREFIX = "client:";
    private static final Logger LOG = Logger.getLogger(PartnerEnforcement.class);

    private final PartnerDirectory directory;
    private final PartnersConfig config;

    public PartnerEnforcement(PartnerDirectory directory, PartnersConfig config) {
        this.directory = directory;
        this.config = config;
    }

    void install(@Observes Router router) {
        router.route("/api/v1/*").order(ORDER).handler(this::handle);
    }

    void handle(RoutingContext rc) {
        Uni<SecurityIdentity> deferred = rc.get(QuarkusHttpUser.DEFERRED_IDENTITY_KEY);
        if (deferred == null) {
            rc.next();
            return;
        }
        Optional<Certificate> certificate = clientCertificate(rc);
        deferred.onFailure().recoverWithNull()
                .chain(identity -> identity == null || identity.isAnonymous()
                        || !(identity.getPrincipal() instanceof JsonWebToken token)
                        ? Uni.createFrom().item(Optional.<String>empty())
                        : refusal(certificate, token))
                .subscribe().with(refusal -> {
                    if (refusal.isPresent()) {
                        LOG.debugf("Partner request refused: %s", refusal.get());
                        respond(rc, 403, "forbidden", "Forbidden", refusal.get());
                    } else {
                        rc.next();
                    }
                }, failure -> {
                    LOG.warnf("Partner lookup failed: %s", failure.toString());
                    rc.response().putHeader("Retry-After", "5");
                    respond(rc, 503, "dependency-unavailable", "Service unavailable",
                            "The gateway cannot check partner credentials now; retry later");
                });
    }

    private Uni<Optional<String>> refusal(Optional<Certificate> certificate, JsonWebToken token) {
        Uni<PartnerAccessPolicy.Certificate> resolved = certificate
                .map(c -> directory.agencyOfCertificate(Certificates.fingerprint(c))
                        .map(agency -> agency.<PartnerAccessPolicy.Certificate>map(PartnerAccessPolicy.Certificate.OfAgency::new)
                                .orElseGet(PartnerAccessPolicy.Certificate.Unregistered::new)))
                .orElseGet(() -> Uni.createFrom().item(new PartnerAccessPolicy.Certificate.None()));
        String subject = token.getSubject();
        Uni<Optional<Boolean>> clientActive = subject != null && subject.startsWith(CLIENT_SUBJECT_PREFIX)
                ? directory.clientActive(subject.substring(CLIENT_SUBJECT_PREFIX.length())).map(Optional::of)
                : Uni.createFrom().item(Optional.empty());
        Object agency = token.getClaim("agency_id");
        Set<String> groups = token.getGroups() == null ? Set.of() : token.getGroups();
        return resolved.chain(cert -> clientActive.map(active -> PartnerAccessPolicy.refusal(cert,
                new PartnerAccessPolicy.Token(groups, agency == null ? null : agency.toString(), active),
                config.requireCertificateForAgencyTokens())));
    }

    /** The verified client certificate of a TLS connection (the trust store only lets the partner CAs' through). */
    private static Optional<Certificate> clientCertificate(RoutingContext rc) {
        if (!rc.request().isSSL()) {
            return Optional.empty();
        }
        try {
            List<Certificate> chain = rc.request().connection().peerCertificates();
            return chain == null || chain.isEmpty() ? Optional.empty() : Optional.of(chain.get(0));
        } catch (SSLPeerUnverifiedException e) {
            return Optional.empty();
        }
    }

    private static void respond(RoutingContext rc, int status, String slug, String title, String detail) {
        JsonObject problem = new JsonObject().put("type", Problem.TYPE_BASE + slug).put("title", title)
                .put("status", status).put("detail", detail);
        rc.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(Buffer.buffer(problem.encode()));
    }
}
