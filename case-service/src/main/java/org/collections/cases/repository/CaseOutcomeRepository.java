package org.collections.cases.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.collections.cases.scoring.CaseHistory.Kind;

/** Appends to a case's outcome history (payments, promises, plans, conversations), in the caller's transaction. */
@ApplicationScoped
public class CaseOutcomeRepository {

    public Uni<Void> record(UUID caseId, Kind kind, BigDecimal amount, Instant at, UUID eventId) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                insert into case_outcome (case_id, kind, amount, at, event_id) values (:case, :kind, cast(:amount as numeric), :at, :event)
                """).setParameter("case", caseId).setParameter("kind", kind.name())
                .setParameter("amount", amount)
                .setParameter("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .setParameter("event", eventId).executeUpdate()).replaceWithVoid();
    }
}
