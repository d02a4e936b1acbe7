package org.collections.plans.events;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.collections.commons.inbox.EventHandler;
import org.collections.commons.outbox.EventEnvelope;
import org.collections.plans.domain.CasePlacement;
import org.collections.plans.repository.CasePlacementRepository;

/** Keeps the local replica of case placements, so agency scoping needs no call to case-service. */
@ApplicationScoped
public class PlacementReplicaHandler implements EventHandler {

    @Inject
    CasePlacementRepository placements;

    @Override
    public boolean handles(String eventType) {
        return Set.of("CasePlaced", "CaseRecalled").contains(eventType);
    }

    @Override
    public Uni<Void> apply(EventEnvelope event) {
        UUID caseId = UUID.fromString(event.payload().path("caseId").asText());
        long version = event.payload().path("caseVersion").asLong();
        String agency = "CasePlaced".equals(event.type()) ? event.payload().path("agencyId").asText() : null;
        return placements.findById(caseId).chain(existing -> {
            if (existing == null) {
                CasePlacement p = new CasePlacement();
                p.caseId = caseId;
                p.agencyId = agency;
                p.caseVersion = version;
                return placements.persist(p).replaceWithVoid();
            }
            if (version >= existing.caseVersion) { // an older event arriving late changes nothing
                existing.agencyId = agency;
                existing.caseVersion = version;
            }
            return Uni.createFrom().voidItem();
        });
    }
}
