package org.collections.cases.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.cases.CaseApi.as;
import static org.collections.cases.CaseApi.openCase;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
import java.util.Map;
import org.collections.testsupport.Tokens;
import org.collections.testsupport.fuzz.Fuzzer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Every operation of case-service's own OpenAPI document, attacked with the fuzz catalogue by several roles, on
 * real cases (one placed with the agency, one disputed, one in Breathing Space): no 5xx, every 4xx a problem, and
 * no rejected request writes anything.
 */
@QuarkusTest
class CaseFuzzTest {

    private static final String AGENCY = "AG-FUZZ-A";

    @Test
    void noOperationAnswersHostileInputWithA5xxOrWritesWhenItRejects() {
        String placed = openCase();
        org.collections.cases.CaseApi.registerAgency(AGENCY);
        String placement = as(Tokens.supervisor()).body(Map.of("agencyId", AGENCY)).post("/api/v1/cases/" + placed + "/placements")
                .then().statusCode(201).extract().path("id");
        String disputed = openCase();
        String dispute = as(Tokens.collector()).body(Map.of("reason", "not my debt")).post("/api/v1/cases/" + disputed + "/disputes")
                .then().statusCode(201).extract().path("id");
        String resting = openCase();
        String breathingSpace = as(Tokens.collector()).body(Map.of("type", "STANDARD", "reason", "DRS notification"))
                .post("/api/v1/cases/" + resting + "/breathing-space").then().statusCode(201).extract().path("id");
        String plain = openCase();
        List<String> cases = List.of(placed, disputed, resting, plain);
        List<String> debtors = cases.stream().map(id -> as(Tokens.admin()).get("/api/v1/cases/" + id).<String>path("debtorId")).toList();

        var config = ConfigProvider.getConfig();
        Fuzzer.FuzzReport report = Fuzzer.of("http://localhost:" + RestAssured.port)
                .as("admin", Tokens.admin())
                .as("supervisor", Tokens.supervisor())
                .as("collector", Tokens.collector())
                .as("auditor", Tokens.auditor())
                .as("agency " + AGENCY, Tokens.agency(AGENCY))
                .seed("cases", cases)
                .seed("caseId", cases)
                .seed("debtors", debtors)
                .seed("debtorId", debtors)
                .seed("placementId", List.of(placement))
                .seed("disputeId", List.of(dispute))
                .seed("breathingSpaceId", List.of(breathingSpace))
                .seed("agencyId", List.of(AGENCY))
                .seed("creditorId", List.of("ACME"))
                .database(config.getValue("quarkus.datasource.jdbc.url", String.class),
                        config.getValue("quarkus.datasource.username", String.class),
                        config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""))
                .run();

        assertThat(report.requests()).isGreaterThanOrEqualTo(10_000);
        assertThat(report.violations()).as("violations of case-service (see the summary above)").isEmpty();
    }
}
