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

/** Appends to a case's outcome history (payments, promises, plans, contacts), in the caller's transaction. */
@ApplicationScoped
public class CaseOutcomeRepository {

    /** One outcome; {@code amount} for payments, {@code channel} and {@code compliant} for contacts, else null. */
    public record NewOutcome(UUID caseId, Kind kind, BigDecimal amount, Instant at, String channel, boolean inbound,
            Boolean compliant, String agencyId, String actor, UUID eventId) {
    }

    public Uni<Void> record(NewOutcome o) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                insert into case_outcome (case_id, kind, amount, at, channel, inbound, compliant, agency_id, actor,
                                          event_id)
                values (:case, :kind, cast(:amount as numeric), :at, cast(:channel as text), :inbound,
                        cast(:compliant as boolean), cast(:agency as text), cast(:actor as text), :event)
                """).setParameter("case", o.caseId()).setParameter("kind", o.kind().name())
                .setParameter("amount", o.amount())
                .setParameter("at", OffsetDateTime.ofInstant(o.at(), ZoneOffset.UTC))
                .setParameter("channel", o.channel()).setParameter("inbound", o.inbound())
                .setParameter("compliant", o.compliant())
                .setParameter("agency", o.agencyId()).setParameter("actor", o.actor())
                .setParameter("event", o.eventId()).executeUpdate()).replaceWithVoid();
    }
}
