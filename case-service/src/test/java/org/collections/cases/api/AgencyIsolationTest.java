package org.collections.cases.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.cases.CaseApi.as;
import static org.collections.cases.CaseApi.openCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.collections.cases.CaseApi;
import org.collections.testsupport.Concurrently;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AgencyIsolationTest {

    private static String place(String caseId, String agency) {
        return CaseApi.place(caseId, agency);
    }

    @Test
    void anAgencySeesOnlyItsPlacedCasesWithPiiMasked() {
        String caseA = openCase();
        String caseB = openCase();
        place(caseA, "AG-ISO-A");
        place(caseB, "AG-ISO-B");
        String tokenA = Tokens.agency("AG-ISO-A");

        as(tokenA).get("/api/v1/cases/" + caseA).then().statusCode(200)
                .body("debtor.masked", equalTo(true))
                .body("debtor.nationalId", startsWith("****"))
                .body("debtor.phones", everyItem(startsWith("*")))
                .body("debtor.address", org.hamcrest.Matchers.nullValue());
        // another agency's case does not exist for A: read, list, change, sub-resources
        as(tokenA).get("/api/v1/cases/" + caseB).then().statusCode(404).contentType("application/problem+json");
        as(tokenA).get("/api/v1/cases/" + caseB + "/notes").then().statusCode(404);
        as(tokenA).get("/api/v1/cases/" + caseB + "/placements").then().statusCode(404);
        as(tokenA).body(Map.of("body", "hello")).post("/api/v1/cases/" + caseB + "/notes").then().statusCode(404);
        as(tokenA).body(Map.of("to", "PROMISE_TO_PAY", "reason", "x")).post("/api/v1/cases/" + caseB + "/transitions")
                .then().statusCode(404);
        as(tokenA).body(Map.of("reason", "x")).post("/api/v1/cases/" + caseB + "/disputes").then().statusCode(404);
        List<String> listed = as(tokenA).get("/api/v1/cases?limit=200").then().statusCode(200).extract().path("items.id");
        assertThat(listed).contains(caseA).doesNotContain(caseB);
        assertThat(as(tokenA).get("/api/v1/cases?agencyId=AG-ISO-B").then().extract().<List<?>>path("items")).isEmpty();
        // the debtor of B's case is not visible either
        String debtorB = as(Tokens.admin()).get("/api/v1/cases/" + caseB).path("debtorId");
        as(tokenA).get("/api/v1/debtors/" + debtorB).then().statusCode(404);
        assertThat(Jdbc.count("select count(*) from case_note where case_id = '" + caseB + "'")).isZero();
    }

    @Test
    void recallEndsTheAgencysAccessAtOnce() {
        String id = openCase();
        String placement = place(id, "AG-REC");
        String token = Tokens.agency("AG-REC");
        as(token).get("/api/v1/cases/" + id).then().statusCode(200);
        CaseApi.registerAgency("AG-OTHER");
        as(Tokens.supervisor()).body(Map.of("agencyId", "AG-OTHER")).post("/api/v1/cases/" + id + "/placements")
                .then().statusCode(409);
        as(Tokens.supervisor()).body(Map.of("reason", "performance")).post("/api/v1/cases/" + id + "/placements/"
                + placement + "/recall").then().statusCode(200).body("active", equalTo(false));
        as(token).get("/api/v1/cases/" + id).then().statusCode(404);
        as(Tokens.admin()).get("/api/v1/cases/" + id + "/placements").then().body("items.size()", equalTo(1))
                .body("items[0].recallReason", equalTo("performance"));
    }

    @Test
    void agenciesMayNotPlaceOrAssign() {
        String id = openCase();
        place(id, "AG-ROLE");
        as(Tokens.agency("AG-ROLE")).body(Map.of("agencyId", "AG-ROLE")).post("/api/v1/cases/" + id + "/placements")
                .then().statusCode(403).contentType("application/problem+json");
        as(Tokens.agency("AG-ROLE")).body(Map.of("collector", "me", "reason", "x")).put("/api/v1/cases/" + id + "/assignment")
                .then().statusCode(403);
    }

    @Test
    void unmaskedReadsAreAuditedAndTokensAreRequired() {
        String id = openCase();
        String debtorId = as(Tokens.collector()).get("/api/v1/cases/" + id).then().statusCode(200).extract().path("debtorId");
        assertThat(Jdbc.count("select count(*) from audit_log where action = 'PII_READ' and actor = 'collector-user' "
                + "and entity_id = '" + debtorId + "'")).isEqualTo(1);
        io.restassured.RestAssured.given().get("/api/v1/cases/" + id).then().statusCode(401);
        io.restassured.RestAssured.given().auth().oauth2("not-a-token").get("/api/v1/cases/" + id).then().statusCode(401);
    }

    @Test
    void concurrentUnmaskedReadsAreEachAuditedOnceBeforeTheyAreAnswered() throws Exception {
        String id = openCase();
        List<String> debtorIds = Concurrently.run(24, () -> as(Tokens.collector()).get("/api/v1/cases/" + id)
                .then().statusCode(200).extract().<String>path("debtorId"));
        assertThat(Jdbc.count("select count(*) from audit_log where action = 'PII_READ' and actor = 'collector-user' "
                + "and entity_id = '" + debtorIds.get(0) + "' and reason = 'case " + id + " read'")).isEqualTo(24);
    }
}
