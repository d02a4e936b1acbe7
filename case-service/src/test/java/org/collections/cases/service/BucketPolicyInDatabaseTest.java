package org.collections.cases.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.collections.cases.TestClock;
import org.collections.cases.domain.BucketPolicy;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.MutableClock;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The nightly set-based evaluation in PostgreSQL buckets every case exactly as {@link BucketPolicy} does in Java: one
 * case for each day past due from 0 to {@value #MAX_DPD}, so every bucket's first and last day is checked.
 */
@QuarkusTest
class BucketPolicyInDatabaseTest {

    private static final int MAX_DPD = 400;
    private static final String CREDITOR = "BUCKET-PROOF";

    @Inject
    TestClock clock;

    @Inject
    BucketPolicy policy;

    @Inject
    DelinquencyService delinquency;

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    @Test
    void theNightlyEvaluationAgreesWithTheBucketPolicyForEveryDayPastDue() throws Throwable {
        LocalDate day = LocalDate.ofInstant(MutableClock.START, ZoneOffset.UTC);
        // opened (in one bulk import) the day after: each case then stands one day further past due than on `day`,
        // so the evaluation of `day` has to recompute every one of them
        clock.set(MutableClock.START.plus(Duration.ofDays(1)));
        String rows = IntStream.rangeClosed(0, MAX_DPD).mapToObj(dpd -> String.format(
                "{\"creditorId\":\"%s\",\"externalRef\":\"DPD-%03d\",\"fullName\":\"Bucket %d\",\"nationalId\":\"BKTNID%03d\","
                        + "\"timeZone\":\"Europe/London\",\"jurisdiction\":\"GB\",\"product\":\"CREDIT_CARD\","
                        + "\"principal\":\"100.00\",\"currency\":\"GBP\",\"oldestUnpaidDate\":\"%s\"}",
                CREDITOR, dpd, dpd, dpd, day.minusDays(dpd))).collect(Collectors.joining("\n"));
        given().auth().oauth2(Tokens.supervisor()).contentType("application/x-ndjson")
                .body(rows.getBytes(StandardCharsets.UTF_8)).post("/api/v1/case-imports").then().statusCode(200)
                .body("created", equalTo(MAX_DPD + 1)).body("rejected", equalTo(0));
        clock.reset();

        VertxContextSupport.subscribeAndAwait(() -> delinquency.evaluate(day));

        List<Map<String, Object>> cases = Jdbc.query("select oldest_unpaid_date, days_past_due, bucket "
                + "from collection_case where creditor_id = '" + CREDITOR + "'");
        assertThat(cases).hasSize(MAX_DPD + 1);
        for (Map<String, Object> c : cases) {
            int expectedDpd = BucketPolicy.daysPastDue(((Date) c.get("oldest_unpaid_date")).toLocalDate(), day);
            assertThat(c.get("days_past_due")).as("days past due of %s", c).isEqualTo(expectedDpd);
            assertThat(c.get("bucket")).as("bucket of %s", c).isEqualTo(policy.bucketFor(expectedDpd));
        }
        assertThat(cases).extracting(c -> (Integer) c.get("days_past_due"))
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(0, MAX_DPD).boxed().toList());
        assertThat(cases).extracting(c -> (String) c.get("bucket")).contains(BucketPolicy.CURRENT)
                .containsAll(policy.buckets().stream().map(BucketPolicy.Bucket::label).toList());
    }
}
