package org.collections.cases.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.cases.api.Views.CaseSummary;
import org.collections.cases.api.Views.CaseView;
import org.collections.cases.domain.CaseCriteria;
import org.collections.cases.domain.CasePageStart;
import org.collections.cases.domain.CaseStatus;
import org.collections.cases.service.CaseService;
import org.collections.commons.http.CursorPage;
import org.collections.commons.http.Cursors;
import org.collections.commons.http.ETags;
import org.collections.commons.http.QueryParams;
import org.collections.commons.idempotency.IdempotencyKeys;
import org.collections.commons.idempotency.IdempotentResponse;
import org.collections.commons.idempotency.ReplayAccessCheck;
import org.collections.commons.ids.Identifiers;
import org.collections.commons.input.Decimals;
import org.collections.commons.problem.ProblemException;
import org.collections.commons.security.CurrentPrincipal;
import org.collections.commons.security.Roles;
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
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "A debtor's debts with one creditor, and its lifecycle")
@SecurityRequirement(name = "SecurityScheme")
public class CaseResource {

    static final String CREATE_EXAMPLE = """
            {"creditorId": "ACME-BANK", "externalRef": "ACC-000123",
             "debtor": {"fullName": "Li Wei", "nationalId": "110101199003071234", "phones": ["+86 138 0013 8000"],
                        "emails": ["li.wei@example.org"], "timeZone": "Asia/Shanghai", "jurisdiction": "CN",
                        "preferredLanguage": "zh-CN"},
             "debts": [{"product": "CREDIT_CARD", "accountRef": "CC-4421", "principal": "1200.00", "interest": "85.50",
                        "fees": "25.00", "currency": "CNY", "oldestUnpaidDate": "2026-08-15"}]}""";

    @Inject
    CaseService service;

    @Inject
    CaseViews views;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    CurrentPrincipal principal;

