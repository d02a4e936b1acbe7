package org.collections.gateway.problems;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.collections.commons.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The pages problem {@code type} URIs resolve to: {@code /problems/validation} says what a validation problem means,
 * its usual causes and what to do; {@code /problems} lists every type. Public, like the API document.
 */
@Path("/problems")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class ProblemResource {

    private static final ProblemCatalogue CATALOGUE = ProblemCatalogue.load();
    private static final CacheControl ONE_HOUR = CacheControl.valueOf("public, max-age=3600");

    @GET
    @Operation(hidden = true)
    public Response index() {
        return Response.ok(ProblemPages.index(CATALOGUE)).cacheControl(ONE_HOUR).build();
    }

    @GET
    @Path("/{slug}")
    @Operation(hidden = true)
    public Response page(@PathParam("slug") String slug) {
        return CATALOGUE.find(slug)
                .map(type -> Response.ok(ProblemPages.page(type)).cacheControl(ONE_HOUR).build())
                .orElseThrow(() -> new ProblemException(404, "not-found", "Not found",
                        "There is no problem type of this name; /problems lists them all"));
    }
}
