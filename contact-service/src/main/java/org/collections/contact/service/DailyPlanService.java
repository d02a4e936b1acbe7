package org.collections.contact.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.collections.commons.problem.ProblemException;
import org.collections.commons.rules.RuleViolation;
import org.collections.contact.compliance.Channel;
import org.collections.contact.compliance.ContactPointStatus;
import org.collections.contact.compliance.ContactSituation;
import org.collections.contact.compliance.SituationFacts;
import org.collections.contact.compliance.StatedPreferences;
import org.collections.contact.config.PlanCapacity;
import org.collections.contact.model.ContactPoint;
import org.collections.contact.model.CommaSeparated;
import org.collections.contact.compliance.CreditorOverrides;
import org.collections.contact.compliance.PlanCandidate;
import org.collections.contact.compliance.Restriction;
import org.collections.contact.compliance.RulePack;
import org.collections.contact.repository.DailyPlanRepository;
import org.collections.contact.repository.DailyPlanRepository.CandidateRow;
import org.collections.contact.repository.PlannedSlots;
import org.collections.contact.timing.CapacityLimits;
import org.collections.contact.timing.CapacityPlanner;
import org.collections.contact.timing.ContactRates;
import org.collections.contact.timing.LearnedTimePlanner;
import org.collections.contact.timing.Segment;
import org.collections.contact.timing.TimingChoice;
import org.collections.contact.timing.TimingPolicy;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;

/**
 * The daily contact plan: for every open case without an open slot of the channel, one slot at a time the compliance
 * engine permits within the 24 hours planned, on the debtor's best VALID contact point. With learned timing (the
 * default, {@code contact.plan.timing=learned}) that is the debtor-local hour at which similar cases answer best
 * ({@link LearnedTimePlanner}; statistics from one aggregate query over the ledger per run), and a case whose similar
 * cases answer better on another usable channel is left to that channel; with {@code earliest}, the earliest
 * permitted time. Where the channel has an hourly capacity ({@code contact.plan.capacity.*}), the cases are fitted
 * into it after they are all judged ({@link CapacityPlanner}). One JDBC
 * transaction streams the cases, judges each in memory and bulk-inserts the slots; the (channel, day) claim is
 * part of it, so a day is planned once, and a failed run leaves nothing behind.
 */
@ApplicationScoped
public class DailyPlanService {

    private static final Logger LOG = Logger.getLogger(DailyPlanService.class);

    public static final String SYSTEM_ACTOR = "system:daily-plan";
    static final String JOB_PREFIX = "daily-plan-";
    public static final int MAX_DAYS_AHEAD = 7;
    static final Duration WINDOW = Duration.ofDays(1);

    static final String ALREADY_SCHEDULED = "ALREADY_SCHEDULED";
    static final String NO_RULE_PACK = "NO_RULE_PACK";
    static final String INVALID_TIME_ZONE = "INVALID_TIME_ZONE";
    static final String CHANGED_DURING_RUN = "CHANGED_DURING_RUN";

    @Inject
    DataSource dataSource;

    @Inject
    DailyPlanRepository repository;

    @Inject
    RulePackResolver packs;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    @Inject
    PlanCapacity capacity;

    /** LEARNED: the best learned hour and channel; EARLIEST: the earliest permitted time (the baseline). */
    @Schema(description = "How the plan chooses each case's time: LEARNED, the permitted debtor-local hour at which "
            + "similar cases answered best (else the earliest permitted time); EARLIEST, the earliest permitted time")
    public enum Timing {
        LEARNED, EARLIEST
    }

    @ConfigProperty(name = "contact.plan.timing", defaultValue = "learned")
    Timing timing;

    @ConfigProperty(name = "contact.plan.timing.look-back", defaultValue = "P90D")
    Duration lookBack;

    @ConfigProperty(name = "contact.plan.timing.min-hour-attempts", defaultValue = "30")
    int minHourAttempts;

    @ConfigProperty(name = "contact.plan.timing.min-channel-attempts", defaultValue = "100")
    int minChannelAttempts;