    @POST
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "createCase", summary = "Open a case",
            description = "Opens a case (status NEW) for a creditor with its debts, all in one currency, and the "
                    + "debtor: an existing one by debtorId, or a new one inline (re-used when a debtor with the same "
                    + "national id exists). Admin, supervisor and collector; the creditor's reference must be new "
                    + "and a debtor has one open case per creditor (409 naming the existing case). Audited "
                    + "(CASE_CREATED) and published as CaseStatusChanged to contact-service and plan-service, and "
                    + "the debtor's phones and e-mails (encrypted in transit) as DebtorContactDetailsChanged to "
                    + "contact-service. Send an Idempotency-Key to make retries safe: the same key replays the first "
                    + "response for 24 hours, and a different request with it is a 422. Change externalRef to send "
                    + "the example again.")
    @APIResponse(responseCode = "201", description = "Created; Location names the case",
            headers = @Header(name = "Location", description = "The new case", schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", description = "The creditor already has this reference, or the debtor a case with this creditor")
    public Uni<Response> create(@Parameter(description = "Makes the request safe to retry") @HeaderParam(IdempotencyKeys.HEADER) String key,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CreateCaseRequest.class),
                    examples = @ExampleObject(name = "newDebtor", summary = "A credit-card debt of a new debtor", value = CREATE_EXAMPLE)))
            @NotNull @Valid CreateCaseRequest request) {
        return idempotency.run(key, principal.idempotencyScope(), Map.of("op", "create-case", "body", request),
                () -> service.create(Requests.newCase(request), principal.name()).map(views::full)
                        .map(view -> IdempotentResponse.created(view,
                        "/api/v1/cases/" + view.id(), ETags.of(view.version()))),
                location -> service.get(UUID.fromString(ReplayAccessCheck.lastSegment(location)), principal.name()));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.EVERYONE_AND_SERVICES)
    @Operation(operationId = "getCase", summary = "Read a case",
            description = "Returns the case with its debts and debtor, and its version as the ETag. Every role may "
                    + "read; an agency only the cases placed with it (404 otherwise), with the debtor's personal "
                    + "data masked. The platform's own services (role service, inside the cluster only) read every "
                    + "case with the debtor's personal data masked, the name included. Every unmasked read is audited "
                    + "as a read of the debtor's personal data.")
    public Uni<RestResponse<CaseView>> get(@PathParam("id") UUID id) {
        return service.get(id, principal.name()).map(views::full).map(v -> ETags.tagged(v, v.version()));
    }

    @GET
    @RolesAllowed(Roles.EVERYONE)
    @Operation(operationId = "listCases", summary = "Search cases",
            description = "Searches cases, newest first, in cursor pages; all filters are optional and combine with "
                    + "AND. Every role may search; an agency sees only the cases placed with it. Searching by "
                    + "personal data (phone, nationalId) is only for roles that see it unmasked (an agency gets 403) "
                    + "and is audited with blind indexes, never the values.")
    public Uni<CursorPage<CaseSummary>> search(
            @Parameter(description = "NEW, ACTIVE, PROMISE_TO_PAY, IN_PLAN, DISPUTED, PAUSED, LEGAL, CLOSED") @QueryParam("status") String status,
            @Parameter(description = "Delinquency bucket, e.g. 31-60 or CURRENT") @QueryParam("bucket") String bucket,
            @QueryParam("creditorId") String creditorId,
            @QueryParam("agencyId") String agencyId,
            @QueryParam("collector") String collector,
            @Parameter(description = "Minimum outstanding balance") @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, examples = "1000.00") @QueryParam("minBalance") String minBalance,
            @QueryParam("dpdMin") @Min(0) Integer dpdMin,
            @QueryParam("dpdMax") @Min(0) Integer dpdMax,
            @Parameter(description = "Exact phone number of the debtor") @QueryParam("phone") String phone,
            @Parameter(description = "Exact national id of the debtor") @QueryParam("nationalId") String nationalId,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @QueryParam("limit") Integer limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        int pageLimit = Cursors.limit(limit);
        List<String> after = Cursors.decode(cursor, 2);
        CaseCriteria criteria = new CaseCriteria(
                QueryParams.enumValue("status", status, CaseStatus.class), bucket,
                Identifiers.require("creditorId", creditorId), Identifiers.require("agencyId", agencyId), collector,
                Decimals.boundedOrNull("minBalance", minBalance), dpdMin, dpdMax, null);
        return service.search(criteria, phone, nationalId, after == null ? null : after(after), pageLimit)
                .map(page -> page.map(CaseViews::summary));
    }

    private static CasePageStart after(List<String> keys) {
        try {
            return new CasePageStart(Instant.parse(keys.get(0)), UUID.fromString(keys.get(1)));
        } catch (RuntimeException e) {
            throw ProblemException.invalidField("cursor", "is not a cursor this API returned; start again without it");
        }
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed(Roles.CASE_WORKERS)
    @Operation(operationId = "transitionCase", summary = "Change a case's status",
            description = "Moves the case to another status. Only legal moves are accepted (409 otherwise), and only "
                    + "those the caller's role may make (403): closing, legal action and leaving legal action need a "
                    + "supervisor or admin; collectors activate, pause and resume; agencies activate and pause the "
                    + "cases placed with them (404 for others); auditors change nothing. IN_PLAN and PROMISE_TO_PAY "
                    + "follow plan-service (create a plan or promise there; 409 here), disputes have their own "
                    + "endpoints. Closing needs a closeReason; pausing a pausedUntil date and a pauseType (422 "
                    + "without). Closing as PAID_IN_FULL while a balance remains is a 422 unless writeOffBalance is "
                    + "true (supervisor or admin), which records a WRITE_OFF adjustment. Audited (STATUS_CHANGED) "
                    + "and published as CaseStatusChanged, and ContactRestrictionChanged when what stops contact "
                    + "changed: contact-service cancels or allows contact, plan-service holds or resumes "
                    + "enforcement. Send If-Match with the case's ETag to guard against concurrent changes (412 when "
                    + "stale).")
    @APIResponse(responseCode = "200", description = "The case after the move",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "403", description = "The caller's role may not make this move, or write a balance off")
    @APIResponse(responseCode = "409", description = "Not a legal move; a dispute move (use the dispute endpoints); "
            + "or IN_PLAN / PROMISE_TO_PAY, which only plan-service events set")
    @APIResponse(responseCode = "422", description = "pauseType missing when pausing (or given otherwise); "
            + "PAID_IN_FULL with a balance left and no writeOffBalance; writeOffBalance when not closing")
    public Uni<RestResponse<CaseView>> transition(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Commands.Transition.class),
                    examples = @ExampleObject(name = "activate", summary = "Activate a new case", value = "{\"to\": \"ACTIVE\", \"reason\": \"Validation notice sent\"}")))
            @NotNull @Valid Commands.Transition command) {
        return service.transition(id, Requests.transition(command), ETags.expectedVersion(ifMatch), principal.name())
                .map(views::full).map(v -> ETags.tagged(v, v.version()));
    }

    @PUT
    @Path("/{id}/flags")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "updateCaseFlags", summary = "Set cease-communication, deceased and bankruptcy flags",
            description = "Sets the cease-communication, deceased and bankruptcy flags, all three at once. Admin, "
                    + "supervisor and collector. Each flag set adds its restriction; a change of restrictions is "
                    + "published as ContactRestrictionChanged, so contact-service cancels pending contacts and "
                    + "plan-service holds enforcement. Audited (FLAGS_CHANGED) with the reason; send If-Match with "
                    + "the case's ETag to guard against concurrent changes (412 when stale).")
    public Uni<RestResponse<CaseView>> flags(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid Commands.UpdateFlags command) {
        return service.updateFlags(id, Requests.flags(command), ETags.expectedVersion(ifMatch), principal.name())
                .map(views::full).map(v -> ETags.tagged(v, v.version()));
    }

    @PUT
    @Path("/{id}/assignment")
    @RolesAllowed(Roles.MANAGERS)
    @Operation(operationId = "assignCase", summary = "Assign the case to a collector (or unassign with null)",
            description = "Assigns the case to a collector by id, or unassigns it when collector is null; the "
                    + "collector id is not checked against a directory. Supervisor and admin only. Audited "
                    + "(ASSIGNED) with the reason; send If-Match with the case's ETag to guard against concurrent "
                    + "changes (412 when stale).")
    public Uni<RestResponse<CaseView>> assign(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid Commands.Assign command) {
        return service.assign(id, Requests.assign(command), ETags.expectedVersion(ifMatch), principal.name())
                .map(views::full).map(v -> ETags.tagged(v, v.version()));
    }

}
