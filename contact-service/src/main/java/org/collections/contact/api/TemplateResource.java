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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.collections.commons.http.CursorPage;
import org.collections.commons.http.Cursors;
import org.collections.commons.http.ETags;
import org.collections.commons.http.QueryParams;
import org.collections.commons.problem.ProblemException;
import org.collections.commons.security.CurrentPrincipal;
import org.collections.commons.security.Roles;
import org.collections.contact.api.TemplateRequests.NewTemplate;
import org.collections.contact.api.TemplateRequests.PreviewRequest;
import org.collections.contact.api.TemplateRequests.PreviewView;
import org.collections.contact.api.TemplateRequests.TemplateUpdate;
import org.collections.contact.api.TemplateRequests.TemplateView;
import org.collections.contact.compliance.Channel;
import org.collections.contact.service.TemplateService.TemplateKey;
import org.collections.contact.service.TemplateService;
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

@Path("/api/v1/templates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.TEMPLATES, description = ApiTags.TEMPLATES_TEXT)
@SecurityRequirement(name = "SecurityScheme")
public class TemplateResource {

    static final String NEW_TEMPLATE = """
            {"code": "FIRST_REMINDER", "channel": "SMS", "language": "en", "rulePacks": ["US_REGF"],
             "body": "Hello {{debtorName}}, {{amountDue}} was due on {{dueDate}}. {{optOutText}}"}""";
    static final String TEMPLATE = """
            {"id": "0b4f9d2e-1c1a-4e7e-9a31-5f2b8c6d7e10", "code": "FIRST_REMINDER", "channel": "SMS", "language": "en",
             "rulePacks": ["US_REGF"], "body": "Hello {{debtorName}}, {{amountDue}} was due on {{dueDate}}. {{optOutText}}",
             "variables": ["debtorName", "amountDue", "dueDate", "optOutText"], "version": 0,
             "createdAt": "2026-11-23T10:00:00Z", "createdBy": "supervisor-user",
             "updatedAt": "2026-11-23T10:00:00Z", "updatedBy": "supervisor-user"}""";
    static final String UPDATE = """
            {"rulePacks": ["US_REGF"], "body": "Hi {{debtorName}}, please pay {{amountDue}} by {{dueDate}}. {{optOutText}}"}""";
    static final String PREVIEW_SAMPLES = """
            {"channel": "SMS", "language": "zh-CN",
             "variables": {"debtorName": "李伟", "amountDue": "1015.5", "currency": "CNY", "dueDate": "2026-11-30"}}""";
    static final String PREVIEW_CASE = """
            {"channel": "SMS", "caseId": "5c1f0a8e-2b7d-4c3e-8f6a-9d0e1b2c3a4f"}""";
    static final String PREVIEW = """
            {"templateId": "6a2e8c1d-3b4f-4a5e-9c7d-8e9f0a1b2c3d", "code": "FIRST_REMINDER", "channel": "SMS",
             "language": "zh-CN", "templateVersion": 0, "body": "李伟您好，您应于2026年11月30日还款¥1,015.50。回复TD退订",
             "missingVariables": []}""";

    @Inject
    TemplateService templates;

    @Inject
    CurrentPrincipal principal;

    @POST
    @RolesAllowed(Roles.MANAGERS)
    @Operation(operationId = "createTemplate", summary = "Create a template",
            description = "Creates the text for one code, channel (SMS, EMAIL, LETTER) and language (BCP 47). "
                    + "Supervisor and admin only. Only the known variables may be used (422 otherwise); SMS and "
                    + "EMAIL templates for US_REGF must contain {{optOutText}} (422 US_REGF.OPT_OUT_TEXT); a second "
                    + "template for the same code, channel and language is a 409. Audited (TEMPLATE_CREATED).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewTemplate.class),
            examples = @ExampleObject(name = "US SMS reminder", value = NEW_TEMPLATE)))
    @APIResponse(responseCode = "201", description = "Created; ETag is its version",
            headers = @Header(name = "Location", description = "The template", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TemplateView.class),
            examples = @ExampleObject(name = "created", value = TEMPLATE)))
    @APIResponse(responseCode = "409", description = "The code already has a template for this channel and language")
    @APIResponse(responseCode = "422", description = "Unknown variable, stray braces, or content a rule pack forbids")
    public Uni<RestResponse<TemplateView>> create(@NotNull @Valid NewTemplate request) {
        return templates.create(request.toCommand(), principal.name()).map(TemplateView::of).map(v -> RestResponse.ResponseBuilder
                .create(RestResponse.Status.CREATED, v).location(URI.create("/api/v1/templates/" + v.id()))
                .header("ETag", ETags.of(v.version())).build());
    }

    @GET
    @RolesAllowed(Roles.EVERYONE)
    @Operation(operationId = "listTemplates", summary = "List templates",
            description = "Lists templates ordered by code, channel and language, in cursor pages; all filters are "
                    + "optional and combine with AND. Every role may read.")
    @APIResponse(responseCode = "200", description = "A page of templates", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PageSchemas.TemplatePage.class),
            examples = @ExampleObject(name = "one template", value = "{\"items\": [" + TEMPLATE + "], \"limit\": 50}")))
    public Uni<CursorPage<TemplateView>> list(@Parameter(example = "FIRST_REMINDER") @QueryParam("code") String code,
            @Parameter(description = "SMS, EMAIL or LETTER") @QueryParam("channel") String channel,
            @Parameter(example = "zh-CN") @QueryParam("language") String language,
            @QueryParam("limit") @Parameter(description = ListPages.LIMIT) Integer limit,
            @QueryParam("cursor") @Parameter(description = ListPages.CURSOR) String cursor) {
        Channel wanted = QueryParams.enumValue("channel", channel, Channel.class);
        int size = Cursors.limit(limit);
        List<String> after = Cursors.decode(cursor, 3);
        TemplateKey key = after == null ? null : new TemplateKey(after.get(0), channelOf(after.get(1)), after.get(2));
        return templates.list(code, wanted, language, key, size).map(fetched -> CursorPage.of(
                fetched.stream().map(TemplateView::of).toList(), size,
                v -> Cursors.encode(v.code(), v.channel().name(), v.language())));
    }

    private static Channel channelOf(String name) {
        try {
            return Channel.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("cursor",
                    "is not a cursor this API returned; start again without it");
        }
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.EVERYONE)
    @Operation(operationId = "getTemplate", summary = "Read a template",
            description = "Returns one template with the variables it uses; the ETag is its version, for If-Match on "
                    + "update. Every role may read.")
    @APIResponse(responseCode = "200", description = "The template", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TemplateView.class), examples = @ExampleObject(name = "template", value = TEMPLATE)))
    public Uni<RestResponse<TemplateView>> get(@PathParam("id") UUID id) {
        return templates.get(id).map(TemplateView::of).map(v -> ETags.tagged(v, v.version()));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.MANAGERS)
    @Operation(operationId = "updateTemplate", summary = "Change a template's text or rule packs",
            description = "Replaces a template's text, subject and rule packs; code, channel and language never "
                    + "change. Supervisor and admin only. If-Match with the template's ETag is required (428 without "
                    + "it, 412 when stale); the same checks as on create apply. Audited (TEMPLATE_UPDATED).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TemplateUpdate.class),
            examples = @ExampleObject(name = "new wording", value = UPDATE)))
    @APIResponse(responseCode = "200", description = "Updated; ETag is the new version", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TemplateView.class),
            examples = @ExampleObject(name = "updated", value = TEMPLATE)))
    @APIResponse(responseCode = "422", description = "Unknown variable, stray braces, or content a rule pack forbids")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Uni<RestResponse<TemplateView>> update(@PathParam("id") UUID id,
            @Parameter(description = "The template's ETag", example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid TemplateUpdate update) {
        return templates.update(id, ETags.expectedVersion(ifMatch), update.toCommand(), principal.name())
                .map(TemplateView::of).map(v -> ETags.tagged(v, v.version()));
    }

    @POST
    @Path("/{code}/preview")
    @RolesAllowed(Roles.EVERYONE)
    @Operation(operationId = "previewTemplate", summary = "Render a template without sending it",
            description = "Renders a template without sending it, with sample variables or with the variables of a "
                    + "case as case-service reports it (debtor name, balance and currency, the date the oldest "
                    + "unpaid amount fell due, creditor, reference). Every role may preview; with a caseId, an "
                    + "agency only for the cases placed with it. The language is the one asked for, else the "
                    + "debtor's preferred language, and the closest template language is used (zh to zh-CN, unknown "
                    + "to en); money is shown at the currency's minor unit and dates in the reader's form; variables "
                    + "without a value are listed.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PreviewRequest.class),
            examples = {@ExampleObject(name = "sample variables", value = PREVIEW_SAMPLES),
                    @ExampleObject(name = "a case's variables", value = PREVIEW_CASE)}))
    @APIResponse(responseCode = "200", description = "The rendered subject and body", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PreviewView.class),
            examples = @ExampleObject(name = "rendered", value = PREVIEW)))
    @APIResponse(responseCode = "503", description = "case-service is unavailable; Retry-After says when to retry")
    public Uni<PreviewView> preview(@PathParam("code") String code, @NotNull @Valid PreviewRequest request) {
        return templates.preview(code, request.toCommand()).map(PreviewView::of);
    }
}
