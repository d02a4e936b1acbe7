package org.collections.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.collections.client.model.CaseSummary;
import org.collections.client.model.Channel;
import org.collections.client.model.ContactDecision;
import org.collections.client.model.CursorPageCaseSummary;
import org.collections.client.model.ImportReport;
import org.junit.jupiter.api.Test;

/** Scenario 1: a creditor's file of 1,000 cases, imported, bucketed, and known to contact-service as contactable. */
class ImportScenarioTest extends Scenario {

    static final int CASES = 1000;

    @Test
    void importedCasesAreBucketedAndContactable() throws Exception {
        LocalDate today = LocalDate.ofInstant(suite.now(), ZoneOffset.UTC);
        String creditor = unique("IMPORT");
        Map<String, LocalDate> oldestUnpaid = new HashMap<>();
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < CASES; i++) {
            String ref = "ACC-" + i;
            LocalDate oldest = today.minusDays(i % 250);
            oldestUnpaid.put(ref, oldest);
            file.append(String.format("""
                    {"creditorId":"%s","externalRef":"%s","fullName":"Debtor %d","nationalId":"%s-%d",\
                    "phones":["+1 212 555 %04d"],"timeZone":"America/New_York","jurisdiction":"US",\
                    "product":"CONSUMER_LOAN","principal":"%d.50","currency":"USD","oldestUnpaidDate":"%s"}
                    """, creditor, ref, i, creditor, i, i, 100 + i, oldest));
        }
        ImportReport report = Gateway.admin().imports().importCases(file.toString());
        assertThat(report.getCreated()).isEqualTo(CASES);

        Map<String, UUID> caseIds = new HashMap<>();
        String cursor = null;
        for (int page = 0; caseIds.size() < CASES; page++) {
            CursorPageCaseSummary listed = Gateway.admin().cases().listCases(null, null, null, creditor, cursor, null,
                    null, 200, null, null, null, null);
            cursor = listed.getNextCursor();
            assertThat(listed.getItems()).as("page " + page).isNotEmpty();
            for (CaseSummary c : listed.getItems()) {
                String ref = c.getExternalRef();
                long dpd = ChronoUnit.DAYS.between(oldestUnpaid.get(ref), today);
                assertThat(c.getDaysPastDue()).as(ref).isEqualTo((int) dpd);
                assertThat(c.getBucket()).as(ref).isEqualTo(bucket(dpd));
                caseIds.put(ref, c.getId());
            }
        }
        assertThat(caseIds).hasSize(CASES);

        Set<UUID> unknown = new HashSet<>(caseIds.values());
        // each imported case is two events for contact-service (the case, and its debtor's encrypted phone numbers)
        Awaitility.await("contact-service learns of all imported cases").atMost(Duration.ofMinutes(6))
                .pollInterval(Duration.ofMillis(500)).until(() -> {
                    unknown.removeIf(id -> Contacts.decisionStatus(id) == 200);
                    return unknown.isEmpty();
                });
        // 10:00 in New York on a weekday, nothing said or done yet: every one may be called
        for (UUID id : caseIds.values()) {
            assertThat(Contacts.decide(id, Channel.CALL).getDecision()).as(id.toString())
                    .isEqualTo(ContactDecision.DecisionEnum.ALLOW);
        }
    }

    /** The buckets case-service is configured with: 1-30, 31-60, 61-90, 91-120, 121-180, 181+. */
    private static String bucket(long dpd) {
        if (dpd == 0) {
            return "CURRENT";
        }
        long[][] ranges = {{1, 30}, {31, 60}, {61, 90}, {91, 120}, {121, 180}};
        for (long[] r : ranges) {
            if (dpd >= r[0] && dpd <= r[1]) {
                return r[0] + "-" + r[1];
            }
        }
        return "181+";
    }
}
