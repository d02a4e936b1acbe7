package org.collections.contact.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.contact.api.ReplicaAndLedgerTest.as;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.collections.commons.outbox.EventSignature;
import org.collections.contact.events.CaseEventFeed;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The daily plan with learned timing, through the real database: the ledger's best hour, a better channel, and the
 * hourly capacity of a creditor's own pool.
 */
@QuarkusTest
class LearnedTimingPlanTest {

    @Inject
    EventSignature signature;

    /** {caseId, debtorId, phoneId} of a new UK case in London of {@code creditor}. */
    private String[] londonCaseOf(String creditor) throws Exception {
        CaseEventFeed feed = new CaseEventFeed(signature);
        String[] ids = feed.openCase("UK", "Europe/London");
        feed.deliver(UUID.randomUUID(), "CaseStatusChanged", Map.of("caseId", ids[0], "debtorId", ids[1],
                "creditorId", creditor, "to", "ACTIVE", "restrictions", List.of(), "caseVersion", 1)).then()
                .statusCode(200);
        String phone = as(Tokens.collector()).body(Map.of("debtorId", ids[1], "kind", "PHONE",
                "value", String.format("+44 20 7946 %04d", (int) (Math.random() * 10_000))))
                .post("/api/v1/contact-points").then().statusCode(201).extract().path("id");
        return new String[] {ids[0], ids[1], phone};
    }

    /**
     * {@code attempts} outbound attempts on the debtor of {@code ids} at {@code hour}:00 London time (a minute later
     * for each round), spread over the 80 days from 2026-09-01 (within the 90 days learned from), the first
     * {@code contacts} of them right-party contacts.
     */
    private static void ledger(String[] ids, String channel, int hour, int attempts, int contacts) {
        Jdbc.query("""
                insert into attempt (case_id, debtor_id, channel, direction, person, contact_point_id, at, outcome,
                                     collector)
                select '%1$s', '%2$s', '%3$s', 'OUTBOUND', 'DEBTOR', '%4$s',
                       (timestamp '2026-09-01 %5$02d:00' + make_interval(days => i %% 80, mins => i / 80)) at time zone 'Europe/London',
                       case when i < %7$d then 'RIGHT_PARTY_CONTACT' else 'NO_ANSWER' end, 'collector-1'
                  from generate_series(0, %6$d - 1) i
                returning id
                """.formatted(ids[0], ids[1], channel, ids[2], hour, attempts, contacts));
    }

    private static List<Map<String, Object>> slots(String caseId, String channel) {
        return Jdbc.query("select * from contact_slot where case_id = '" + caseId + "' and channel = '" + channel + "'");
    }

