package org.collections.cases.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.cases.CaseApi.as;
import static org.collections.cases.CaseApi.debt;
import static org.collections.cases.CaseApi.debtor;
import static org.collections.cases.CaseApi.newCase;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.collections.cases.TestClock;
import org.collections.commons.idempotency.IdempotencyKeys;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Stored responses for Idempotency-Key replays: encrypted, expiring, bound to subject + role + agency. */
@QuarkusTest
class IdempotencyRecordTest {

    @Inject
    TestClock clock;

    @Inject
    IdempotencyKeys keys;

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    private static Map<String, Object> request(String ref, String nationalId, String phone) {
        return newCase("IDEM-REC", ref, debtor(nationalId, phone), List.of(debt("250.00", "USD", "2026-10-01")));
    }

    private static Response create(String token, String key, Map<String, Object> body) {
        return as(token).header("Idempotency-Key", key).body(body).post("/api/v1/cases");
    }

    @Test
    void theStoredResponseHoldsNoPlaintextPersonalData() {
        create(Tokens.collector(), "rec-plain", request("REC-1", "NID-PLAIN-4711", "+13125550171")).then().statusCode(201);

        List<Map<String, Object>> rows = Jdbc.query("select * from idempotency_record");
        assertThat(rows).isNotEmpty();
        String raw = rows.toString();
        assertThat(raw).doesNotContain("NID-PLAIN-4711", "5550171", "Test Debtor", "@example.org", "collector-user");
        assertThat(Jdbc.query("select response_body from idempotency_record where response_body is not null"))
                .allSatisfy(row -> assertThat(row.get("response_body").toString()).startsWith("v1:"));
    }

    @Test
    void anExpiredKeyIsNotReplayedAndIsPurged() throws Throwable {
        Map<String, Object> body = request("REC-2", "NID-EXP-1", "+13125550172");
        create(Tokens.collector(), "rec-expiry", body).then().statusCode(201);
        clock.advance(Duration.ofHours(23));
        create(Tokens.collector(), "rec-expiry", body).then().statusCode(201).header("Idempotent-Replayed", "true");

        clock.advance(Duration.ofHours(2));
        // past the 24 h retention the key runs its request again: the reference now exists, a 409
        create(Tokens.collector(), "rec-expiry", body).then().statusCode(409);
        clock.advance(Duration.ofHours(25));
        VertxContextSupport.subscribeAndAwait(() -> keys.purgeExpired());
        assertThat(Jdbc.count("select count(*) from idempotency_record where created_at < timestamptz '"
                + clock.instant().minus(Duration.ofHours(24)) + "'")).isZero();
    }

    @Test
    void theSameKeyFromTheSameSubjectWithAnotherRoleIsNotAReplay() {
        Map<String, Object> body = request("REC-3", "NID-ROLE-1", "+13125550173");
        create(Tokens.mint("shared-user", "collector", null), "rec-role", body).then().statusCode(201);
        Response other = create(Tokens.mint("shared-user", "supervisor", null), "rec-role", body);
        other.then().statusCode(409);
        assertThat(other.header("Idempotent-Replayed")).isNull();
        create(Tokens.mint("shared-user", "collector", null), "rec-role", body).then().statusCode(201)
                .header("Idempotent-Replayed", "true");
    }
}
