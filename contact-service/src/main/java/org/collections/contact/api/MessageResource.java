package org.collections.contact.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.collections.commons.http.CursorPage;
import org.collections.commons.idempotency.IdempotencyKeys;
import org.collections.commons.idempotency.IdempotentResponse;
import org.collections.commons.idempotency.ReplayAccessCheck;
import org.collections.commons.problem.ProblemException;
import org.collections.commons.security.CurrentPrincipal;
import org.collections.commons.security.Roles;
import org.collections.contact.api.MessageRequests.MessageView;
import org.collections.contact.api.MessageRequests.NewMessage;
import org.collections.contact.service.MessageService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/messages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.MESSAGES, description = ApiTags.MESSAGES_TEXT)
@SecurityRequirement(name = "SecurityScheme")
public class MessageResource {

    static final String NEW_MESSAGE = """
            {"caseId": "5c1f0a8e-2b7d-4c3e-8f6a-9d0e1b2c3a4f", "templateCode": "FIRST_REMINDER", "channel": "SMS",
             "contactPointId": "3d2c1b0a-9f8e-4d7c-b6a5-0f1e2d3c4b5a", "person": "DEBTOR"}""";
    static final String MESSAGE = """
            {"id": "8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5f6e", "caseId": "5c1f0a8e-2b7d-4c3e-8f6a-9d0e1b2c3a4f",
             "channel": "SMS", "person": "DEBTOR", "contactPointId": "3d2c1b0a-9f8e-4d7c-b6a5-0f1e2d3c4b5a",
             "recipient": "+1 (312) 555-0188", "body": "Hello John Smith, $900.00 was due on September 1, 2026. Reply STOP to opt out.",
             "templateCode": "FIRST_REMINDER", "templateVersion": 0, "language": "en", "attemptId": 42,
             "sentAt": "2026-11-23T15:00:00Z", "sentBy": "collector-user"}""";

    @Inject
    MessageService messages;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    CurrentPrincipal principal;

    @POST
    @RolesAllowed(Roles.CASE_WORKERS)
    @Operation(operationId = "sendMessage", summary = "Send a templated message",
            description = "Sends a templated SMS, e-mail or letter to a contact point of the case's debtor. Admin, "
                    + "supervisor, collector, and an agency for the cases placed with it. The contact is judged "
                    + "under the case's rule pack now (409 with every blocking rule id when it is not permitted); "
                    + "the template must be fit for the person and the pack (422: a third party is never told about "
                    + "the debt, <pack>.THIRD_PARTY_DISCLOSURE; SMS and e-mail under US_REGF need a template "
                    + "declared for it with the opt-out text, US_REGF.OPT_OUT_TEXT). The message is rendered in the "
                    + "debtor's preferred language, handed to the message provider and recorded in the attempt "
                    + "ledger as DELIVERED in one transaction. Idempotency-Key is required: a retry with the same "
                    + "key returns the first response and sends nothing again.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewMessage.class),
            examples = @ExampleObject(name = "SMS to the debtor", value = NEW_MESSAGE)))
    @APIResponse(responseCode = "201", description = "Sent; Location names the case's messages",
            headers = @Header(name = "Location", description = "The case's messages",
                    schema = @Schema(type = SchemaType.STRING)), content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MessageView.class),
            examples = @ExampleObject(name = "sent", value = MESSAGE)))
    @APIResponse(responseCode = "409", description = "The contact is not permitted now; errors list the rule ids")
    @APIResponse(responseCode = "422", description = "The template may not be used for this person or rule pack, "
            + "the case lacks a variable it needs, or the Idempotency-Key was used for another request")
    @APIResponse(responseCode = "503", description = "case-service is unavailable; Retry-After says when to retry")
    public Uni<Response> send(@Parameter(description = "Required; makes the request safe to retry", required = true,
            example = "sms-5c1f0a8e-first-reminder") @HeaderParam(IdempotencyKeys.HEADER) String key,
            @NotNull @Valid NewMessage request) {
        if (key == null) {
            throw ProblemException.invalidField(IdempotencyKeys.HEADER, "is required");
        }
        return idempotency.run(key, principal.idempotencyScope(), Map.of("op", "send-message", "body", request),
                () -> messages.send(request.toCommand(), principal.name()).map(MessageView::of)
                        .map(view -> IdempotentResponse.created(view, "/api/v1/messages?caseId=" + view.caseId(), null)),
                ReplayAccessCheck.of(() -> messages.ofCase(request.caseId())));
    }

    @GET
    @RolesAllowed(Roles.EVERYONE)
    @Operation(operationId = "listMessages", summary = "Messages sent about a case",
            description = "Lists the messages sent about a case, oldest first, in cursor pages. Every role may read; "
                    + "an agency only for the cases placed with it (404 otherwise), with recipients masked.")
    @APIResponse(responseCode = "200", description = "A page of the case's messages", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PageSchemas.MessagePage.class),
            examples = @ExampleObject(name = "one message", value = "{\"items\": [" + MESSAGE + "], \"limit\": 50}")))
    public Uni<CursorPage<MessageView>> ofCase(@Parameter(required = true) @QueryParam("caseId") UUID caseId,
            @QueryParam("limit") @Parameter(description = ListPages.LIMIT) Integer limit,
            @QueryParam("cursor") @Parameter(description = ListPages.CURSOR) String cursor) {
        if (caseId == null) {
            throw ProblemException.invalidField("caseId", "is required");
        }
        ListPages.Request page = ListPages.Request.of(limit, cursor);
        return messages.ofCase(caseId)
                .map(all -> ListPages.page(all.stream().map(MessageView::of).toList(), page, v -> v.id().toString()));
    }
}
