package org.collections.contact.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.collections.commons.outbox.Outbox;
import org.collections.commons.pii.FieldCipher;
import org.collections.commons.problem.ProblemException;
import org.collections.commons.rules.RuleViolation;
import org.collections.contact.compliance.Channel;
import org.collections.contact.compliance.ContactPointStatus;
import org.collections.contact.compliance.Decision;
import org.collections.contact.compliance.PersonRole;
import org.collections.contact.compliance.Violation;
import org.collections.contact.events.ContactStepCompletedEvent;
import org.collections.contact.model.ContactPoint;
import org.collections.contact.model.ContactStep;
import org.collections.contact.model.Contactability;
import org.collections.contact.model.MessageTemplate;
import org.collections.contact.repository.ContactPointRepository;
import org.collections.contact.repository.ContactStepRepository;
import org.collections.contact.repository.ContactabilityRepository;
import org.collections.contact.service.ContactCommands.NewContactStep;
import org.jboss.logging.Logger;

/**
 * Contact steps asked for by other services (reminders, treatment paths), carried out under the same rules as any
 * contact: each channel in order, through the debtor's first usable contact point of it, judged by
 * {@link ContactDecider}. A message permitted now is sent through {@link MessageDelivery}; one permitted later (before
 * the step's notAfter) waits, PENDING, for the drain; a call is booked in the dispatch queue at its earliest
 * permitted time. When no channel can be used the step is BLOCKED with every rule that stood in the way, or
 * UNREACHABLE when there is no usable contact point at all. A final status publishes {@code ContactStepCompleted}
 * in the same transaction.
 */
@ApplicationScoped
public class ContactStepService {

    private static final Logger LOG = Logger.getLogger(ContactStepService.class);
    private static final TypeReference<Map<String, String>> VARIABLES = new TypeReference<>() {
    };

    /** How long a drain's claim keeps other replicas off a step (and when a step whose try failed is tried again). */
    static final Duration CLAIM = Duration.ofMinutes(5);

    @Inject
    ContactStepRepository steps;

    @Inject
    ContactabilityRepository replica;

    @Inject
    ContactAccess access;

    @Inject
    UnseenCases unseen;

    @Inject
    ContactPointRepository points;

    @Inject
    ContactDecider decider;

    @Inject
    TemplateService templates;

    @Inject
    MessageDelivery delivery;

    @Inject
    SchedulingService scheduling;

    @Inject
    Outbox outbox;

