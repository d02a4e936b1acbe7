package org.collections.cases.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.collections.commons.http.CursorPage;
import org.collections.commons.http.Cursors;
import java.util.Map;
import org.collections.cases.domain.Agency;
import org.collections.cases.repository.AgencyRepository;
import org.collections.commons.audit.AuditLog;
import org.collections.commons.problem.ProblemException;
import org.collections.commons.rules.RuleViolation;

/** The registry of partner agencies: registered and suspended by an admin, every change audited. */
@ApplicationScoped
public class AgencyService {

    @Inject
    AgencyRepository agencies;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @WithTransaction
    public Uni<Agency> register(String id, String name, Agency.Status status, String reason, String actor) {
        return agencies.findById(id).chain(existing -> {
            if (existing != null) {
                throw ProblemException.conflict("agency-exists", "Agency " + id + " is registered already");
            }
            Agency a = new Agency();
            a.id = id;
            a.name = name.strip();
            a.status = status == null ? Agency.Status.ACTIVE : status;
            a.createdAt = clock.instant();
            a.createdBy = actor;
            a.updatedAt = a.createdAt;
            return agencies.persist(a).call(() -> agencies.flush())
                    .call(() -> audit.record(actor, "AGENCY_REGISTERED", "agency", id, reason, null,
                            Map.of("name", a.name, "status", a.status)));
        });
    }

    @WithTransaction
    public Uni<Agency> changeStatus(String id, Agency.Status status, String reason, String actor) {
        return get(id).chain(a -> {
            Agency.Status before = a.status;
            a.status = status;
            a.updatedAt = clock.instant();
            return agencies.flush().chain(() -> audit.record(actor, "AGENCY_STATUS_CHANGED", "agency", id, reason,
                    Map.of("status", before), Map.of("status", status))).replaceWith(a);
        });
    }

    /** A page of the registry by id, after {@code afterId} (from the start when null). */
    @WithSession
    public Uni<CursorPage<Agency>> list(String afterId, int limit) {
        return agencies.after(afterId, limit + 1).map(found -> CursorPage.of(found, limit, a -> Cursors.encode(a.id)));
    }

    @WithSession
    public Uni<Agency> find(String id) {
        return get(id);
    }

    Uni<Agency> get(String id) {
        return agencies.findById(id).map(a -> {
            if (a == null) {
                throw ProblemException.notFound("Agency", id);
            }
            return a;
        });
    }

    /** The agency a case may be placed with now: registered and ACTIVE, otherwise a 422 on agencyId. */
    Uni<Agency> placeable(String id) {
        return agencies.findById(id).map(a -> {
            if (a == null) {
                throw new RuleViolation("agencyId", "no agency " + id + " is registered; an admin "
                        + "registers agencies with POST /api/v1/agencies");
            }
            if (a.status != Agency.Status.ACTIVE) {
                throw new RuleViolation("agencyId", "agency " + id + " is " + a.status
                        + " and receives no placements");
            }
            return a;
        });
    }
}
