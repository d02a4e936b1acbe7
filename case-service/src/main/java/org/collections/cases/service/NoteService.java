package org.collections.cases.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.collections.cases.domain.CaseNote;
import org.collections.cases.repository.CaseNoteRepository;
import org.collections.cases.repository.PlacementRepository;
import org.collections.commons.problem.ProblemException;
import org.collections.commons.security.CurrentPrincipal;

@ApplicationScoped
public class NoteService {

    @Inject
    CaseAccess access;

    @Inject
    CaseNoteRepository notes;

    @Inject
    PlacementRepository placements;

    @Inject
    CurrentPrincipal principal;

    @Inject
    Clock clock;

    @WithTransaction
    public Uni<CaseNote> add(UUID caseId, CaseCommands.AddNote command, String actor) {
        return access.load(caseId).chain(() -> currentPlacementOfAgency(caseId)).chain(placementId -> {
            CaseNote note = new CaseNote();
            note.id = UUID.randomUUID();
            note.caseId = caseId;
            note.author = actor;
            note.body = command.body();
            note.placementId = placementId;
            note.createdAt = clock.instant();
            return notes.persist(note);
        });
    }

    @WithSession
    public Uni<List<CaseNote>> list(UUID caseId) {
        return access.load(caseId).chain(() -> currentPlacementOfAgency(caseId))
                .chain(placementId -> principal.isAgency() ? notes.ofPlacement(caseId, placementId) : notes.ofCase(caseId));
    }

    /**
     * An agency sees and writes notes only under its current placement: not lender staff's internal notes, nor a
     * previous agency's. Null for staff.
     */
    private Uni<UUID> currentPlacementOfAgency(UUID caseId) {
        if (!principal.isAgency()) {
            return Uni.createFrom().nullItem();
        }
        return placements.activeOf(caseId).map(p -> {
            if (p == null) {
                throw ProblemException.notFound("Case", caseId);
            }
            return p.id;
        });
    }
}
