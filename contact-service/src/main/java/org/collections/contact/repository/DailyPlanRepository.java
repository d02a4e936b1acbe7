package org.collections.contact.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.collections.contact.compliance.AttemptPurpose;
import org.collections.contact.compliance.AttemptRecord;
import org.collections.contact.compliance.Channel;
import org.collections.contact.model.ContactPoint;
import org.collections.contact.compliance.Direction;
import org.collections.contact.compliance.LeaseInFlight;
import org.collections.contact.compliance.Outcome;
import org.collections.contact.compliance.PersonRole;
import org.collections.contact.timing.ContactRates;
import org.collections.contact.timing.RightPartyContact;
import org.collections.contact.timing.Segment;
import org.collections.contact.timing.TimingPolicy;

/**
 * The daily plan's SQL, on a JDBC connection whose transaction the caller holds: claiming a (job, day), streaming
 * every candidate case with its debtor's profile, usable contact points and recent attempts, and staging planned
 * slots for one guarded bulk insert.
 */
@ApplicationScoped
public class DailyPlanRepository {

    static final int FETCH_SIZE = 5_000;

    /**
     * The open cases with a known jurisdiction and their debtors' profiles, and whether a case has an open slot of
     * the channel. This and the two queries below are ordered by debtor so that they can be merged as they stream.
     */
    static final String CASES = """
            select c.case_id, c.debtor_id, c.creditor_id, c.jurisdiction, c.time_zone, c.restrictions, c.case_version,
                   p.extra_zones, p.night_contact_consent, p.opted_out_channels, o.case_id is not null as scheduled,
                   p.stated_not_before, p.stated_not_after, p.stated_channels
              from contactability c
              left join debtor_profile p on p.debtor_id = c.debtor_id
              left join (select distinct case_id from contact_slot
                          where channel = ? and status in ('PENDING', 'LEASED')) o on o.case_id = c.case_id
             where c.status not in ('CLOSED', 'UNKNOWN') and c.jurisdiction is not null
             order by c.debtor_id, c.case_id
            """;

    // Rows are read by column position: the queries' columns are in the order of the records they fill.

    /** Usable contact points of the kinds asked for, oldest first within a debtor. */
    static final String POINTS = """
            select debtor_id, id::text as id, kind from contact_point
             where kind = any(?) and status = 'VALID'
             order by debtor_id, created_at, id
            """;

    /**
     * The learned timing's statistics: outbound attempts on debtors since an instant, and how many were right-party
     * contacts, per creditor, jurisdiction, channel and hour of day in the case's zone. A zone PostgreSQL does not
     * know would fail the whole query, so such cases are left out (the plan skips them as INVALID_TIME_ZONE anyway).
     */
    static final String CONTACT_RATES = """
            select coalesce(c.creditor_id, '') as creditor_id, c.jurisdiction, a.channel,
                   extract(hour from a.at at time zone c.time_zone)::int as local_hour,
                   count(*) as attempts, count(*) filter (where a.outcome in (%s)) as contacts
              from attempt a
              join contactability c on c.case_id = a.case_id
             where a.at >= ? and a.at < ? and a.direction = 'OUTBOUND' and a.person = 'DEBTOR'
               and c.jurisdiction is not null
               and c.time_zone in (select name from pg_timezone_names)
             group by 1, 2, 3, 4
            """.formatted(RightPartyContact.OUTCOMES.stream().map(o -> "'" + o.name() + "'").sorted()
            .collect(Collectors.joining(", ")));

    /** The leases that are out (LEASED, not expired): contacts that may be happening, which the caps count. */
    static final String LEASES = """
            select debtor_id, case_id, channel, person, contact_point_id::text as contact_point_id, updated_at
              from contact_slot
             where status = 'LEASED' and lease_until > ?
             order by debtor_id
            """;

    /** The attempt history the rules judge by, the same as the decision API's ({@link AttemptHistory}). */
    static final String ATTEMPTS = AttemptHistory.ofEveryDebtor("""
            debtor_id, case_id, channel, direction, person, contact_point_id::text as contact_point_id, at, outcome,
            agency_id, purpose""");

    /**
     * A candidate case as stored; {@code extraZones}, {@code optedOutChannels} and {@code statedChannels} are null
     * without a profile.
     */
    public record CandidateRow(UUID caseId, UUID debtorId, String creditorId, String jurisdiction, String timeZone,
            String restrictions, long caseVersion, String extraZones, boolean nightContactConsent,
            String optedOutChannels, boolean scheduled, LocalTime statedNotBefore, LocalTime statedNotAfter,
            String statedChannels, List<String> usablePointIds, List<AttemptRecord> history,
            List<LeaseInFlight> inFlight, Map<ContactPoint.Kind, List<String>> otherPoints) {
    }

