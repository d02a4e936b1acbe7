package org.collections.cases.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import org.collections.cases.domain.RetentionPolicies;
import org.collections.cases.domain.RetentionPolicy;
import org.collections.cases.service.RetentionService;
import org.collections.commons.http.CursorPage;
import org.collections.commons.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Retention")
@SecurityRequirement(name = "SecurityScheme")
public class RetentionResource {

    @Inject
    RetentionService retention;

    @Inject
    RetentionPolicies policies;

    @Inject
    Clock clock;

    @Schema(description = "A jurisdiction's retention policy in force: how long a closed case's records are kept")
    public record RetentionPolicyView(
            @Schema(required = true, description = "ISO 3166 country code", examples = "US") String jurisdiction,
            @Schema(required = true, description = "The policy's version, <jurisdiction>@<effectiveFrom>",
                    examples = "US@2021-11-30") String version,
            @Schema(required = true, description = "Collection records kept this long after the case's last activity "
                    + "(ISO-8601 period)", examples = "P3Y") String records,
            @Schema(required = true, description = "The legal source of records") String recordsSource,
            @Schema(required = true, description = "Contact logs kept this long after the contact (ISO-8601 period)",
                    examples = "P3Y") String contactLogs,
            @Schema(required = true, description = "The legal source of contactLogs") String contactLogsSource,
            @Schema(required = true, description = "The longer of the two: a closed case's personal data is erased "
                    + "this long after its last activity", examples = "P3Y") String erasedAfter) {
    }

    @Schema(description = "What an erasure run did")
    public record ErasureRun(
            @Schema(required = true, description = "Closed cases not erased before the run, all examined") long casesExamined,
            @Schema(required = true, description = "Cases whose personal data the run erased") long casesErased) {
    }

    @GET
    @Path("/retention-policies")
    @RolesAllowed(LegalHoldResource.READERS)
    @Operation(operationId = "listRetentionPolicies", summary = "Retention policies in force",
            description = "Each jurisdiction's retention policy in force today, with the legal source of each period, "
                    + "by jurisdiction, in cursor pages. A case of a jurisdiction without a policy is never erased. "
                    + "Admin, supervisor and auditor.")
    public CursorPage<RetentionPolicyView> policies(
            @Parameter(description = "Page size, 1 to 200 (default 50)") @QueryParam("limit") Integer limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return BoundedPages.page(policies.inForce(LocalDate.now(clock)).stream().map(RetentionResource::view).toList(),
                RetentionPolicyView::jurisdiction, limit, cursor);
    }

    @POST
    @Path("/erasure-runs")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "eraseExpiredPersonalData", summary = "Erase personal data past retention now",
            description = "Does what the nightly job does and answers when done: every closed case whose retention "
                    + "period has passed since its last activity, and that no legal hold keeps, loses its personal "
                    + "data (note and dispute texts, the debtor details in its events; the debtor's identity once none "
                    + "of the debtor's cases keeps it). Amounts, statuses, history and the audit trail stay. Each "
                    + "erasure is audited (PERSONAL_DATA_ERASED, with the policy and dates, never the erased values). "
                    + "Admin only.")
    public Uni<ErasureRun> erase() {
        return retention.eraseDue().map(p -> new ErasureRun(p.processed(), p.changed()));
    }

    private static RetentionPolicyView view(RetentionPolicy p) {
        return new RetentionPolicyView(p.jurisdiction(), p.version(), p.records().toString(), p.recordsSource(),
                p.contactLogs().toString(), p.contactLogsSource(), p.keep().toString());
    }
}
