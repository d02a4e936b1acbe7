package org.collections.cases.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.cases.CaseApi.as;
import static org.collections.cases.CaseApi.debt;
import static org.collections.cases.CaseApi.debtor;
import static org.collections.cases.CaseApi.newCase;
import static org.collections.cases.CaseApi.openCase;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.collections.testsupport.Concurrently;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotencyAndConcurrencyTest {

    private static Map<String, Object> request(String ref) {
        return newCase("IDEM", ref, debtor("ID-" + ref, String.format("+1 312 555 %04d", Math.abs(ref.hashCode() % 10000))),
                List.of(debt("250.00", "USD", "2026-10-01")));
    }

    @Test
    void replayWithTheSameKeyReturnsTheFirstResponseAndCreatesNothingMore() {
        Response first = as(Tokens.collector()).header("Idempotency-Key", "key-replay").body(request("R-1"))
                .post("/api/v1/cases");
        first.then().statusCode(201);
        Response second = as(Tokens.collector()).header("Idempotency-Key", "key-replay").body(request("R-1"))
                .post("/api/v1/cases");
        second.then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location"));
        assertThat(second.path("id").toString()).isEqualTo(first.path("id"));
        assertThat(second.asString()).isEqualTo(first.asString());
        assertThat(Jdbc.count("select count(*) from collection_case where external_ref = 'R-1'")).isEqualTo(1);
    }

    @Test
    void theSameKeyWithADifferentBodyIs422AndWritesNothing() {
        as(Tokens.collector()).header("Idempotency-Key", "key-misuse").body(request("R-2")).post("/api/v1/cases")
                .then().statusCode(201);
        as(Tokens.collector()).header("Idempotency-Key", "key-misuse").body(request("R-3")).post("/api/v1/cases")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("/idempotency-key-reused"));
        assertThat(Jdbc.count("select count(*) from collection_case where external_ref = 'R-3'")).isZero();
    }

    @Test
    void keysAreScopedToTheCaller() {
        as(Tokens.collector()).header("Idempotency-Key", "key-shared").body(request("R-4")).post("/api/v1/cases")
                .then().statusCode(201);
        // another principal re-using the key runs its own request: here it collides on the reference, a 409
        as(Tokens.supervisor()).header("Idempotency-Key", "key-shared").body(request("R-4")).post("/api/v1/cases")
                .then().statusCode(409);
    }

    @Test
    void concurrentDuplicatesWithOneKeyCreateOneCase() throws Exception {
        List<Response> responses = Concurrently.run(8, () -> as(Tokens.collector()).header("Idempotency-Key", "key-race")
                .body(request("R-5")).post("/api/v1/cases"));
        assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(201));
        assertThat(responses.stream().map(r -> r.path("id").toString()).distinct()).hasSize(1);
        assertThat(Jdbc.count("select count(*) from collection_case where external_ref = 'R-5'")).isEqualTo(1);
    }

    @Test
    void staleIfMatchIs412AndChangesNothing() {
        String id = openCase();
        String etag = as(Tokens.admin()).get("/api/v1/cases/" + id).header("ETag");
        as(Tokens.supervisor()).header("If-Match", etag)
                .body(Map.of("to", "ACTIVE", "reason", "first")).post("/api/v1/cases/" + id + "/transitions")
                .then().statusCode(200).header("ETag", "\"1\"");
        as(Tokens.supervisor()).header("If-Match", etag)
                .body(Map.of("ceaseCommunication", true, "deceased", false, "bankruptcy", false, "reason", "stale"))
                .put("/api/v1/cases/" + id + "/flags")
                .then().statusCode(412).contentType("application/problem+json");
        as(Tokens.admin()).get("/api/v1/cases/" + id).then().body("flags.ceaseCommunication", equalTo(false))
                .body("version", equalTo(1));
    }

    @Test
    void concurrentWritersNeverLoseAnUpdate() throws Exception {
        String id = openCase();
        List<Response> responses = Concurrently.run(6, () -> as(Tokens.supervisor())
                .body(Map.of("collector", "c-" + Thread.currentThread().getId(), "reason", "race"))
                .put("/api/v1/cases/" + id + "/assignment"));
        long ok = responses.stream().filter(r -> r.statusCode() == 200).count();
        assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).isIn(200, 409));
        assertThat(ok).isPositive();
        // every accepted write bumped the version exactly once, and was audited
        as(Tokens.admin()).get("/api/v1/cases/" + id).then().body("version", equalTo((int) ok));
        assertThat(Jdbc.count("select count(*) from audit_log where action = 'ASSIGNED' and entity_id = '" + id + "'"))
                .isEqualTo(ok);
    }

}
