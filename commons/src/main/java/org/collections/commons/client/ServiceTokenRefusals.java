package org.collections.commons.client;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * A 401 to a call made with the service's own token: the token is forgotten (the next call fetches a new one) and the
 * answer marked, so that {@link ServiceAuthorization#refreshedOnRefusal} tries once more.
 */
public class ServiceTokenRefusals implements ClientResponseFilter {

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) {
        if (response.getStatus() != 401) {
            return;
        }
        String sent = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        // looked up, not injected: the REST client makes its providers itself
        ServiceCredentials credentials = CDI.current().select(ServiceCredentials.class).get();
        if (credentials.isOwn(sent)) {
            credentials.refused(sent);
            response.getHeaders().putSingle(ServiceAuthorization.OWN_TOKEN_REFUSED, "true");
        }
    }
}
