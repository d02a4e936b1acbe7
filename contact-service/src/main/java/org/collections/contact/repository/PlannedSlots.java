package org.collections.contact.repository;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;
import org.collections.contact.compliance.Channel;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Slots a daily plan decided on, staged with COPY into a temporary table (dropped at commit) and then inserted
 * into contact_slot in one statement that skips every case that changed or got an open slot of the channel while
 * the plan was being made.
 */
public final class PlannedSlots {

    static final int COPY_BATCH = 10_000;

    private final Connection connection;
    private final CopyManager copy;
    private final StringBuilder batch = new StringBuilder(COPY_BATCH * 120);
    private int batched;
    private long staged;

    PlannedSlots(Connection connection) throws SQLException {
        this.connection = connection;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
        try (Statement s = connection.createStatement()) {
            s.execute("""
                    create temporary table planned_slot (
                        case_id          uuid        not null,
                        debtor_id        uuid        not null,
                        contact_point_id uuid        not null,
                        scheduled_at     timestamptz not null,
                        case_version     bigint      not null,
                        plan_reason      text
                    ) on commit drop
                    """);
        }
    }

    public void add(UUID caseId, UUID debtorId, String contactPointId, Instant at, long caseVersion,
            String planReason) throws SQLException {
        batch.append(caseId).append('\t').append(debtorId).append('\t').append(contactPointId).append('\t')
                .append(at).append('\t').append(caseVersion).append('\t');
        appendCopyText(planReason);
        batch.append('\n');
        staged++;
        if (++batched == COPY_BATCH) {
            flush();
        }
    }

    public long staged() {
        return staged;
    }

    /**
     * Inserts the staged slots as PENDING; a case is left out when its replica row is no longer the version the
     * plan judged, its contact point is no longer VALID, or it has an open slot of the channel by now.
     *
     * @return how many slots were created
     */
    public int insert(Channel channel, Instant windowEnd, String actor, Instant now) throws SQLException {
        flush();
        try (Statement s = connection.createStatement()) {
            s.execute("analyze planned_slot");
        }
        // A separate statement: an insert that also reads contact_slot would re-read its own new rows per case.
        try (PreparedStatement s = connection.prepareStatement("""
                delete from planned_slot p using contact_slot s
                 where s.case_id = p.case_id and s.channel = ? and s.status in ('PENDING', 'LEASED')
                """)) {
            s.setString(1, channel.name());
            s.executeUpdate();
        }
        try (PreparedStatement s = connection.prepareStatement("""
                insert into contact_slot (id, case_id, debtor_id, channel, person, contact_point_id, priority,
                                          window_end, scheduled_at, status, leases, created_by, created_at, updated_at,
                                          plan_reason)
                select cast(? || lpad(to_hex(? + row_number() over (order by p.case_id)), 16, '0') as uuid),
                       p.case_id, p.debtor_id, ?, 'DEBTOR', p.contact_point_id, 0, ?, p.scheduled_at, 'PENDING', 0, ?, ?, ?,
                       p.plan_reason
                  from planned_slot p
                  join contactability c on c.case_id = p.case_id and c.case_version = p.case_version
                  join contact_point cp on cp.id = p.contact_point_id and cp.status = 'VALID'
                 order by p.case_id
                """)) {
            // Time-ordered ids, inserted in case order: each index is filled page after page instead of at random
            // pages, which halves the cost of writing a million slots.
            SlotIds ids = SlotIds.startingAt(now);
            s.setString(1, ids.highHex());
            s.setLong(2, ids.lowBase());
            s.setString(3, channel.name());
            s.setObject(4, DailyPlanRepository.utc(windowEnd));
            s.setString(5, actor);
            s.setObject(6, DailyPlanRepository.utc(now));
            s.setObject(7, DailyPlanRepository.utc(now));
            return s.executeUpdate();
        }
    }

    /** A value in COPY's text format: backslash, tab and line breaks escaped, null as {@code \N}. */
    private void appendCopyText(String value) {
        if (value == null) {
            batch.append("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> batch.append("\\\\");
                case '\t' -> batch.append("\\t");
                case '\n' -> batch.append("\\n");
                case '\r' -> batch.append("\\r");
                default -> batch.append(c);
            }
        }
    }

    private void flush() throws SQLException {
        if (batched == 0) {
            return;
        }
        try {
            copy.copyIn("copy planned_slot (case_id, debtor_id, contact_point_id, scheduled_at, case_version, "
                    + "plan_reason) from stdin",
                    new StringReader(batch.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY of planned slots failed", e);
        }
        batch.setLength(0);
        batched = 0;
    }
}
