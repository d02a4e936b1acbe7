package org.collections.contact.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.collections.commons.security.CurrentPrincipal;
import org.collections.contact.compliance.Violation;
import org.collections.contact.model.ContactDecision;
import org.collections.contact.repository.ContactDecisionRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Contact decisions, judged and kept with an id. An ALLOW about the present may be named by the attempt it leads
 * to for a few minutes ({@code contact.decision.validity}); after that the ledger may have changed and it is stale.
 */
@ApplicationScoped
public class DecisionService {

    @Inject
    ContactDecider decider;

    @Inject
    ContactDecisionRepository decisions;

    @Inject
    CurrentPrincipal principal;

    @Inject
    Clock clock;

    @Inject
    DecisionMetrics metrics;

    @ConfigProperty(name = "contact.decision.validity", defaultValue = "PT5M")
    Duration validity;

    /** A decision as given: the judgement, its id and until when an attempt may refer to it (null: never). */
    public record Stored(ContactDecider.Judged judged, UUID decisionId, Instant validUntil) {
    }

    /** The reads need no transaction; the decision is kept in a group commit before it is answered. */
    @WithSession
    public Uni<Stored> decide(ContactDecider.Question q, String actor) {
        Instant now = clock.instant();
        return decider.judge(q).chain(judged -> {
            ContactDecision d = new ContactDecision();
            d.id = UUID.randomUUID();
            d.caseId = judged.subject().caseId;
            d.debtorId = judged.subject().debtorId;
            d.channel = q.channel();
            d.person = q.person();
            d.contactPointId = q.contactPointId();
            d.allowed = judged.decision().allowed();
            List<String> rules = judged.decision().violations().stream().map(Violation::ruleId).distinct().toList();
            d.ruleIds = String.join(",", rules);
            d.rulePack = judged.pack().id();
            d.at = q.at();
            d.decidedAt = now;
            boolean aboutNow = !q.at().isBefore(now.minus(validity)) && !q.at().isAfter(now.plus(validity));
            d.validUntil = d.allowed && aboutNow ? now.plus(validity) : null;
            d.decidedBy = actor;
            d.agencyId = principal.agencyId().orElse(null);
            return decisions.keep(d).invoke(() -> metrics.decided(d.allowed, rules))
                    .replaceWith(() -> new Stored(judged, d.id, d.validUntil));
        });
    }
}