    @ConfigProperty(name = "contact.plan.timing.prior-strength", defaultValue = "20")
    double priorStrength;

    /** The channels a case may be left to when its similar cases answer better there: only channels planned daily. */
    @ConfigProperty(name = "contact.plan.timing.channels", defaultValue = "${contact.daily-plan.channels:CALL}")
    List<Channel> timingChannels;

    /**
     * What one run did: the UTC day and channel planned, the window (its end is also each slot's window end), the
     * cases considered, the slots planned, and the cases skipped by reason; considered = planned + the sum of skipped.
     * {@code timeChoices} counts the slots staged by how their time was chosen ({@link TimingChoice.Kind}); cases whose
     * permitted hours were all full are skipped as {@link CapacityPlanner#NO_CAPACITY}.
     */
    public record Result(LocalDate day, Channel channel, Instant windowStart, Instant windowEnd, long considered,
            long planned, Map<String, Long> skipped, long durationMs, Timing timing, Map<String, Long> timeChoices) {
    }

    /**
     * Plans {@code day} (a UTC date: today or up to {@link #MAX_DAYS_AHEAD} days ahead) for {@code channel}; the plan
     * covers the 24 hours from the later of the day's start and now.
     *
     * @throws RuleViolation    for a day or channel that cannot be planned
     * @throws ProblemException 409 when the day was already planned for the channel or is being planned right now
     */
    public Result run(LocalDate day, Channel channel, String actor) {
        long started = System.nanoTime();
        Instant now = clock.instant();
        ContactPoint.Kind kind = requirePlannable(day, channel, now);
        Instant dayStart = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant from = dayStart.isAfter(now) ? dayStart : now;
        Instant until = from.plus(WINDOW);
        String job = JOB_PREFIX + channel;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!repository.tryLock(connection, job, day.toString())) {
                    throw ProblemException.conflict("daily-plan-running", "The " + channel + " plan of " + day
                            + " is being made right now");
                }
                if (!repository.claim(connection, job, day.toString(), now)) {
                    throw ProblemException.conflict("daily-plan-exists", "The " + channel + " plan of " + day
                            + " was already made");
                }
                Map<Channel, ContactPoint.Kind> alternatives = alternatives(channel);
                ContactRates rates = timing == Timing.LEARNED
                        ? repository.contactRates(connection, now.minus(lookBack), now, policy())
                        : ContactRates.empty();
                Run run = new Run(channel, kind, from, until, overrides(), repository.stage(connection), rates,
                        alternatives, new CapacityPlanner<>(rates, channel, capacity.limits(), from, until));
                Set<ContactPoint.Kind> otherKinds = EnumSet.noneOf(ContactPoint.Kind.class);
                alternatives.values().stream().filter(k -> k != kind).forEach(otherKinds::add);
                repository.forEachCandidate(connection, channel, kind, otherKinds,
                        from.minus(ContactDecider.HISTORY), now, run::judge);
                run.fitCapacity();
                long judged = System.nanoTime();
                int planned = run.slots.insert(channel, until, actor, now);
                LOG.infof("%s plan of %s: %d cases read and judged in %d ms, %d slots written in %d ms", channel, day,
                        run.considered, Duration.ofNanos(judged - started).toMillis(), planned,
                        Duration.ofNanos(System.nanoTime() - judged).toMillis());
                run.skip(CHANGED_DURING_RUN, run.slots.staged() - planned);
                Result report = new Result(day, channel, from, until, run.considered, planned,
                        run.skipped, Duration.ofNanos(System.nanoTime() - started).toMillis(), timing,
                        run.timeChoices);
                repository.audit(connection, actor, day + "/" + channel, "daily " + channel + " plan of " + day,
                        mapper.writeValueAsString(report), now);
                connection.commit();
                return report;
            } catch (RuntimeException | SQLException | JsonProcessingException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("the " + channel + " plan of " + day + " failed", e);
        }
    }

    /** Whether {@code day}'s plan of {@code channel} was made. */
    public boolean planned(LocalDate day, Channel channel) {
        try (Connection connection = dataSource.getConnection()) {
            return repository.claimed(connection, JOB_PREFIX + channel, day.toString());
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the plans made", e);
        }
    }

    private TimingPolicy policy() {
        return new TimingPolicy(minHourAttempts, minChannelAttempts, priorStrength);
    }

    /** With learned timing, the other channels a case may be left to, with the kind of contact point each uses. */
    private Map<Channel, ContactPoint.Kind> alternatives(Channel channel) {
        Map<Channel, ContactPoint.Kind> alternatives = new EnumMap<>(Channel.class);
        if (timing == Timing.LEARNED) {
            for (Channel other : timingChannels) {
                ContactPoint.Kind kind = kindOf(other);
                if (other != channel && kind != null) {
                    alternatives.put(other, kind);
                }
            }
        }
        return alternatives;
    }

    /** The kind of contact point a channel is planned on; null for VISIT, which is not planned in bulk. */
    static ContactPoint.Kind kindOf(Channel channel) {
        return switch (channel) {
            case CALL, SMS -> ContactPoint.Kind.PHONE;
            case EMAIL -> ContactPoint.Kind.EMAIL;
            case LETTER -> ContactPoint.Kind.POSTAL;
            case VISIT -> null;
        };
    }

    private ContactPoint.Kind requirePlannable(LocalDate day, Channel channel, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (day.isBefore(today)) {
            throw new RuleViolation("day", "must not be in the past (today is " + today + " UTC)");
        }
        if (day.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw new RuleViolation("day", "may be at most " + MAX_DAYS_AHEAD + " days ahead");
        }
        if (channel == Channel.VISIT) {
            throw new RuleViolation("channel", "home visits are not planned in bulk");
        }
        return kindOf(channel);
    }

    /** Every creditor's overrides, loaded once per run: each case is judged by the pack the decision API would use. */
    private CreditorOverrides overrides() {
        try {
            return VertxContextSupport.subscribeAndAwait(packs::allOverrides);
        } catch (Throwable e) {
            throw new IllegalStateException("could not load the creditors' rule overrides", e);
        }
    }

    /** What a case's slot needs besides its time and contact point. */
    private record Pending(UUID caseId, UUID debtorId, long caseVersion) {
    }

    /** One run's state: counts, and the parsed forms of values that repeat across cases. */
    private final class Run {

        final Channel channel;
        final ContactPoint.Kind kind;
        final Instant from;
        final Instant until;
        final CreditorOverrides overrides;
        final PlannedSlots slots;
        final ContactRates rates;
        final Map<Channel, ContactPoint.Kind> alternatives;
        final CapacityPlanner<Pending> capacity;
        final Map<String, Long> skipped = new TreeMap<>();
        final Map<String, Long> timeChoices = new TreeMap<>();
        long considered;

        private final Map<String, Optional<RulePack>> packs = new HashMap<>();
        private final Map<String, Set<Restriction>> restrictions = new HashMap<>();
        private final Map<String, Set<Channel>> channels = new HashMap<>();
        private final Map<String, Segment> segments = new HashMap<>();

        Run(Channel channel, ContactPoint.Kind kind, Instant from, Instant until, CreditorOverrides overrides,
                PlannedSlots slots, ContactRates rates, Map<Channel, ContactPoint.Kind> alternatives,
                CapacityPlanner<Pending> capacity) {
            this.channel = channel;
            this.capacity = capacity;
            this.kind = kind;
            this.rates = rates;
            this.alternatives = alternatives;
            this.overrides = overrides;
            this.from = from;
            this.until = until;
            this.slots = slots;
        }

        void judge(CandidateRow row) throws SQLException {
            considered++;
            if (row.scheduled()) {
                skip(ALREADY_SCHEDULED, 1);
                return;
            }
            Optional<RulePack> pack = packs.computeIfAbsent(row.jurisdiction() + '\n' + row.creditorId(),
                    key -> pack(row.jurisdiction(), row.creditorId()));
            if (pack.isEmpty()) {
                skip(NO_RULE_PACK, 1);
                return;
            }
            ContactSituation situation;
            try {
                situation = facts(row).situation();
            } catch (DateTimeException e) {
                skip(INVALID_TIME_ZONE, 1);
                return;
            }
            PlanCandidate candidate = new PlanCandidate(row.caseId(), row.debtorId(), row.usablePointIds(), situation);
            Segment segment = segments.computeIfAbsent(row.creditorId() + '\n' + row.jurisdiction(),
                    key -> new Segment(row.creditorId(), row.jurisdiction()));
            LearnedTimePlanner.Outcome outcome = timing == Timing.LEARNED
                    ? LearnedTimePlanner.plan(rates, segment, pack.get(), channel, candidate, otherChannels(row), from,
                            until)
                    : LearnedTimePlanner.earliest(pack.get(), channel, candidate, from, until);
            Optional<CapacityLimits.Pool> pool = outcome instanceof LearnedTimePlanner.Planned
                    ? capacity.pool(row.creditorId()) : Optional.empty();
            if (pool.isPresent()) {
                capacity.add(new Pending(row.caseId(), row.debtorId(), row.caseVersion()), row.caseId(), pool.get(),
                        segment, pack.get(), candidate, (LearnedTimePlanner.Planned) outcome);
            } else {
                stage(new Pending(row.caseId(), row.debtorId(), row.caseVersion()), outcome);
            }
        }

        /** Gives the cases of limited pools their hours, once every case is judged. */
        void fitCapacity() throws SQLException {
            for (CapacityPlanner.Assigned<Pending> assigned : capacity.assign()) {
                stage(assigned.payload(), assigned.outcome());
            }
        }

        private void stage(Pending pending, LearnedTimePlanner.Outcome outcome) throws SQLException {
            if (outcome instanceof LearnedTimePlanner.Planned p) {
                slots.add(pending.caseId(), pending.debtorId(), p.contactPointId(), p.at(), pending.caseVersion(),
                        p.choice().describe());
                timeChoices.merge(p.choice().kind().name(), 1L, Long::sum);
            } else {
                skip(((LearnedTimePlanner.Skipped) outcome).reason(), 1);
            }
        }

        /** The debtor's usable contact points on each channel the case may be left to. */
        private Map<Channel, List<String>> otherChannels(CandidateRow row) {
            if (alternatives.isEmpty()) {
                return Map.of();
            }
            Map<Channel, List<String>> points = new EnumMap<>(Channel.class);
            alternatives.forEach((other, otherKind) -> {
                List<String> ids = otherKind == kind ? row.usablePointIds() : row.otherPoints().get(otherKind);
                if (ids != null && !ids.isEmpty()) {
                    points.put(other, ids);
                }
            });
            return points;
        }

        /** The facts the decision API would gather for the case, from the plan's rows: one builder for both. */
        private SituationFacts facts(CandidateRow row) {
            return new SituationFacts(row.timeZone(), CommaSeparated.values(row.extraZones()),
                    restrictions.computeIfAbsent(row.restrictions(),
                            stored -> CommaSeparated.enums(stored, Restriction.class)),
                    row.nightContactConsent(), channels(row.optedOutChannels()),
                    new StatedPreferences(row.statedNotBefore(), row.statedNotAfter(), channels(row.statedChannels())),
                    ContactPointStatus.VALID, List.of(), row.history(), row.inFlight());
        }

        private Set<Channel> channels(String stored) {
            return channels.computeIfAbsent(stored == null ? "" : stored,
                    s -> CommaSeparated.enums(s, Channel.class));
        }

        void skip(String reason, long cases) {
            if (cases > 0) {
                skipped.merge(reason, cases, Long::sum);
            }
        }

        private Optional<RulePack> pack(String jurisdiction, String creditorId) {
            try {
                return Optional.of(overrides.packFor(jurisdiction, creditorId, from));
            } catch (IllegalArgumentException | RuleViolation e) {
                return Optional.empty();
            }
        }
    }

}
