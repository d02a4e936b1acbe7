package org.collections.cases.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.cases.domain.BreathingSpace;
import org.collections.cases.domain.BreathingSpaceEntry;
import org.collections.cases.domain.BreathingSpaceEntry.Action;
import org.collections.cases.domain.BreathingSpaceTerms;
import org.collections.cases.domain.CaseStatus;
import org.collections.cases.domain.CollectionCase;
import org.collections.cases.domain.StateConflictException;
import org.collections.cases.events.CaseEvents;
import org.collections.cases.repository.CaseRepository;
import org.collections.commons.audit.AuditLog;
import org.collections.commons.problem.ProblemException;

/**
 * Breathing Space (UK Debt Respite Scheme) on a case: a restriction of its own, not a status. The case row keeps the
 * current one; every start, end of crisis, end and expiry is appended to its entries, audited and announced
 * (ContactRestrictionChanged) in the same transaction.
 */
@ApplicationScoped
public class BreathingSpaceService {

    public record Start(BreathingSpace.Type type, LocalDate startedOn, String reason) {
    }

    public record End(LocalDate endedOn, String reason) {
    }

    /** One Breathing Space as its entries tell it. */
    public record Period(UUID id, UUID caseId, BreathingSpace.Type type, LocalDate startedOn, LocalDate endsOn,
            LocalDate crisisEndedOn, LocalDate endedOn, boolean inForce, String startedBy, String startReason,
            Instant startedAt, String endedBy, String endReason, Instant endedAt) {
    }

    @Inject
    CaseRepository cases;

    @Inject
    CaseAccess access;

    @Inject
    BreathingSpaceTerms terms;

    @Inject
    AuditLog audit;

    @Inject
    CaseEvents events;

    @Inject
    Clock clock;

