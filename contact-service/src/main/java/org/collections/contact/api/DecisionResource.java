package org.collections.contact.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.List;
import org.collections.commons.security.CurrentPrincipal;
import org.collections.commons.security.Roles;
import org.collections.contact.api.ContactRequests.DecisionView;
import org.collections.contact.api.ContactRequests.ViolationView;
import org.collections.contact.compliance.Decision;
import org.collections.contact.compliance.PersonRole;
import org.collections.contact.compliance.RulePack;
import org.collections.contact.service.ContactDecider;
import org.collections.contact.service.DecisionService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Whether a contact may happen now, or at a given time, and why. */
@Path("/api/v1/contact-decisions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class DecisionResource {

    @Inject
    DecisionService decisions;

    @Inject
    CurrentPrincipal principal;

    @Inject
    Clock clock;

    @POST
    @RolesAllowed(Roles.EVERYONE)
    @Tag(name = ApiTags.DECISIONS, description = ApiTags.DECISIONS_TEXT)
    @Operation(operationId = "decideContact", summary = "May this contact happen now, or at a given time?",
            description = "Judges whether a contact may happen now (or at a given time): ALLOW or BLOCK under the "
                    + "rule pack the case's creditor uses for the debtor's jurisdiction, in the version in force at "
                    + "that time and tightened by the creditor's override, with every violated rule, a reason a "
                    + "person can read and the next permitted time (absent when none will come, e.g. under "
                    + "cease-communication). Every role may ask; an agency only about the cases placed with it (404 "
                    + "otherwise). Every decision is kept with an id: an outbound attempt of the same caller names "
                    + "an ALLOW about the present as its decisionId until validUntil (5 minutes).")
    @APIResponse(responseCode = "200", description = "ALLOW, or BLOCK with every violated rule and the next permitted time",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecisionView.class), examples = {
                    @ExampleObject(name = "allowed", value = ApiExamples.DECISION_ALLOWED),
                    @ExampleObject(name = "blocked", value = ApiExamples.DECISION_BLOCKED)}))
    public Uni<DecisionView> decide(
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "call the debtor now", value = ApiExamples.DECISION_REQUEST)))
            @NotNull @Valid ContactRequests.DecisionRequest request) {
        ContactDecider.Question q = new ContactDecider.Question(request.caseId(), request.channel(),
                request.person() == null ? PersonRole.DEBTOR : request.person(), request.contactPointId(),
                request.collectors() == null ? 1 : request.collectors(), Boolean.TRUE.equals(request.permittedNotice()),
                request.at() == null ? clock.instant() : request.at());
        return decisions.decide(q, principal.name()).map(s -> view(s.judged().decision(), s.judged().pack(), q)
                .withReference(s.decisionId(), s.validUntil()));
    }

    static DecisionView view(Decision d, RulePack pack, ContactDecider.Question q) {
        List<ViolationView> violations = d.violations().stream().map(v -> new ViolationView(v.ruleId(), v.reason())).toList();
        return new DecisionView(d.allowed() ? "ALLOW" : "BLOCK", pack.id(), pack.version(), q.at(), violations,
                d.nextPermittedAt(), d.explanation(), null, null);
    }
}