    /** A usable contact point as read. */
    private record Point(String id, ContactPoint.Kind kind) {
    }

    @FunctionalInterface
    public interface RowHandler {
        void handle(CandidateRow row) throws SQLException;
    }

    /**
     * Fails fast instead of queueing behind a run of the same (job, period) that is still going; released at the
     * end of the transaction.
     */
    public boolean tryLock(Connection connection, String job, String period) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "select pg_try_advisory_xact_lock(hashtext(?), hashtext(?))")) {
            s.setString(1, job);
            s.setString(2, period);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** Whether the period of the job was claimed (and committed). */
    public boolean claimed(Connection connection, String job, String period) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "select exists (select 1 from job_claim where job = ? and period = ?)")) {
            s.setString(1, job);
            s.setString(2, period);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** The JDBC form of {@code JobClaims.claim}: true when this transaction won the period. */
    public boolean claim(Connection connection, String job, String period, Instant now) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "insert into job_claim (job, period, claimed_at) values (?, ?, ?) on conflict do nothing")) {
            s.setString(1, job);
            s.setString(2, period);
            s.setObject(3, utc(now));
            return s.executeUpdate() == 1;
        }
    }

    /**
     * The right-party-contact statistics of the attempts in [since, until), in one aggregate query: a few rows per
     * creditor, jurisdiction, channel and hour however many attempts there are.
     */
    public ContactRates contactRates(Connection connection, Instant since, Instant until, TimingPolicy policy)
            throws SQLException {
        ContactRates.Builder rates = ContactRates.builder(policy);
        try (PreparedStatement s = connection.prepareStatement(CONTACT_RATES)) {
            s.setObject(1, utc(since));
            s.setObject(2, utc(until));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Channel channel;
                    try {
                        channel = Channel.valueOf(rs.getString(3));
                    } catch (IllegalArgumentException e) {
                        continue;
                    }
                    rates.add(new Segment(rs.getString(1), rs.getString(2)), channel, rs.getInt(4), rs.getLong(5),
                            rs.getLong(6));
                }
            }
        }
        return rates.build();
    }

    /**
     * Streams the candidates with the debtors' usable {@code kind} contact points (and those of {@code otherKinds}), their attempts since
     * {@code historyFrom} and their leases out at {@code now}: four server-side cursors ({@code FETCH_SIZE} rows at a time; needs autocommit off), each
     * sorted by debtor, merged here one debtor at a time, so memory stays bounded and no case costs a round trip.
     */
    public void forEachCandidate(Connection connection, Channel channel, ContactPoint.Kind kind,
            Set<ContactPoint.Kind> otherKinds, Instant historyFrom, Instant now, RowHandler handler)
            throws SQLException {
        try (PreparedStatement cases = connection.prepareStatement(CASES);
                PreparedStatement points = connection.prepareStatement(POINTS);
                PreparedStatement attempts = connection.prepareStatement(ATTEMPTS);
                PreparedStatement leases = connection.prepareStatement(LEASES)) {
            cases.setString(1, channel.name());
            Set<ContactPoint.Kind> kinds = EnumSet.of(kind);
            kinds.addAll(otherKinds);
            points.setArray(1, connection.createArrayOf("text", kinds.stream().map(Enum::name).toArray()));
            attempts.setObject(1, utc(historyFrom));
            leases.setObject(1, utc(now));
            // Whole tables are read: sorting a sequential scan beats walking an index in key order, which visits
            // the heap at random. Only these plans are affected; the larger work_mem lasts the transaction.
            execute(connection, "set local enable_indexscan = off");
            execute(connection, "set local work_mem = '64MB'");
            try (ResultSet caseRows = open(cases); ResultSet pointRows = open(points);
                    ResultSet attemptRows = open(attempts); ResultSet leaseRows = open(leases)) {
                execute(connection, "set local enable_indexscan to default");
                ByDebtor<Point> usablePoints = new ByDebtor<>(pointRows,
                        rs -> new Point(rs.getString(2), ContactPoint.Kind.valueOf(rs.getString(3))));
                ByDebtor<AttemptRecord> history = new ByDebtor<>(attemptRows, DailyPlanRepository::attempt);
                ByDebtor<LeaseInFlight> inFlight = new ByDebtor<>(leaseRows, DailyPlanRepository::lease);
                while (caseRows.next()) {
                    UUID debtorId = caseRows.getObject(2, UUID.class);
                    List<Point> debtorPoints = usablePoints.of(debtorId);
                    handler.handle(new CandidateRow(caseRows.getObject(1, UUID.class), debtorId,
                            caseRows.getString(3), caseRows.getString(4), caseRows.getString(5), caseRows.getString(6),
                            caseRows.getLong(7), caseRows.getString(8), caseRows.getBoolean(9), caseRows.getString(10),
                            caseRows.getBoolean(11), caseRows.getObject(12, LocalTime.class),
                            caseRows.getObject(13, LocalTime.class), caseRows.getString(14),
                            pointsOf(debtorPoints, kind), history.of(debtorId), inFlight.of(debtorId),
                            otherKinds.isEmpty() ? Map.of() : otherPoints(debtorPoints, kind)));
                }
            }
        }
    }

    private static List<String> pointsOf(List<Point> points, ContactPoint.Kind kind) {
        List<String> ids = new ArrayList<>(points.size());
        for (Point point : points) {
            if (point.kind() == kind) {
                ids.add(point.id());
            }
        }
        return ids;
    }

    private static Map<ContactPoint.Kind, List<String>> otherPoints(List<Point> points, ContactPoint.Kind kind) {
        Map<ContactPoint.Kind, List<String>> other = new EnumMap<>(ContactPoint.Kind.class);
        for (Point point : points) {
            if (point.kind() != kind) {
                other.computeIfAbsent(point.kind(), k -> new ArrayList<>(1)).add(point.id());
            }
        }
        return other;
    }

    public PlannedSlots stage(Connection connection) throws SQLException {
        return new PlannedSlots(connection);
    }

    /** An audit entry for the run, in its transaction. */
    public void audit(Connection connection, String actor, String entityId, String reason, String reportJson,
            Instant now) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("""
                insert into audit_log (at, actor, action, entity_type, entity_id, reason, after_state)
                values (?, ?, 'DAILY_PLAN', 'daily-plan', ?, ?, cast(? as jsonb))
                """)) {
            s.setObject(1, utc(now));
            s.setString(2, actor);
            s.setString(3, entityId);
            s.setString(4, reason);
            s.setString(5, reportJson);
            s.executeUpdate();
        }
    }

    private static ResultSet open(PreparedStatement statement) throws SQLException {
        statement.setFetchSize(FETCH_SIZE);
        return statement.executeQuery();
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    private static AttemptRecord attempt(ResultSet rs) throws SQLException {
        return new AttemptRecord(rs.getObject(2, UUID.class), rs.getObject(1, UUID.class),
                Channel.valueOf(rs.getString(3)), Direction.valueOf(rs.getString(4)),
                PersonRole.valueOf(rs.getString(5)), rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant(),
                Outcome.valueOf(rs.getString(8)), rs.getString(9),
                rs.getString(10) == null ? null : AttemptPurpose.valueOf(rs.getString(10)));
    }

    private static LeaseInFlight lease(ResultSet rs) throws SQLException {
        return new LeaseInFlight(rs.getObject(2, UUID.class), rs.getObject(1, UUID.class),
                Channel.valueOf(rs.getString(3)), PersonRole.valueOf(rs.getString(4)), rs.getString(5),
                rs.getObject(6, OffsetDateTime.class).toInstant());
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /**
     * A cursor sorted by debtor_id, read one debtor at a time in the order of the cases' cursor. Debtor ids are
     * compared as PostgreSQL orders uuids (unsigned, byte by byte), which is not {@link UUID#compareTo}.
     */
    private static final class ByDebtor<T> {

        private final ResultSet rs;
        private final RowReader<T> reader;
        private boolean hasRow;
        private UUID rowDebtor;
        private UUID lastDebtor;
        private List<T> lastRows = List.of();

        ByDebtor(ResultSet rs, RowReader<T> reader) throws SQLException {
            this.rs = rs;
            this.reader = reader;
            advance();
        }

        /** The rows of {@code debtorId}, which must not come before the previous call's debtor. */
        List<T> of(UUID debtorId) throws SQLException {
            if (debtorId.equals(lastDebtor)) {
                return lastRows;
            }
            while (hasRow && postgresOrder(rowDebtor, debtorId) < 0) {
                advance();
            }
            List<T> rows = new ArrayList<>(2);
            while (hasRow && rowDebtor.equals(debtorId)) {
                rows.add(reader.read(rs));
                advance();
            }
            lastDebtor = debtorId;
            lastRows = rows.isEmpty() ? List.of() : rows;
            return lastRows;
        }

        private static int postgresOrder(UUID a, UUID b) {
            int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
            return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
        }

        private void advance() throws SQLException {
            hasRow = rs.next();
            rowDebtor = hasRow ? rs.getObject(1, UUID.class) : null;
        }
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
