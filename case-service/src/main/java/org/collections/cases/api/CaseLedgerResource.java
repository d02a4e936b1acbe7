package org.collections.cases.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.collections.cases.domain.CaseLedger;
import org.collections.cases.service.CaseLedgers;
import org.collections.commons.jobs.BatchRuns;
import org.collections.commons.money.Money;
import org.collections.commons.problem.ProblemException;
import org.collections.commons.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/case-ledgers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Case ledgers", description = "The money each case has applied from plan-service, for reconciliation")
@SecurityRequirement(name = "SecurityScheme")
public class CaseLedgerResource {

    static final int MAX_LIMIT = 1000;

    @Inject
    CaseLedgers ledgers;

    @Schema(description = "A payment event the case has applied")
    public record AppliedEventView(
            @Schema(description = "The event's id (absent for payments applied before event ids were kept)") UUID eventId,
            @Schema(required = true, description = "PaymentPosted or PaymentReversed") String type,
            @Schema(required = true, description = "The amount, a decimal string at the currency's scale") String amount) {
    }

    @Schema(description = "The money a case has applied from plan-service's payment events")
    public record CaseLedgerView(@Schema(required = true, description = "The case") UUID caseId,
            @Schema(required = true, description = "ISO 4217 code") String currency,
            @Schema(required = true, description = "Payments posted minus payments reversed, as the case holds it")
            String paymentsReceived,
            @Schema(required = true, description = "The payment events applied, in the order applied")
            List<AppliedEventView> events) {
    }

    @Schema(description = "A page of case ledgers in case id order")
    public record CaseLedgerPage(@Schema(required = true, description = "At most limit cases") List<CaseLedgerView> items,
            @Schema(description = "Pass as ?after= for the next page; absent on the last page") UUID nextAfter,
            @Schema(required = true, description = "The page size this page was cut to") int limit) {
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.SERVICE})
    @Operation(operationId = "listCaseLedgers", summary = "List the money cases have applied from payments",
            description = "Every case with any payment figure, in case id order: its payments received (posted minus "
                    + "reversed) and the PaymentPosted and PaymentReversed events behind it. plan-service's "
                    + "reconciliation compares them with its own ledger. Admin, auditor and services.")
    public Uni<CaseLedgerPage> list(
            @Parameter(description = "Only cases after this id (the previous page's nextAfter)",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("after") String after,
            @Parameter(description = "Page size, 1 to 1000 (default 500)") @QueryParam("limit") Integer limit) {
        int size = limit == null ? 500 : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw ProblemException.invalidField("limit", "must be between 1 and " + MAX_LIMIT);
        }
        UUID from;
        try {
            from = BatchRuns.uuidAfter(after);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("after", "must be a case id");
        }
        return ledgers.after(from, size + 1).map(rows -> {
            List<CaseLedgerView> items = rows.stream().limit(size).map(CaseLedgerResource::view).toList();
            UUID next = rows.size() > size ? items.get(size - 1).caseId() : null;
            return new CaseLedgerPage(items, next, size);
        });
    }

    private static CaseLedgerView view(CaseLedger l) {
        return new CaseLedgerView(l.caseId(), l.currency(),
                Money.text(l.paymentsReceived(), l.currency()),
                l.events().stream().map(e -> new AppliedEventView(e.eventId(),
                        "PAYMENT".equals(e.kind()) ? "PaymentPosted" : "PaymentReversed",
                        Money.text(e.amount(), l.currency()))).toList());
    }
}