    @Inject
    FieldCipher cipher;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    /**
     * Stores the step and tries it at once, in the caller's transaction (the inbox's). A request id seen before
     * changes nothing.
     */
    public Uni<ContactStep> request(NewContactStep r) {
        return steps.findById(r.requestId()).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().item(existing);
            }
            Instant now = clock.instant();
            ContactStep s = new ContactStep();
            s.requestId = r.requestId();
            s.caseId = r.caseId();
            s.purpose = r.purpose();
            s.channels = r.channels().stream().map(Channel::name).collect(Collectors.joining(","));
            s.templateCode = r.templateCode();
            s.language = r.language();
            s.variables = json(r.variables());
            s.debtorNameCipher = r.debtorName() == null ? null : cipher.encrypt(r.debtorName());
            s.notAfter = r.notAfter();
            s.requestedBy = r.requestedBy();
            s.status = ContactStep.Status.PENDING;
            s.dueAt = now;
            s.createdAt = now;
            s.updatedAt = now;
            return steps.persist(s).chain(() -> attempt(s, now));
        });
    }

    /** Tries up to {@code batch} due PENDING steps, each in its own transaction; returns how many were tried. */
    public Uni<Integer> drain(int batch) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> steps.claimDue(now, now.plus(CLAIM), batch)).chain(ids -> {
            Uni<Integer> tried = Uni.createFrom().item(0);
            for (UUID id : ids) {
                tried = tried.chain(n -> retry(id, now).map(done -> done ? n + 1 : n));
            }
            return tried;
        });
    }

    /** A case's steps, oldest first, as the caller may see them (an agency only those of its cases). */
    @WithSession
    public Uni<List<ContactStep>> ofCase(UUID caseId) {
        return access.requireCase(caseId).chain(() -> steps.list("caseId = ?1 order by createdAt, requestId", caseId));
    }

    private Uni<Boolean> retry(UUID id, Instant now) {
        return Panache.withTransaction(() -> steps.findById(id, LockModeType.PESSIMISTIC_WRITE).chain(s -> {
            if (s == null || s.status != ContactStep.Status.PENDING) {
                return Uni.createFrom().item(false);
            }
            return attempt(s, now).replaceWith(true);
        })).onFailure().recoverWithItem(e -> {
            LOG.warnf(e, "Contact step %s failed; tried again after %s", id, CLAIM);
            return false;
        });
    }

    private Uni<ContactStep> attempt(ContactStep s, Instant now) {
        s.tries++;
        s.updatedAt = now;
        if (s.notAfter != null && !now.isBefore(s.notAfter)) {
            return finish(s, ContactStep.Status.BLOCKED, null, null, null, List.of(),
                    "no permitted time before " + s.notAfter, now);
        }
        return subject(s.caseId).chain(c -> {
            if (c == null) {
                return finish(s, ContactStep.Status.BLOCKED, null, null, null, List.of(),
                        "case " + s.caseId + " is not known", now);
            }
            return points.list("debtorId = ?1 and status = ?2 order by createdAt, id", c.debtorId, ContactPointStatus.VALID)
                    .chain(usable -> tryChannel(s, c, usable, 0, new Tally(), now));
        });
    }

    private Uni<Contactability> subject(UUID caseId) {
        return replica.findById(caseId).chain(c -> c != null ? Uni.createFrom().item(c) : unseen.fetch(caseId));
    }

    /** What stood in the way of the channels tried so far. */
    private static final class Tally {
        final Set<String> ruleIds = new LinkedHashSet<>();
        final List<String> reasons = new ArrayList<>();
        boolean anyPoint;

        void blocked(Channel channel, List<Violation> violations, String why) {
            violations.forEach(v -> ruleIds.add(v.ruleId()));
            reasons.add(channel + ": " + why);
        }
    }

    private Uni<ContactStep> tryChannel(ContactStep s, Contactability c, List<ContactPoint> usable, int i, Tally tally,
            Instant now) {
        List<Channel> channels = s.channelList();
        if (i == channels.size()) {
            return tally.anyPoint
                    ? finish(s, ContactStep.Status.BLOCKED, null, null, null, List.copyOf(tally.ruleIds),
                            String.join("; ", tally.reasons), now)
                    : finish(s, ContactStep.Status.UNREACHABLE, null, null, null, List.of(),
                            "no usable contact point for " + channels, now);
        }
        Channel channel = channels.get(i);
        if (channel == Channel.VISIT) {
            tally.reasons.add("VISIT: not a channel for contact steps");
            return tryChannel(s, c, usable, i + 1, tally, now);
        }
        ContactPoint point = usable.stream().filter(p -> p.serves(channel)).findFirst().orElse(null);
        if (point == null) {
            tally.reasons.add(channel + ": no usable contact point");
            return tryChannel(s, c, usable, i + 1, tally, now);
        }
        tally.anyPoint = true;
        ContactDecider.Question q = new ContactDecider.Question(c.caseId, channel, PersonRole.DEBTOR, point.id,
                channel == Channel.CALL ? 2 : 1, false, now);
        return decider.judge(q, c).chain(judged -> {
            Decision d = judged.decision();
            Instant at = d.allowed() ? now : d.nextPermittedAt();
            if (at == null || (s.notAfter != null && !at.isBefore(s.notAfter))) {
                tally.blocked(channel, d.violations(), d.explanation());
                return tryChannel(s, c, usable, i + 1, tally, now);
            }
            if (channel == Channel.CALL) {
                return scheduling.book(c, Channel.CALL, PersonRole.DEBTOR, point.id, 0, s.notAfter, at, s.actor(), now)
                        .chain(slot -> finish(s, ContactStep.Status.CALL_BOOKED, Channel.CALL, null, slot.id, List.of(),
                                "call booked for " + at, now));
            }
            if (!d.allowed()) {
                // the preferred channel opens later, before notAfter: wait for it rather than fall back
                s.dueAt = at;
                s.detail = "waiting: " + d.explanation();
                return Uni.createFrom().item(s);
            }
            return message(s, c, judged, channel, point, tally, now).chain(sent -> sent != null
                    ? Uni.createFrom().item(sent) : tryChannel(s, c, usable, i + 1, tally, now));
        });
    }

    /** Sends the step's message on the channel; null (with the reason in the tally) when its template cannot be used. */
    private Uni<ContactStep> message(ContactStep s, Contactability c, ContactDecider.Judged judged, Channel channel,
            ContactPoint point, Tally tally, Instant now) {
        return template(s.templateCode, channel, s.language).chain(template -> {
            if (template == null) {
                tally.blocked(channel, List.of(), "no template " + s.templateCode + " for " + channel);
                return Uni.createFrom().nullItem();
            }
            List<Violation> unfit = MessageDelivery.unfit(template, judged.pack().id(), channel, PersonRole.DEBTOR);
            if (!unfit.isEmpty()) {
                tally.blocked(channel, unfit, "template " + template.code + " not permitted: "
                        + unfit.stream().map(v -> v.ruleId() + " — " + v.reason()).collect(Collectors.joining("; ")));
                return Uni.createFrom().nullItem();
            }
            TemplateService.Rendered rendered;
            try {
                rendered = delivery.render(template, MessageVariables.ofStep(variables(s), debtorName(s),
                        TemplateService.locale(template)), s.caseId);
            } catch (RuleViolation e) {
                tally.blocked(channel, List.of(), "template " + template.code + ": "
                        + (e.field() == null ? "" : e.field() + " ") + e.getMessage());
                return Uni.createFrom().nullItem();
            }
            return delivery.deliver(new MessageDelivery.Prepared(c, channel, PersonRole.DEBTOR, point, rendered),
                    s.actor(), c.agencyId, now)
                    .chain(out -> finish(s, ContactStep.Status.SENT, channel, out.attemptId(), null, List.of(),
                            channel + " " + out.templateCode() + " v" + out.templateVersion() + " in " + out.language(),
                            now));
        });
    }

    private Uni<MessageTemplate> template(String code, Channel channel, String language) {
        if (code == null) {
            return Uni.createFrom().nullItem();
        }
        return templates.choose(code, channel, language).onFailure(ProblemException.class).recoverWithNull();
    }

    private Uni<ContactStep> finish(ContactStep s, ContactStep.Status status, Channel channel, Long attemptId,
            UUID slotId, List<String> ruleIds, String detail, Instant now) {
        s.status = status;
        s.resultChannel = channel;
        s.attemptId = attemptId;
        s.slotId = slotId;
        s.ruleIds = String.join(",", ruleIds);
        s.detail = detail;
        s.dueAt = null;
        s.completedAt = now;
        s.updatedAt = now;
        ContactStepCompletedEvent event = new ContactStepCompletedEvent(s.requestId, s.caseId, s.purpose.name(),
                status.name(), channel == null ? null : channel.name(), attemptId, slotId, ruleIds, detail, now);
        return steps.flush().chain(() -> outbox.publish(ContactStepCompletedEvent.TYPE, s.caseId, event)).replaceWith(s);
    }

    private String json(Map<String, String> variables) {
        try {
            return mapper.writeValueAsString(variables == null ? Map.of() : variables);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("variables not writable as JSON", e);
        }
    }

    private Map<String, String> variables(ContactStep s) {
        try {
            return mapper.readValue(s.variables, VARIABLES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored variables of step " + s.requestId + " unreadable", e);
        }
    }

    private String debtorName(ContactStep s) {
        return s.debtorNameCipher == null ? null : cipher.decrypt(s.debtorNameCipher);
    }
}
