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
import org.collections.commons.http.CursorPage;
import org.collections.commons.http.Cursors;
import org.collections.commons.problem.ProblemException;
import org.collections.commons.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/case-ledgers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Case ledgers", description = "The money each case has applied from plan-service, for reconciliation")
@SecurityRequirement(name = "SecurityScheme")
public class CaseLedgerResource {

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
    public record CaseLedgerPage(@Schema(required = true, description = CursorPage.ITEMS) List<CaseLedgerView> items,
            @Schema(description = CursorPage.NEXT_CURSOR) String nextCursor,
            @Schema(required = true, description = CursorPage.LIMIT) int limit) {
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.SERVICE})
    @Operation(operationId = "listCaseLedgers", summary = "List the money cases have applied from payments",
            description = "Every case with any payment figure, in case id order: its payments received (posted minus "
                    + "reversed) and the PaymentPosted and PaymentReversed events behind it. plan-service's "
                    + "reconciliation compares them with its own ledger. Admin, auditor and services.")
    public Uni<CaseLedgerPage> list(
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        int size = Cursors.limit(limit);
        List<String> position = Cursors.decode(cursor, 1);
        UUID from;
        try {
            from = BatchRuns.uuidAfter(position == null ? null : position.get(0));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("cursor", "is not a cursor this API returned; start again without it");
        }
        return ledgers.after(from, size + 1).map(rows -> {
            CursorPage<CaseLedgerView> page = CursorPage.of(rows.stream().map(CaseLedgerResource::view).toList(), size,
                    last -> Cursors.encode(last.caseId().toString()));
            return new CaseLedgerPage(page.items(), page.nextCursor(), page.limit());
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
