package org.collections.contact.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.collections.commons.problem.ProblemException;
import org.collections.commons.security.CurrentPrincipal;
import org.collections.contact.api.ContactRequests.AttemptView;
import org.collections.contact.api.ContactRequests.NewAttempt;
import org.collections.contact.model.Attempt;
import org.collections.contact.compliance.AttemptPurpose;
import org.collections.contact.compliance.Channel;
import org.collections.contact.compliance.ContactPointStatus;
import org.collections.contact.compliance.Direction;
import org.collections.contact.compliance.Outcome;
import org.collections.contact.compliance.PersonRole;
import org.collections.contact.repository.AttemptRepository;

/**
 * The attempt ledger: every contact attempt, outbound or inbound, with its outcome. Append-only. An outcome
 * that says something about the contact point updates it at once (opt-out, wrong number).
 */
@ApplicationScoped
public class AttemptService {

    @Inject
    AttemptRepository attempts;

    @Inject
    ContactPointService points;

    @Inject
    ContactAccess access;

    @Inject
    CurrentPrincipal principal;

    @Inject
    Clock clock;

    @WithTransaction
    public Uni<AttemptView> record(NewAttempt request, String actor) {
        if (request.at() != null && request.at().isAfter(clock.instant())) {
            throw ProblemException.invalidField("at", "must not be in the future");
        }
        if (request.purpose() == AttemptPurpose.VALIDATION_NOTICE && !isWrittenNoticeToDebtor(request)) {
            throw ProblemException.invalidField("purpose",
                    "a validation notice is an outbound LETTER, EMAIL or SMS to the debtor");
        }
        return access.requireCase(request.caseId()).chain(c -> {
            Attempt a = new Attempt();
            a.caseId = c.caseId;
            a.debtorId = c.debtorId;
            a.channel = request.channel();
            a.direction = request.direction();
            a.person = request.person();
            a.contactPointId = request.contactPointId();
            a.at = request.at() == null ? clock.instant() : request.at();
            a.outcome = request.outcome();
            a.collector = actor;
            a.agencyId = principal.agencyId().orElse(null);
            a.purpose = request.purpose();
            Uni<Void> pointUpdated = request.contactPointId() == null ? Uni.createFrom().voidItem()
                    : points.load(request.contactPointId()).chain(p -> {
                        if (!p.debtorId.equals(c.debtorId)) {
                            throw ProblemException.invalidField("contactPointId", "belongs to another debtor");
                        }
                        if (!p.serves(request.channel())) {
                            throw ProblemException.invalidField("contactPointId", "a " + p.kind + " cannot be used for "
                                    + request.channel());
                        }
                        if (request.outcome() == Outcome.OPT_OUT) {
                            return points.setStatus(p, ContactPointStatus.OPTED_OUT, "debtor opted out during a contact", actor);
                        }
                        if (request.outcome() == Outcome.WRONG_NUMBER) {
                            return points.setStatus(p, ContactPointStatus.INVALID, "wrong number", actor);
                        }
                        return Uni.createFrom().item(p);
                    }).replaceWithVoid();
            return pointUpdated.chain(() -> attempts.persist(a)).map(AttemptService::view);
        });
    }

    @WithSession
    public Uni<List<AttemptView>> ofCase(UUID caseId) {
        return access.requireCase(caseId).chain(() -> attempts.list("caseId = ?1 order by at, id", caseId))
                .map(list -> list.stream().map(AttemptService::view).toList());
    }

    private static boolean isWrittenNoticeToDebtor(NewAttempt request) {
        return request.direction() == Direction.OUTBOUND && request.person() == PersonRole.DEBTOR
                && (request.channel() == Channel.LETTER || request.channel() == Channel.EMAIL
                        || request.channel() == Channel.SMS);
    }

    static AttemptView view(Attempt a) {
        return new AttemptView(a.id, a.caseId, a.channel, a.direction, a.person, a.contactPointId, a.at, a.outcome,
                a.collector, a.agencyId, a.purpose);
    }
}
