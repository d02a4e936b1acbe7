package org.collections.cases.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.collections.cases.api.Views.DisputeView;
import org.collections.cases.api.Views.History;
import org.collections.cases.api.Views.NoteView;
import org.collections.cases.api.Views.PlacementView;
import org.collections.cases.service.DisputeService;
import org.collections.cases.service.HistoryService;
import org.collections.cases.service.NoteService;
import org.collections.cases.service.PlacementService;
import org.collections.commons.http.CursorPage;
import org.collections.commons.problem.ProblemException;
import org.collections.commons.security.CurrentPrincipal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** What happens to a case: placements, disputes, notes and its history. */
@Path("/api/v1/cases/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class CaseActivityResource {

    private static final String PLACEMENTS = "Placements";
    private static final String PLACEMENTS_ABOUT = "A case placed with a partner agency, and recalled from it";
    private static final String DISPUTES = "Disputes";
    private static final String DISPUTES_ABOUT = "The debtor contests the debt: collection and contact pause until it is resolved";
    private static final String NOTES = "Notes";
    private static final String NOTES_ABOUT = "Free-text notes on a case; an agency sees only its own placement's";
    private static final String HISTORY = "History";
    private static final String HISTORY_ABOUT = "A case's append-only audit trail and delinquency history";
    private static final String LOCATION = "Location";

    @Inject
    PlacementService placements;

    @Inject
    DisputeService disputes;

    @Inject
    NoteService notes;

    @Inject
    HistoryService history;

    @Inject
    CurrentPrincipal principal;

    @POST
    @Path("/placements")
    @RolesAllowed({"admin", "supervisor"})
    @Tag(name = PLACEMENTS, description = PLACEMENTS_ABOUT)
    @Operation(operationId = "placeCase", summary = "Place the case with a partner agency",
            description = "Places the case with a partner agency, which then sees it (masked) and may work it. "
                    + "Supervisor and admin only; one active placement at a time and never on a closed case (409), "
                    + "with a registered ACTIVE agency (422 otherwise). Audited (PLACED) and published as "
                    + "CasePlaced: the agency's webhook endpoints are notified and contact-service and plan-service "
                    + "scope the agency's access.")
    @APIResponse(responseCode = "201", description = "Placed; Location names the placement",
            headers = @Header(name = LOCATION, description = "The new placement", schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlacementView.class)))
    public Uni<RestResponse<PlacementView>> place(@PathParam("id") UUID id,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Commands.Place.class),
                    examples = @ExampleObject(name = "agencyA", summary = "With a registered ACTIVE agency", value = "{\"agencyId\": \"AGENCY-A\", \"reason\": \"Accounts over 30 days past due\"}")))
            @NotNull @Valid Commands.Place command) {
        return placements.place(id, Requests.place(command), principal.name()).map(CaseViews::placement)
                .map(p -> RestResponse.ResponseBuilder
                .create(RestResponse.Status.CREATED, p)
                .location(URI.create("/api/v1/cases/" + id + "/placements/" + p.id())).build());
    }

    @POST
    @Path("/placements/{placementId}/recall")
    @RolesAllowed({"admin", "supervisor"})
    @Tag(name = PLACEMENTS, description = PLACEMENTS_ABOUT)
    @Operation(operationId = "recallPlacement", summary = "Recall the case from the agency",
            description = "Recalls the case from the agency it is placed with: the agency loses access at once. "
                    + "Supervisor and admin only; a placement already recalled is a 409. Audited (RECALLED) with the "
                    + "reason and published as CaseRecalled, which notifies the agency's webhook endpoints without "
                    + "the reason.")
    public Uni<PlacementView> recall(@PathParam("id") UUID id, @PathParam("placementId") UUID placementId,
            @NotNull @Valid Commands.Recall command) {
        return placements.recall(id, placementId, Requests.recall(command), principal.name())
                .map(CaseViews::placement);
    }

    @GET
    @Path("/placements")
    @RolesAllowed({"admin", "supervisor", "collector", "agency", "auditor"})
    @Tag(name = PLACEMENTS, description = PLACEMENTS_ABOUT)
    @Operation(operationId = "listPlacements", summary = "Placement history of the case",
            description = "Lists the case's placements, oldest first, in cursor pages. Every role may read; an agency "
                    + "sees only its own current placement, not earlier agencies or why they were recalled.")
    public Uni<CursorPage<PlacementView>> placements(@PathParam("id") UUID id,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @QueryParam("limit") Integer limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return placements.list(id).map(all -> BoundedPages.page(all.stream().map(CaseViews::placement).toList(),
                PlacementView::id, limit, cursor));
    }

    @GET
    @Path("/placements/{placementId}")
    @RolesAllowed({"admin", "supervisor", "collector", "agency", "auditor"})
    @Tag(name = PLACEMENTS, description = PLACEMENTS_ABOUT)
    @Operation(operationId = "getPlacement", summary = "One placement of the case",
            description = "Returns one placement of the case. Every role may read; an agency only its own current "
                    + "placement (404 for any other).")
    public Uni<PlacementView> placement(@PathParam("id") UUID id, @PathParam("placementId") UUID placementId) {
        return placements.list(id).map(all -> CaseViews.placement(one(all, p -> p.id, placementId, "Placement")));
    }

    @POST
    @Path("/disputes")
    @RolesAllowed({"admin", "supervisor", "collector", "agency"})
    @Tag(name = DISPUTES, description = DISPUTES_ABOUT)
    @Operation(operationId = "fileDispute", summary = "File a dispute",
            description = "Files a dispute: the case becomes DISPUTED, so collection and contact pause until it is "
                    + "resolved. Admin, supervisor, collector, and an agency on the cases placed with it; one open "
                    + "dispute at a time (409). Audited (DISPUTE_FILED, STATUS_CHANGED) and published as "
                    + "CaseStatusChanged and ContactRestrictionChanged: contact-service cancels pending contacts and "
                    + "plan-service holds enforcement.")
    @APIResponse(responseCode = "201", description = "Filed; Location names the dispute",
            headers = @Header(name = LOCATION, description = "The new dispute", schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DisputeView.class)))
    public Uni<RestResponse<DisputeView>> file(@PathParam("id") UUID id,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Commands.FileDispute.class),
                    examples = @ExampleObject(name = "stolenCard", summary = "The debtor contests the debt", value = "{\"reason\": \"Debtor says the card was stolen\"}")))
            @NotNull @Valid Commands.FileDispute command) {
        return disputes.file(id, Requests.fileDispute(command), principal.name()).map(CaseViews::dispute)
                .map(d -> RestResponse.ResponseBuilder
                .create(RestResponse.Status.CREATED, d)
                .location(URI.create("/api/v1/cases/" + id + "/disputes/" + d.id())).build());
    }

    @POST
    @Path("/disputes/{disputeId}/resolution")
    @RolesAllowed({"admin", "supervisor"})
    @Tag(name = DISPUTES, description = DISPUTES_ABOUT)
    @Operation(operationId = "resolveDispute", summary = "Resolve a dispute",
            description = "Resolves an open dispute as UPHELD or REJECTED; a DISPUTED case returns to ACTIVE. "
                    + "Supervisor and admin only; a dispute already resolved is a 409. Audited (DISPUTE_RESOLVED) "
                    + "and published as CaseStatusChanged and ContactRestrictionChanged, so contact and enforcement "
                    + "may resume.")
    @Parameters({@Parameter(name = "id", in = ParameterIn.PATH, description = "The case"), @Parameter(name = "disputeId", in = ParameterIn.PATH, description = "The dispute")})
    public Uni<DisputeView> resolve(@PathParam("id") UUID id, @PathParam("disputeId") UUID disputeId,
            @NotNull @Valid Commands.ResolveDispute command) {
        return disputes.resolve(id, disputeId, Requests.resolveDispute(command), principal.name())
                .map(CaseViews::dispute);
    }

    @GET
    @Path("/disputes")
    @RolesAllowed({"admin", "supervisor", "collector", "agency", "auditor"})
    @Tag(name = DISPUTES, description = DISPUTES_ABOUT)
    @Operation(operationId = "listDisputes", summary = "Disputes of the case",
            description = "Lists the case's disputes, oldest first, in cursor pages. Every role may read; an agency "
                    + "only on the cases placed with it.")
    public Uni<CursorPage<DisputeView>> disputes(@PathParam("id") UUID id,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @QueryParam("limit") Integer limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return disputes.list(id).map(all -> BoundedPages.page(all.stream().map(CaseViews::dispute).toList(),
                DisputeView::id, limit, cursor));
    }

    @GET
    @Path("/disputes/{disputeId}")
    @RolesAllowed({"admin", "supervisor", "collector", "agency", "auditor"})
    @Tag(name = DISPUTES, description = DISPUTES_ABOUT)
    @Operation(operationId = "getDispute", summary = "One dispute of the case",
            description = "Returns one dispute of the case, open while outcome is null. Every role may read; an "
                    + "agency only on the cases placed with it.")
    @Parameters({@Parameter(name = "id", in = ParameterIn.PATH, description = "The case"), @Parameter(name = "disputeId", in = ParameterIn.PATH, description = "The dispute")})
    public Uni<DisputeView> dispute(@PathParam("id") UUID id, @PathParam("disputeId") UUID disputeId) {
        return disputes.list(id).map(all -> CaseViews.dispute(one(all, d -> d.id, disputeId, "Dispute")));
    }

    @POST
    @Path("/notes")
    @RolesAllowed({"admin", "supervisor", "collector", "agency"})
    @Tag(name = NOTES, description = NOTES_ABOUT)
    @Operation(operationId = "addCaseNote", summary = "Add a note to the case",
            description = "Adds a free-text note, written by the caller, to the case. Admin, supervisor, collector, "
                    + "and an agency on the cases placed with it: an agency's note belongs to its current placement. "
                    + "Notes are kept as written and cannot be changed.")
    @APIResponse(responseCode = "201", description = "Added; Location names the note",
            headers = @Header(name = LOCATION, description = "The new note", schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NoteView.class)))
    public Uni<RestResponse<NoteView>> addNote(@PathParam("id") UUID id,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Commands.AddNote.class),
                    examples = @ExampleObject(name = "callBack", summary = "A collector's note", value = "{\"body\": \"Debtor asked to be called back after 18:00\"}")))
            @NotNull @Valid Commands.AddNote command) {
        return notes.add(id, Requests.addNote(command), principal.name()).map(CaseViews::note)
                .map(n -> RestResponse.ResponseBuilder
                .create(RestResponse.Status.CREATED, n)
                .location(URI.create("/api/v1/cases/" + id + "/notes/" + n.id())).build());
    }

    @GET
    @Path("/notes")
    @RolesAllowed({"admin", "supervisor", "collector", "agency", "auditor"})
    @Tag(name = NOTES, description = NOTES_ABOUT)
    @Operation(operationId = "listCaseNotes", summary = "Notes on the case",
            description = "Lists the case's notes, oldest first, in cursor pages. Every role may read; an agency sees "
                    + "only the notes written under its current placement, not lender staff's nor an earlier "
                    + "agency's.")
    public Uni<CursorPage<NoteView>> notes(@PathParam("id") UUID id,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @QueryParam("limit") Integer limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return notes.list(id).map(all -> BoundedPages.page(all.stream().map(CaseViews::note).toList(), NoteView::id,
                limit, cursor));
    }

    @GET
    @Path("/notes/{noteId}")
    @RolesAllowed({"admin", "supervisor", "collector", "agency", "auditor"})
    @Tag(name = NOTES, description = NOTES_ABOUT)
    @Operation(operationId = "getCaseNote", summary = "One note on the case",
            description = "Returns one note of the case. Every role may read; an agency only a note of its current "
                    + "placement (404 otherwise).")
    public Uni<NoteView> note(@PathParam("id") UUID id, @PathParam("noteId") UUID noteId) {
        return notes.list(id).map(all -> CaseViews.note(one(all, n -> n.id, noteId, "Note")));
    }

    @GET
    @Path("/history")
    @RolesAllowed({"admin", "supervisor", "collector", "auditor"})
    @Tag(name = HISTORY, description = HISTORY_ABOUT)
    @Operation(operationId = "getCaseHistory", summary = "Audit trail and delinquency history",
            description = "Returns the case's audit trail (every change with actor, reason and the changed fields) "
                    + "and its delinquency history, both append-only and oldest first. Admin, supervisor, collector "
                    + "and auditor; not agencies.")
    public Uni<History> history(@PathParam("id") UUID id) {
        return history.of(id).map(CaseViews::history);
    }

    private static <T> T one(List<T> all, Function<T, UUID> id, UUID wanted, String what) {
        return all.stream().filter(item -> id.apply(item).equals(wanted)).findFirst()
                .orElseThrow(() -> ProblemException.notFound(what, wanted));
    }
}
