package org.collections.contact.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.collections.commons.client.ServiceAuthorization;
import org.collections.commons.client.ServiceTokenRefusals;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * case-service's case API, as contact-service needs it. Only {@link CaseDirectory} uses it, behind fault tolerance.
 * Each call carries the caller's {@code Authorization} when it is made for a request that has one, else the
 * service's own token ({@link ServiceAuthorization}).
 */
@RegisterRestClient(configKey = "case-service")
@RegisterClientHeaders(ServiceAuthorization.class)
@RegisterProvider(ServiceTokenRefusals.class)
@Path("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
interface CaseServiceClient {

    @GET
    @Path("/{id}")
    Uni<CaseSnapshot> get(@PathParam("id") UUID id);
}
