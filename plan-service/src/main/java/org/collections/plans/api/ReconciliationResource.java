package org.collections.plans.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.collections.commons.http.CursorPage;
import org.collections.commons.http.Cursors;
import org.collections.commons.money.Money;
import org.collections.commons.problem.ProblemException;
import org.collections.commons.security.CurrentPrincipal;
import org.collections.commons.security.Roles;
import org.collections.plans.service.ReconciliationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/reconciliations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reconciliations", description = "Whether every case's payments agree between case-service and plan-service")
@SecurityRequirement(name = "SecurityScheme")
public class ReconciliationResource {

    private static final String READERS = "${collections.roles.reconciliation-readers:admin,auditor}";

    @Inject
    ReconciliationService reconciliation;

    @Inject
    CurrentPrincipal principal;

    @Inject
    ObjectMapper mapper;

    @Schema(description = "A reconciliation run: how many cases it compared and how many drift")
    public record RunView(@Schema(required = true, description = "The run") UUID id,
            @Schema(required = true, description = "NIGHTLY (the job) or ON_DEMAND") String trigger,
            @Schema(required = true, description = "Who started it") String requestedBy,
            @Schema(required = true, description = "RUNNING or DONE") String status,
            @Schema(required = true, description = "When it started") OffsetDateTime startedAt,
            @Schema(description = "When it finished") OffsetDateTime finishedAt,
            @Schema(required = true, description = "Cases compared (any payment on either side)") long casesCompared,
            @Schema(required = true, description = "Cases whose figures differ with nothing on its way to close the gap")
            long casesDrifting,
            @Schema(required = true, description = "Cases whose figures differ while a payment event is still being "
                    + "delivered to case-service: not settled yet, not drift") long casesInFlight,
            @Schema(required = true, description = "Sum of the drifting cases' differences, in their currencies' units")
            String driftAmount) {
    }

    @Schema(description = "A case whose payments differ between the services")
    public record DriftView(@Schema(required = true, description = "The case") UUID caseId,
            @Schema(required = true, description = "DRIFT or IN_FLIGHT (a delivery to case-service is on its way)")
            String state,
            @Schema(required = true, description = "ISO 4217 code") String currency,
            @Schema(required = true, description = "Payments received as case-service has applied them") String caseServiceAmount,
            @Schema(required = true, description = "Payments posted minus reversed in plan-service's ledger") String planServiceAmount,
            @Schema(required = true, description = "planServiceAmount minus caseServiceAmount") String difference,
            @Schema(required = true, description = "The payment events one side has and the other lacks: eventId, type, "
                    + "amount, side (plan-service only / case-service only) and the delivery's status to case-service "
                    + "(PENDING, DELIVERED, PARKED, SKIPPED)") List<InvolvedEvent> events) {
    }

    @Schema(description = "A payment event one service has and the other lacks")
    public record InvolvedEvent(@Schema(required = true, description = "The event's id") UUID eventId,
            @Schema(description = "PaymentPosted or PaymentReversed (absent when only case-service knows the event)") String type,
            @Schema(description = "The event's amount") String amount,
            @Schema(required = true, description = "plan-service only or case-service only") String side,
            @Schema(description = "The delivery's status to case-service (PENDING, DELIVERED, PARKED, SKIPPED)") String delivery) {
    }

    private static final com.fasterxml.jackson.core.type.TypeReference<List<InvolvedEvent>> INVOLVED =
            new com.fasterxml.jackson.core.type.TypeReference<>() {
            };

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "reconcilePayments", summary = "Reconcile payments now",
            description = "Runs what the nightly job does and answers the run's report when it is done: every case's "
                    + "payments received in case-service against plan-service's posted payments and reversals. Admin only.")
    @APIResponse(responseCode = "201", description = "The run, done",
            headers = @Header(name = "Location", description = "The run's URL", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RunView.class)))
    public Uni<Response> reconcile() {
        return reconciliation.start("ON_DEMAND", principal.name()).chain(this::find)
                .map(run -> Response.created(java.net.URI.create("/api/v1/reconciliations/" + run.id())).entity(run).build());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(READERS)
    @Operation(operationId = "getReconciliation", summary = "Get a reconciliation run",
            description = "The run's counts: cases compared, drifting and in flight. Admin and auditor.")
    public Uni<RunView> get(@PathParam("id") UUID id) {
        return find(id);
    }

    @GET
    @Path("/{id}/drifts")
    @RolesAllowed(READERS)
    @Operation(operationId = "listReconciliationDrifts", summary = "List a run's drifting cases",
            description = "Each case whose figures differ, with both figures and the events involved, in case id "
                    + "order. Admin and auditor.")
    @SuppressWarnings("unchecked")
    public Uni<CursorPage<DriftView>> drifts(@PathParam("id") UUID id,
            @Parameter(description = "DRIFT or IN_FLIGHT; both when absent") @QueryParam("state") String state,
            @Parameter(description = "Page size (default 50, at most 200)") @QueryParam("limit") Integer limit,
            @Parameter(description = "The nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        int size = Cursors.limit(limit);
        if (state != null && !List.of("DRIFT", "IN_FLIGHT").contains(state)) {
            throw ProblemException.invalidField("state", "must be DRIFT or IN_FLIGHT");
        }
        UUID after = cursor == null ? new UUID(0, 0) : cursorCase(cursor);
        return find(id).chain(run -> Panache.withSession(() -> Panache.getSession().chain(s -> s.createNativeQuery("""
                select case_id, state, currency, case_amount, plan_amount, events from reconciliation_drift
                 where run_id = :run and case_id > :after and (cast(:state as text) is null or state = :state)
                 order by case_id limit :limit
                """).setParameter("run", id).setParameter("after", after).setParameter("state", state)
                .setParameter("limit", size + 1).getResultList())))
                .map(rows -> CursorPage.of(((List<Object[]>) (List<?>) rows).stream().map(this::drift).toList(), size,
                        d -> Cursors.encode(d.caseId().toString())));
    }

    private static UUID cursorCase(String cursor) {
        try {
            return UUID.fromString(Cursors.decode(cursor, 1).get(0));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("cursor", "is not a cursor of this list");
        }
    }

    private DriftView drift(Object[] row) {
        String currency = (String) row[2];
        BigDecimal caseAmount = (BigDecimal) row[3];
        BigDecimal planAmount = (BigDecimal) row[4];
        List<InvolvedEvent> events;
        try {
            events = mapper.readValue((String) row[5], INVOLVED);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return new DriftView((UUID) row[0], (String) row[1], currency, Money.text(caseAmount, currency),
                Money.text(planAmount, currency), Money.text(planAmount.subtract(caseAmount), currency), events);
    }

    @SuppressWarnings("unchecked")
    private Uni<RunView> find(UUID id) {
        return Panache.withSession(() -> Panache.getSession().chain(s -> s.createNativeQuery("""
                select id, trigger, requested_by, status, started_at, finished_at, cases_compared, cases_drifting,
                       cases_in_flight, drift_amount
                  from reconciliation_run where id = :id
                """).setParameter("id", id).getResultList()))
                .map(rows -> {
                    if (rows.isEmpty()) {
                        throw ProblemException.notFound("Reconciliation", id);
                    }
                    Object[] r = (Object[]) rows.get(0);
                    return new RunView((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (OffsetDateTime) r[4],
                            (OffsetDateTime) r[5], ((Number) r[6]).longValue(), ((Number) r[7]).longValue(),
                            ((Number) r[8]).longValue(), ((BigDecimal) r[9]).stripTrailingZeros().toPlainString());
                });
    }
}
