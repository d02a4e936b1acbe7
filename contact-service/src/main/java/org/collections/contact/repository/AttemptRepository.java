package org.collections.contact.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.collections.contact.model.Attempt;

@ApplicationScoped
public class AttemptRepository implements PanacheRepositoryBase<Attempt, Long> {

    private static final String HISTORY = AttemptHistory.ofOneDebtor("*");

    /** The debtor's attempt history the rules judge a contact by, the same as the daily plan's ({@link AttemptHistory}). */
    public Uni<List<Attempt>> forRules(UUID debtorId, Instant since) {
        return getSession().chain(session -> session.createNativeQuery(HISTORY, Attempt.class)
                .setParameter(1, debtorId).setParameter(2, since).setParameter(3, debtorId).getResultList());
    }
}
