package org.collections.commons.client;

import io.quarkus.rest.client.reactive.ReactiveClientHeadersFactory;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.function.Supplier;

/**
 * The {@code Authorization} of a call to another service: the caller's, when the call is made for an incoming request
 * that carries one (the callee then applies the caller's own rights and scope), else the service's own token
 * ({@link ServiceCredentials}) — never none. A REST client uses it with
 * {@code @RegisterClientHeaders(ServiceAuthorization.class)} and {@code @RegisterProvider(ServiceTokenRefusals.class)},
 * and its façade wraps each call in {@link #refreshedOnRefusal}.
 */
@ApplicationScoped
public class ServiceAuthorization extends ReactiveClientHeadersFactory {

    /** Set by {@link ServiceTokenRefusals} on a 401 answer to the service's own token; never sent anywhere. */
    static final String OWN_TOKEN_REFUSED = "X-Collections-Own-Token-Refused";

    private final ServiceCredentials credentials;

    public ServiceAuthorization(ServiceCredentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public Uni<MultivaluedMap<String, String>> getHeaders(MultivaluedMap<String, String> incomingHeaders,
            MultivaluedMap<String, String> clientOutgoingHeaders) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        String caller = incomingHeaders == null ? null : incomingHeaders.getFirst(HttpHeaders.AUTHORIZATION);
        if (caller != null && !caller.isBlank()) {
            headers.putSingle(HttpHeaders.AUTHORIZATION, caller);
            return Uni.createFrom().item(headers);
        }
        return credentials.authorization().map(own -> {
            headers.putSingle(HttpHeaders.AUTHORIZATION, own);
            return headers;
        });
    }

    /**
     * Makes the call, and when the callee refused the service's own token (it expired early, or the callee's keys
     * changed) makes it once more with a new one. A refused caller's token is the caller's answer, never retried.
     */
    public static <T> Uni<T> refreshedOnRefusal(Supplier<Uni<? extends T>> call) {
        return Uni.createFrom().<T>deferred(call).onFailure(ServiceAuthorization::ownTokenRefused).retry().atMost(1);
    }

    static boolean ownTokenRefused(Throwable e) {
        return e instanceof WebApplicationException w && w.getResponse() != null && w.getResponse().getStatus() == 401
                && w.getResponse().getHeaderString(OWN_TOKEN_REFUSED) != null;
    }
}
