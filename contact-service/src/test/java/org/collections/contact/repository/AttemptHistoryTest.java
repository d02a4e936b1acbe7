package org.collections.contact.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.collections.commons.outbox.EventSignature;
import org.collections.contact.compliance.AttemptRecord;
import org.collections.contact.compliance.Channel;
import org.collections.contact.compliance.Outcome;
import org.collections.contact.events.CaseEventFeed;
import org.collections.contact.model.Attempt;
import org.collections.contact.model.ContactPoint;
import org.junit.jupiter.api.Test;

/**
 * A contact decision and the daily plan judge a debtor by the same attempt history: the decision API reads one
 * debtor's, the daily plan streams every debtor's, and both must see exactly the same attempts.
 */
@QuarkusTest
class AttemptHistoryTest {

    private static final Instant NOW = Instant.parse("2026-11-30T15:00:00Z");
    private static final Instant SINCE = NOW.minus(Duration.ofDays(31));

    @Inject
    AttemptRepository attempts;

    @Inject
    DailyPlanRepository plan;

    @Inject
    DataSource dataSource;

    @Inject
    EventSignature signature;

    @Test
    void aDecisionAndTheDailyPlanSeeTheSameHistory() throws Throwable {
        String[] opened = new CaseEventFeed(signature).openCase("US-NY", "America/New_York");
        UUID caseA = UUID.fromString(opened[0]);
        UUID debtor = UUID.fromString(opened[1]);
        UUID caseB = UUID.randomUUID();
        UUID otherDebtor = UUID.randomUUID();
        insert(caseA, debtor, 60, Outcome.NO_ANSWER, false); // old, nothing reached the debtor: out
        insert(caseA, debtor, 50, Outcome.RIGHT_PARTY_CONTACT, false); // case A's first communication: in
        insert(caseA, debtor, 40, Outcome.RIGHT_PARTY_CONTACT, false); // an old later one: out
        insert(caseB, debtor, 45, Outcome.DELIVERED, false); // case B's first communication: in
        insert(caseA, debtor, 90, Outcome.BOUNCED, true); // a validation notice, however old: in
        insert(caseB, debtor, 5, Outcome.NO_ANSWER, false); // recent: in
        insert(caseA, otherDebtor, 1, Outcome.NO_ANSWER, false); // another debtor's: out

        List<AttemptRecord> decision = decisionHistory(debtor);
        List<AttemptRecord> daily = dailyPlanHistory(debtor);

        assertThat(decision).extracting(AttemptRecord::at).containsExactlyInAnyOrder(daysAgo(50), daysAgo(45),
                daysAgo(90), daysAgo(5));
        assertThat(daily).containsExactlyInAnyOrderElementsOf(decision);
    }

    private List<AttemptRecord> decisionHistory(UUID debtor) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> attempts.forRules(debtor, SINCE)))
                .stream().map(Attempt::record).toList();
    }

    private List<AttemptRecord> dailyPlanHistory(UUID debtor) throws Exception {
        List<AttemptRecord> history = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            plan.forEachCandidate(connection, Channel.CALL, ContactPoint.Kind.PHONE, java.util.Set.of(), SINCE, NOW, row -> {
                if (row.debtorId().equals(debtor)) {
                    history.addAll(row.history());
                }
            });
            connection.rollback();
        }
        return history;
    }

    private void insert(UUID caseId, UUID debtorId, int daysAgo, Outcome outcome, boolean notice) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement s = connection.prepareStatement("""
                insert into attempt (case_id, debtor_id, channel, direction, person, at, outcome, collector, purpose)
                values (?, ?, 'LETTER', 'OUTBOUND', 'DEBTOR', ?, ?, 'test', ?)
                """)) {
            s.setObject(1, caseId);
            s.setObject(2, debtorId);
            s.setObject(3, daysAgo(daysAgo).atOffset(ZoneOffset.UTC));
            s.setString(4, outcome.name());
            s.setString(5, notice ? "VALIDATION_NOTICE" : null);
            s.executeUpdate();
        }
    }

    private static Instant daysAgo(int days) {
        return NOW.minus(Duration.ofDays(days));
    }
}
