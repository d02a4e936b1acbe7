package org.collections.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.awaitility.Awaitility;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** Scenario 1: a creditor's file of 1,000 cases, imported, bucketed, and known to contact-service as contactable. */
class ImportScenarioTest extends Scenario {

    static final int CASES = 1000;

    @Test
    void importedCasesAreBucketedAndContactable() {
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
        as(suite.cases, Tokens.admin()).contentType("application/x-ndjson")
                .body(file.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/case-imports").then().statusCode(200)
                .body("created", org.hamcrest.Matchers.equalTo(CASES));

        Map<String, String> caseIds = new HashMap<>();
        String cursor = null;
        for (int page = 0; caseIds.size() < CASES; page++) {
            var request = as(suite.cases, Tokens.admin()).queryParam("creditorId", creditor).queryParam("limit", 200);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath listed = request.get("/api/v1/cases").then().statusCode(200).extract().jsonPath();
            cursor = listed.getString("nextCursor");
            List<Map<String, Object>> items = listed.getList("items");
            assertThat(items).as("page " + page).isNotEmpty();
            for (Map<String, Object> c : items) {
                String ref = (String) c.get("externalRef");
                long dpd = ChronoUnit.DAYS.between(oldestUnpaid.get(ref), today);
                assertThat(c).as(ref).containsEntry("daysPastDue", (int) dpd).containsEntry("bucket", bucket(dpd));
                caseIds.put(ref, (String) c.get("id"));
            }
        }
        assertThat(caseIds).hasSize(CASES);

        Set<String> unknown = new HashSet<>(caseIds.values());
        // each imported case is two events for contact-service (the case, and its debtor's encrypted phone numbers)
        Awaitility.await("contact-service learns of all imported cases").atMost(Duration.ofSeconds(180))
                .pollInterval(Duration.ofMillis(500)).until(() -> {
                    unknown.removeIf(id -> Contacts.decide(id, "CALL").statusCode() == 200);
                    return unknown.isEmpty();
                });
        // 10:00 in New York on a weekday, nothing said or done yet: every one may be called
        caseIds.values().forEach(id -> assertThat(Contacts.decide(id, "CALL").then().extract().<String>path("decision"))
                .as(id).isEqualTo("ALLOW"));
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
