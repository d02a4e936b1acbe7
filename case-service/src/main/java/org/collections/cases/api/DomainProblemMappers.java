package org.collections.cases.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.collections.cases.domain.DomainRuleException;
import org.collections.cases.domain.IllegalTransitionException;
import org.collections.cases.domain.StateConflictException;
import org.collections.cases.domain.UnprocessableRuleException;
import org.collections.commons.problem.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Domain errors as problem+json: an illegal move is a 409, a broken business rule on input a 422 (validation). */
public class DomainProblemMappers {

    @ServerExceptionMapper
    public Response illegalTransition(IllegalTransitionException e, UriInfo uri) {
        return Response.status(409).type(Problem.MEDIA_TYPE).entity(new Problem(Problem.TYPE_BASE + "illegal-transition",
                "Illegal state transition", 409, e.getMessage(), uri.getPath(), null)).build();
    }

    @ServerExceptionMapper
    public Response unprocessable(UnprocessableRuleException e, UriInfo uri) {
        return Response.status(422).type(Problem.MEDIA_TYPE).entity(new Problem(Problem.TYPE_BASE + "validation",
                "Validation failed", 422, e.field() + ": " + e.getMessage(), uri.getPath(),
                List.of(new Problem.FieldError(e.field(), e.getMessage())))).build();
    }

    @ServerExceptionMapper
    public Response stateConflict(StateConflictException e, UriInfo uri) {
        return Response.status(409).type(Problem.MEDIA_TYPE).entity(new Problem(Problem.TYPE_BASE + e.typeSlug(),
                "Conflict", 409, e.getMessage(), uri.getPath(), null)).build();
    }

    @ServerExceptionMapper
    public Response ruleViolated(DomainRuleException e, UriInfo uri) {
        return Response.status(422).type(Problem.MEDIA_TYPE).entity(new Problem(Problem.TYPE_BASE + "validation",
                "Validation failed", 422, e.field() + ": " + e.getMessage(), uri.getPath(),
                List.of(new Problem.FieldError(e.field(), e.getMessage())))).build();
    }
}