    @WithTransaction
    public Uni<Period> start(UUID caseId, Start command, String actor) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        return access.load(caseId).chain(c -> {
            if (c.status == CaseStatus.CLOSED) {
                throw new StateConflictException("case-closed", "Case " + caseId + " is closed");
            }
            BreathingSpace previous = c.breathingSpace();
            UUID previousId = c.breathingSpaceId;
            BreathingSpace started = terms.start(previous, command.type(),
                    command.startedOn() == null ? today : command.startedOn(), today);
            UUID id = UUID.randomUUID();
            c.setBreathingSpace(id, started);
            c.updatedAt = now;
            Uni<Void> expired = previous == null ? Uni.createFrom().voidItem()
                    : BreathingSpaceEntry.of(previousId, caseId, Action.EXPIRED, previous, previous.endsOn(), now,
                            DelinquencyService.SYSTEM_ACTOR, "ended on " + previous.endsOn()).persist().replaceWithVoid();
            return expired
                    .chain(() -> BreathingSpaceEntry.of(id, caseId, Action.STARTED, started, null, now, actor,
                            command.reason()).persist())
                    .chain(() -> cases.flush())
                    .chain(() -> audit.record(actor, "BREATHING_SPACE_STARTED", "case", caseId, command.reason(), null,
                            state(id, started)))
                    .chain(() -> events.restrictions(c, "breathing space started: " + command.reason()))
                    .chain(() -> one(caseId, id));
        });
    }

    @WithTransaction
    public Uni<Period> end(UUID caseId, End command, String actor) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        return access.load(caseId).chain(c -> {
            BreathingSpace current = c.breathingSpace();
            UUID id = c.breathingSpaceId;
            LocalDate endedOn = command.endedOn() == null ? today : command.endedOn();
            BreathingSpace ended = terms.end(current, endedOn, today);
            boolean crisis = current.type() == BreathingSpace.Type.MENTAL_HEALTH_CRISIS;
            c.setBreathingSpace(crisis ? id : null, crisis ? ended : null);
            c.updatedAt = now;
            return BreathingSpaceEntry.of(id, caseId, crisis ? Action.CRISIS_ENDED : Action.ENDED, ended, endedOn, now,
                            actor, command.reason()).persist()
                    .chain(() -> cases.flush())
                    .chain(() -> audit.record(actor, crisis ? "BREATHING_SPACE_CRISIS_ENDED" : "BREATHING_SPACE_ENDED",
                            "case", caseId, command.reason(), state(id, current), state(id, ended)))
                    .chain(() -> events.restrictions(c, (crisis ? "mental-health crisis ended: " : "breathing space ended: ")
                            + command.reason()))
                    .chain(() -> one(caseId, id));
        });
    }

    /**
     * Ends every Breathing Space whose last day is before {@code day}: appends the expiry, clears it from the case
     * and announces the case's new restrictions.
     *
     * @return how many ended
     */
    @WithTransaction
    public Uni<Integer> expire(LocalDate day) {
        Instant now = clock.instant();
        return cases.list("breathingSpaceType is not null and breathingSpaceEndsOn <= ?1", day).chain(ended -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (CollectionCase c : ended) {
                chain = chain.chain(() -> {
                    BreathingSpace space = c.breathingSpace();
                    UUID id = c.breathingSpaceId;
                    String why = "breathing space ended on " + space.endsOn();
                    c.setBreathingSpace(null, null);
                    c.updatedAt = now;
                    return BreathingSpaceEntry.of(id, c.id, Action.EXPIRED, space, space.endsOn(), now,
                                    DelinquencyService.SYSTEM_ACTOR, why).persist()
                            .chain(() -> cases.flush())
                            .chain(() -> audit.record(DelinquencyService.SYSTEM_ACTOR, "BREATHING_SPACE_EXPIRED", "case",
                                    c.id, why, state(id, space), null))
                            .chain(() -> events.restrictions(c, why));
                });
            }
            return chain.replaceWith(ended.size());
        });
    }

    @WithSession
    public Uni<List<Period>> list(UUID caseId) {
        return access.load(caseId).chain(() -> history(caseId));
    }

    @WithSession
    public Uni<Period> get(UUID caseId, UUID id) {
        return access.load(caseId).chain(() -> one(caseId, id));
    }

    private Uni<Period> one(UUID caseId, UUID id) {
        return history(caseId).map(all -> all.stream().filter(v -> v.id().equals(id)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Breathing space", id)));
    }

    private Uni<List<Period>> history(UUID caseId) {
        LocalDate today = LocalDate.now(clock);
        return BreathingSpaceEntry.<BreathingSpaceEntry>list("caseId = ?1 order by id", caseId).map(entries -> {
            Map<UUID, PeriodFold> byId = new LinkedHashMap<>();
            for (BreathingSpaceEntry e : entries) {
                byId.computeIfAbsent(e.breathingSpaceId, k -> new PeriodFold()).apply(e);
            }
            List<Period> periods = new ArrayList<>();
            byId.forEach((id, v) -> periods.add(v.toPeriod(id, caseId, today)));
            return periods;
        });
    }

    private static Map<String, Object> state(UUID id, BreathingSpace space) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("breathingSpaceId", id.toString());
        state.put("type", space.type());
        state.put("startedOn", space.startedOn().toString());
        state.put("endsOn", space.endsOn() == null ? null : space.endsOn().toString());
        return state;
    }

    /** Folds a Breathing Space's entries into its current picture. */
    private static final class PeriodFold {
        BreathingSpace.Type type;
        LocalDate startedOn;
        LocalDate endsOn;
        LocalDate crisisEndedOn;
        LocalDate endedOn;
        String startedBy;
        String startReason;
        Instant startedAt;
        String endedBy;
        String endReason;
        Instant endedAt;

        void apply(BreathingSpaceEntry e) {
            type = e.type;
            startedOn = e.startedOn;
            endsOn = e.endsOn;
            switch (e.action) {
                case STARTED -> {
                    startedBy = e.actor;
                    startReason = e.reason;
                    startedAt = e.at;
                }
                case CRISIS_ENDED -> {
                    crisisEndedOn = e.endedOn;
                    ended(e);
                }
                case ENDED -> {
                    endedOn = e.endedOn;
                    ended(e);
                }
                case EXPIRED -> {
                    endedOn = e.endedOn;
                    if (endedBy == null) {
                        ended(e);
                    }
                }
            }
        }

        private void ended(BreathingSpaceEntry e) {
            endedBy = e.actor;
            endReason = e.reason;
            endedAt = e.at;
        }

        Period toPeriod(UUID id, UUID caseId, LocalDate today) {
            boolean inForce = new BreathingSpace(type, startedOn, endsOn).inForce(today);
            return new Period(id, caseId, type, startedOn, endsOn, crisisEndedOn, endedOn, inForce,
                    startedBy, startReason, startedAt, endedBy, endReason, endedAt);
        }
    }
}
