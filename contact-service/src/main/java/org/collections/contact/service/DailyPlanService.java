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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.collections.commons.problem.ProblemException;
import org.collections.commons.rules.RuleViolation;
import org.collections.contact.compliance.Channel;
import org.collections.contact.compliance.ContactPointStatus;
import org.collections.contact.compliance.ContactSituation;
import org.collections.contact.compliance.SituationFacts;
import org.collections.contact.compliance.StatedPreferences;
import org.collections.contact.model.ContactPoint;
import org.collections.contact.model.CommaSeparated;
import org.collections.contact.compliance.CreditorOverrides;
import org.collections.contact.compliance.DailyPlanner;
import org.collections.contact.compliance.PlanCandidate;
import org.collections.contact.compliance.Restriction;
import org.collections.contact.compliance.RulePack;
import org.collections.contact.repository.DailyPlanRepository;
import org.collections.contact.repository.DailyPlanRepository.CandidateRow;
import org.collections.contact.repository.PlannedSlots;
import org.jboss.logging.Logger;

/**
 * The daily contact plan: for every open case without an open slot of the channel, one slot at the earliest time
 * the compliance engine permits within the 24 hours planned, on the debtor's best VALID contact point. One JDBC
 * transaction streams the cases, judges each in memory and bulk-inserts the slots; the (channel, day) claim is
 * part of it, so a day is planned once, and a failed run leaves nothing behind.
 */
@ApplicationScoped
public class DailyPlanService {

    private static final Logger LOG = Logger.getLogger(DailyPlanService.class);

    public static final String SYSTEM_ACTOR = "system:daily-plan";
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

    /**
     * What one run did: the UTC day and channel planned, the window (its end is also each slot's window end), the
     * cases considered, the slots planned, and the cases skipped by reason; considered = planned + the sum of skipped.
     */
    public record Result(LocalDate day, Channel channel, Instant windowStart, Instant windowEnd, long considered,
            long planned, Map<String, Long> skipped, long durationMs) {
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
        String job = "daily-plan-" + channel;
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
                Run run = new Run(channel, from, until, overrides(), repository.stage(connection));
                repository.forEachCandidate(connection, channel, kind, from.minus(ContactDecider.HISTORY), now,
                        run::judge);
                long judged = System.nanoTime();
                int planned = run.slots.insert(channel, until, actor, now);
                LOG.infof("%s plan of %s: %d cases read and judged in %d ms, %d slots written in %d ms", channel, day,
                        run.considered, Duration.ofNanos(judged - started).toMillis(), planned,
                        Duration.ofNanos(System.nanoTime() - judged).toMillis());
                run.skip(CHANGED_DURING_RUN, run.slots.staged() - planned);
                Result report = new Result(day, channel, from, until, run.considered, planned,
                        run.skipped, Duration.ofNanos(System.nanoTime() - started).toMillis());
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

    private ContactPoint.Kind requirePlannable(LocalDate day, Channel channel, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (day.isBefore(today)) {
            throw new RuleViolation("day", "must not be in the past (today is " + today + " UTC)");
        }
        if (day.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw new RuleViolation("day", "may be at most " + MAX_DAYS_AHEAD + " days ahead");
        }
        return switch (channel) {
            case CALL, SMS -> ContactPoint.Kind.PHONE;
            case EMAIL -> ContactPoint.Kind.EMAIL;
            case LETTER -> ContactPoint.Kind.POSTAL;
            case VISIT -> throw new RuleViolation("channel", "home visits are not planned in bulk");
        };
    }

    /** Every creditor's overrides, loaded once per run: each case is judged by the pack the decision API would use. */
    private CreditorOverrides overrides() {
        try {
            return VertxContextSupport.subscribeAndAwait(packs::allOverrides);
        } catch (Throwable e) {
            throw new IllegalStateException("could not load the creditors' rule overrides", e);
        }
    }

    /** One run's state: counts, and the parsed forms of values that repeat across cases. */
    private final class Run {

        final Channel channel;
        final Instant from;
        final Instant until;
        final CreditorOverrides overrides;
        final PlannedSlots slots;
        final Map<String, Long> skipped = new TreeMap<>();
        long considered;

        private final Map<String, Optional<RulePack>> packs = new HashMap<>();
        private final Map<String, Set<Restriction>> restrictions = new HashMap<>();
        private final Map<String, Set<Channel>> channels = new HashMap<>();

        Run(Channel channel, Instant from, Instant until, CreditorOverrides overrides, PlannedSlots slots) {
            this.channel = channel;
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
            DailyPlanner.Outcome outcome = DailyPlanner.plan(pack.get(), channel, candidate, from, until);
            if (outcome instanceof DailyPlanner.Planned p) {
                slots.add(row.caseId(), row.debtorId(), p.contactPointId(), p.at(), row.caseVersion());
            } else {
                skip(((DailyPlanner.Skipped) outcome).reason(), 1);
            }
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
