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
import java.util.UUID;
import org.collections.cases.api.Views.NoteView;
import org.collections.cases.service.NoteService;
import org.collections.commons.http.CursorPage;
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

/** A case's notes. */
@Path("/api/v1/cases/{id}/notes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Notes", description = "Free-text notes on a case; an agency sees only its own placement's")
@SecurityRequirement(name = "SecurityScheme")
public class NoteResource {

    private static final String LOCATION = "Location";

    @Inject
    NoteService notes;

    @Inject
    CurrentPrincipal principal;

    @POST
    @RolesAllowed(Roles.CASE_WORKERS)
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
    @RolesAllowed(Roles.EVERYONE)
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
    @Path("/{noteId}")
    @RolesAllowed(Roles.EVERYONE)
    @Operation(operationId = "getCaseNote", summary = "One note on the case",
            description = "Returns one note of the case. Every role may read; an agency only a note of its current "
                    + "placement (404 otherwise).")
    public Uni<NoteView> note(@PathParam("id") UUID id, @PathParam("noteId") UUID noteId) {
        return notes.list(id).map(all -> CaseViews.note(BoundedPages.one(all, n -> n.id, noteId, "Note")));
    }
}
