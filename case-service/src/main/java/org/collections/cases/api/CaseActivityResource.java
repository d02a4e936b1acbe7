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
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.collections.cases.api.Views.DisputeView;
import org.collections.cases.api.Views.History;
import org.collections.cases.api.Views.NoteView;
import org.collections.cases.api.Views.PlacementView;
import org.collections.cases.service.DisputeService;
import org.collections.cases.service.HistoryService;
import org.collections.cases.service.NoteService;
import org.collections.cases.service.PlacementService;
import org.collections.commons.security.CurrentPrincipal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** What happens to a case: placements, disputes, notes and its history. */
@Path("/api/v1/cases/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class CaseActivityResource {

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
    @Tag(name = "Placements")
    @Operation(summary = "Place the case with a partner agency", description = "One active placement at a time (409 otherwise).")
    public Uni<RestResponse<PlacementView>> place(@PathParam("id") UUID id, @NotNull @Valid Commands.Place command) {
        return placements.place(id, command, principal.name()).map(p -> RestResponse.ResponseBuilder
                .create(RestResponse.Status.CREATED, p)
                .location(URI.create("/api/v1/cases/" + id + "/placements/" + p.id())).build());
    }

    @POST
    @Path("/placements/{placementId}/recall")
    @RolesAllowed({"admin", "supervisor"})
    @Tag(name = "Placements")
    @Operation(summary = "Recall the case from the agency", description = "The agency loses access at once.")
    public Uni<PlacementView> recall(@PathParam("id") UUID id, @PathParam("placementId") UUID placementId,
            @NotNull @Valid Commands.Recall command) {
        return placements.recall(id, placementId, command, principal.name());
    }

    @GET
    @Path("/placements")
    @RolesAllowed({"admin", "supervisor", "collector", "agency", "auditor"})
    @Tag(name = "Placements")
    @Operation(summary = "Placement history of the case")
    public Uni<List<PlacementView>> placements(@PathParam("id") UUID id) {
        return placements.list(id);
    }

    @POST
    @Path("/disputes")
    @RolesAllowed({"admin", "supervisor", "collector", "agency"})
    @Tag(name = "Disputes")
    @Operation(summary = "File a dispute", description = "The case becomes DISPUTED: collection and contact pause until it is resolved.")
    public Uni<RestResponse<DisputeView>> file(@PathParam("id") UUID id, @NotNull @Valid Commands.FileDispute command) {
        return disputes.file(id, command, principal.name()).map(d -> RestResponse.ResponseBuilder
                .create(RestResponse.Status.CREATED, d)
                .location(URI.create("/api/v1/cases/" + id + "/disputes/" + d.id())).build());
    }

    @POST
    @Path("/disputes/{disputeId}/resolution")
    @RolesAllowed({"admin", "supervisor"})
    @Tag(name = "Disputes")
    @Operation(summary = "Resolve a dispute", description = "The case returns to ACTIVE.")
    public Uni<DisputeView> resolve(@PathParam("id") UUID id, @PathParam("disputeId") UUID disputeId,
            @NotNull @Valid Commands.ResolveDispute command) {
        return disputes.resolve(id, disputeId, command, principal.name());
    }

    @GET
    @Path("/disputes")
    @RolesAllowed({"admin", "supervisor", "collector", "agency", "auditor"})
    @Tag(name = "Disputes")
    public Uni<List<DisputeView>> disputes(@PathParam("id") UUID id) {
        return disputes.list(id);
    }

    @POST
    @Path("/notes")
    @RolesAllowed({"admin", "supervisor", "collector", "agency"})
    @Tag(name = "Notes")
    @Operation(summary = "Add a note to the case")
    public Uni<RestResponse<NoteView>> addNote(@PathParam("id") UUID id, @NotNull @Valid Commands.AddNote command) {
        return notes.add(id, command, principal.name()).map(n -> RestResponse.ResponseBuilder
                .create(RestResponse.Status.CREATED, n).build());
    }

    @GET
    @Path("/notes")
    @RolesAllowed({"admin", "supervisor", "collector", "agency", "auditor"})
    @Tag(name = "Notes")
    public Uni<List<NoteView>> notes(@PathParam("id") UUID id) {
        return notes.list(id);
    }

    @GET
    @Path("/history")
    @RolesAllowed({"admin", "supervisor", "collector", "auditor"})
    @Tag(name = "History")
    @Operation(summary = "Audit trail and delinquency history", description = "Append-only; oldest first.")
    public Uni<History> history(@PathParam("id") UUID id) {
        return history.of(id);
    }
}
