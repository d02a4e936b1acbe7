package org.collections.cases.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.collections.cases.domain.IllegalTransitionException;
import org.collections.cases.domain.StateConflictException;
import org.collections.commons.problem.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Domain conflicts as problem+json: an illegal move or a request that does not fit the case's state is a 409. A broken
 * business rule on input is a commons {@code RuleViolation}, rendered as a 422 by {@code ProblemMappers}.
 */
public class DomainProblemMappers {

    @ServerExceptionMapper
    public Response illegalTransition(IllegalTransitionException e, UriInfo uri) {
        return Response.status(409).type(Problem.MEDIA_TYPE).entity(new Problem(Problem.TYPE_BASE + "illegal-transition",
                "Illegal state transition", 409, e.getMessage(), uri.getPath(), null)).build();
    }

    @ServerExceptionMapper
    public Response stateConflict(StateConflictException e, UriInfo uri) {
        return Response.status(409).type(Problem.MEDIA_TYPE).entity(new Problem(Problem.TYPE_BASE + e.typeSlug(),
                "Conflict", 409, e.getMessage(), uri.getPath(), null)).build();
    }
}
