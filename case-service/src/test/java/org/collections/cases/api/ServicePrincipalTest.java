package org.collections.cases.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.cases.CaseApi.as;
import static org.collections.cases.CaseApi.openCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.collections.cases.CaseApi;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A platform service's own token (role service, as contact-service gets it from the gateway) reads any case with what
 * a service needs — state, restrictions, placement, the debtor's id, jurisdiction and time zone — and the debtor's
 * personal data masked, the name included; it may do nothing else.
 */
@QuarkusTest
class ServicePrincipalTest {

    private static final String SERVICE = Tokens.service("contact-service");

    @Test
    void aServiceReadsAnyCaseMaskedWithoutTheDebtorsName() {
        String id = openCase();
        CaseApi.place(id, "AG-SVC");
        String name = as(Tokens.admin()).get("/api/v1/cases/" + id).path("debtor.fullName");

        as(SERVICE).get("/api/v1/cases/" + id).then().statusCode(200)
                .body("id", equalTo(id))
                .body("status", notNullValue())
                .body("agencyId", equalTo("AG-SVC"))
                .body("debtorId", notNullValue())
                .body("debtor.jurisdiction", notNullValue())
                .body("debtor.timeZone", notNullValue())
                .body("debtor.masked", equalTo(true))
                .body("debtor.fullName", startsWith("*"))
                .body("debtor.nationalId", startsWith("****"))
                .body("debtor.phones", everyItem(startsWith("*")))
                .body("debtor.address", nullValue());
        assertThat(as(SERVICE).get("/api/v1/cases/" + id).asString()).doesNotContain(name);
        assertThat(Jdbc.count("select count(*) from audit_log where action = 'PII_READ' and actor = 'service:contact-service'"))
                .isZero();
    }

    @Test
    void aServiceMayDoNothingElse() {
        String id = openCase();
        String debtorId = as(Tokens.admin()).get("/api/v1/cases/" + id).path("debtorId");

        as(SERVICE).get("/api/v1/cases?limit=10").then().statusCode(403);
        as(SERVICE).get("/api/v1/debtors/" + debtorId).then().statusCode(403);
        as(SERVICE).get("/api/v1/cases/" + id + "/history").then().statusCode(403);
        as(SERVICE).body(Map.of("to", "PAUSED", "reason", "x")).post("/api/v1/cases/" + id + "/transitions")
                .then().statusCode(403).contentType("application/problem+json");
        as(SERVICE).body(Map.of("body", "hello")).post("/api/v1/cases/" + id + "/notes").then().statusCode(403);
    }

    @Test
    void aServiceRoleMixedWithAnotherRoleIsRefused() {
        String id = openCase();
        String mixed = Tokens.custom("service:contact-service", "service", null,
                claims -> claims.groups(java.util.Set.of("service", "admin")));
        String unnamed = Tokens.custom("contact-service", "service", null, claims -> { });

        as(mixed).get("/api/v1/cases/" + id).then().statusCode(401);
        as(unnamed).get("/api/v1/cases/" + id).then().statusCode(401);
    }
}
