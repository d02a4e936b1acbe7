package org.collections.plans.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.collections.commons.client.ServiceAuthorization;
import org.collections.commons.client.ServiceTokenRefusals;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** case-service's case ledgers (the money each case has applied), behind {@link CaseLedgers}. */
@RegisterRestClient(configKey = "case-service")
@RegisterClientHeaders(ServiceAuthorization.class)
@RegisterProvider(ServiceTokenRefusals.class)
@Path("/api/v1/case-ledgers")
@Produces(MediaType.APPLICATION_JSON)
interface CaseLedgerClient {

    @GET
    Uni<CaseLedgerPage> page(@QueryParam("cursor") String cursor, @QueryParam("limit") int limit);
}