    private static String creditor(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    @Test
    void theCallPlanUsesTheHourSimilarCasesAnswerBestAndLeavesCasesThatAnswerBetterBySmsToTheSmsPlan()
            throws Exception {
        // creditor A's London debtors answer calls at 18:00 (30 of 40), rarely at 08:00 (2 of 40); 12:00 looked
        // perfect, but on 5 calls only
        String eveningCreditor = creditor("EVENING");
        String[] history = londonCaseOf(eveningCreditor);
        ledger(history, "CALL", 18, 40, 30);
        ledger(history, "CALL", 8, 40, 2);
        ledger(history, "CALL", 12, 5, 5);
        String[] evening = londonCaseOf(eveningCreditor);
        // creditor B's debtors answer text messages (130 of 300; at 10:00 120 of 200) far better than calls (10 of 200)
        String textCreditor = creditor("TEXTS");
        String[] textHistory = londonCaseOf(textCreditor);
        ledger(textHistory, "CALL", 10, 200, 10);
        ledger(textHistory, "SMS", 10, 200, 120);
        ledger(textHistory, "SMS", 8, 100, 10);
        String[] texter = londonCaseOf(textCreditor);
        // no history at all: the earliest permitted time, 08:00
        String[] unknown = londonCaseOf(creditor("NEW"));

        Map<String, Object> report = as(Tokens.supervisor()).body(Map.of("day", "2026-11-26", "channel", "CALL"))
                .post("/api/v1/daily-plans").then().statusCode(200).body("timing", equalTo("LEARNED"))
                .extract().path("");

        Map<String, Object> eveningSlot = slots(evening[0], "CALL").get(0);
        assertThat(((Timestamp) eveningSlot.get("scheduled_at")).toInstant())
                .isEqualTo(Instant.parse("2026-11-26T18:00:00Z"));
        assertThat((String) eveningSlot.get("plan_reason")).startsWith("best hour 18 local, RPC rate 0.")
                .endsWith("over 40 attempts");
        Map<String, Object> unknownSlot = slots(unknown[0], "CALL").get(0);
        assertThat(((Timestamp) unknownSlot.get("scheduled_at")).toInstant())
                .isEqualTo(Instant.parse("2026-11-26T08:00:00Z"));
        assertThat(unknownSlot.get("plan_reason")).isEqualTo("earliest permitted: too little history");
        assertThat(slots(texter[0], "CALL")).as("left to the SMS plan").isEmpty();
        @SuppressWarnings("unchecked")
        Map<String, Integer> skipped = (Map<String, Integer>) report.get("skipped");
        assertThat(skipped.get("PREFERS_CHANNEL:SMS")).isGreaterThanOrEqualTo(2);
        @SuppressWarnings("unchecked")
        Map<String, Integer> choices = (Map<String, Integer>) report.get("timeChoices");
        assertThat(choices.get("BEST_HOUR")).isGreaterThanOrEqualTo(2);
        assertThat(choices.get("EARLIEST_TOO_LITTLE_HISTORY")).isGreaterThanOrEqualTo(1);

        // the planned time is one a contact decision allows
        assertThat(as(Tokens.collector()).body(Map.of("caseId", evening[0], "channel", "CALL", "contactPointId",
                evening[2], "at", "2026-11-26T18:00:00Z")).post("/api/v1/contact-decisions").then().statusCode(200)
                .extract().<String>path("decision")).isEqualTo("ALLOW");

        // the SMS plan of the day takes the case, at its segment's best SMS hour (10:00)
        as(Tokens.supervisor()).body(Map.of("day", "2026-11-26", "channel", "SMS")).post("/api/v1/daily-plans")
                .then().statusCode(200);
        List<Map<String, Object>> sms = slots(texter[0], "SMS");
        assertThat(sms).hasSize(1);
        assertThat(((Timestamp) sms.get(0).get("scheduled_at")).toInstant())
                .isEqualTo(Instant.parse("2026-11-26T10:00:00Z"));
    }

    @Test
    void withTwoCallsPerHourNoHourGetsMoreAndTheRestGoToTheNextBestHours() throws Exception {
        // contact.plan.capacity.creditor."CAPACITY-TEST".per-hour.CALL=2 (application.properties, %test)
        String creditor = "CAPACITY-TEST";
        String[] history = londonCaseOf(creditor);
        ledger(history, "CALL", 18, 40, 30);
        ledger(history, "CALL", 17, 40, 20);
        ledger(history, "CALL", 8, 40, 2);
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            cases.add(londonCaseOf(creditor)[0]);
        }

        Map<String, Object> report = as(Tokens.supervisor()).body(Map.of("day", "2026-11-28", "channel", "CALL"))
                .post("/api/v1/daily-plans").then().statusCode(200).extract().path("");

        List<Map<String, Object>> all = Jdbc.query("""
                select s.scheduled_at, s.plan_reason, s.case_id::text as case_id from contact_slot s
                  join contactability c on c.case_id = s.case_id
                 where c.creditor_id = 'CAPACITY-TEST' and s.channel = 'CALL'""");
        Map<Instant, Long> perHour = new TreeMap<>();
        all.forEach(slot -> perHour.merge(((Timestamp) slot.get("scheduled_at")).toInstant(), 1L, Long::sum));
        assertThat(perHour).as("slots per UTC hour")
                .allSatisfy((hour, calls) -> assertThat(calls).isLessThanOrEqualTo(2))
                .containsEntry(Instant.parse("2026-11-28T18:00:00Z"), 2L)
                .containsEntry(Instant.parse("2026-11-28T17:00:00Z"), 2L);
        List<Map<String, Object>> mine = all.stream().filter(slot -> cases.contains(slot.get("case_id"))).toList();
        assertThat(mine).as("every case planned").hasSize(5);
        assertThat(mine).filteredOn(slot -> !Instant.parse("2026-11-28T18:00:00Z")
                .equals(((Timestamp) slot.get("scheduled_at")).toInstant()))
                .isNotEmpty().allSatisfy(slot -> assertThat((String) slot.get("plan_reason")).matches(
                        "next-best hour (17|8) local \\(better hours full\\), RPC rate 0\\.\\d\\d over 40 attempts"));
        @SuppressWarnings("unchecked")
        Map<String, Integer> choices = (Map<String, Integer>) report.get("timeChoices");
        assertThat(choices.get("NEXT_BEST_HOUR_CAPACITY")).isGreaterThanOrEqualTo(3);
    }
}
