package org.collections.cases.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.collections.cases.api.Commands;
import org.collections.cases.api.Views.NoteView;
import org.collections.cases.domain.CaseNote;
import org.collections.cases.repository.CaseNoteRepository;

@ApplicationScoped
public class NoteService {

    @Inject
    CaseAccess access;

    @Inject
    CaseNoteRepository notes;

    @Inject
    Clock clock;

    @WithTransaction
    public Uni<NoteView> add(UUID caseId, Commands.AddNote command, String actor) {
        return access.load(caseId).chain(() -> {
            CaseNote note = new CaseNote();
            note.id = UUID.randomUUID();
            note.caseId = caseId;
            note.author = actor;
            note.body = command.body();
            note.createdAt = clock.instant();
            return notes.persist(note).map(CaseViews::note);
        });
    }

    @WithSession
    public Uni<List<NoteView>> list(UUID caseId) {
        return access.load(caseId).chain(() -> notes.ofCase(caseId)).map(l -> l.stream().map(CaseViews::note).toList());
    }
}
