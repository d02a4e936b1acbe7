package org.collections.cases.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.cases.CaseApi.as;
import static org.collections.cases.CaseApi.debt;
import static org.collections.cases.CaseApi.newCase;
import static org.collections.cases.CaseApi.openCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.collections.cases.CaseApi;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** Identifiers are canonical, and agencies are a registry that placements check. */
@QuarkusTest
class IdentifiersAndAgenciesTest {

    @Test
    void lookAlikeCreditorIdsAreOneCreditorOrRejected() {
        Map<String, Object> debtor = CaseApi.debtor("CANON-1", "+86 138 0013 8000");
        String first = as(Tokens.admin()).body(newCase("SEC-TEST", "CANON-REF-1", debtor, List.of(debt("10.00", "CNY", "2026-10-01"))))
                .post("/api/v1/cases").then().statusCode(201).body("creditorId", equalTo("SEC-TEST")).extract().path("id");
        // lower case is the same creditor: one open case per debtor and creditor still holds
        as(Tokens.admin()).body(newCase("sec-test", "CANON-REF-2", debtor, List.of(debt("10.00", "CNY", "2026-10-01"))))
                .post("/api/v1/cases").then().statusCode(409).contentType("application/problem+json");
        // full-width letters normalise (NFKC) to the same creditor too
        as(Tokens.admin()).body(newCase("ＳＥＣ-ＴＥＳＴ", "CANON-REF-3", debtor, List.of(debt("10.00", "CNY", "2026-10-01"))))
                .post("/api/v1/cases").then().statusCode(409);
        // a zero-width space or a Cyrillic look-alike is no identifier at all
        for (String lookAlike : List.of("SEC-TEST\u200B", "S\u0415C-TEST", "SEC TEST", "-SEC")) {
            as(Tokens.admin()).body(newCase(lookAlike, "CANON-REF-4", debtor, List.of(debt("10.00", "CNY", "2026-10-01"))))
                    .post("/api/v1/cases").then().statusCode(422).contentType("application/problem+json")
                    .body("errors.field", hasItem("creditorId"));
        }
        as(Tokens.admin()).body(newCase("OTHER", "REF\u200B-1", debtor, List.of(debt("10.00", "CNY", "2026-10-01"))))
                .post("/api/v1/cases").then().statusCode(422).body("errors.field", hasItem("externalRef"));
        assertThat(Jdbc.count("select count(*) from collection_case where creditor_id <> 'SEC-TEST' and creditor_id ilike '%sec%test%'"))
                .isZero();
        as(Tokens.admin()).get("/api/v1/cases?creditorId=sec-test").then().statusCode(200)
                .body("items.id", hasItem(first));
        as(Tokens.admin()).get("/api/v1/cases?creditorId=SEC-TEST%E2%80%8B").then().statusCode(422);
    }

    @Test
    void anAdminRegistersAgenciesAndPlacementNeedsARegisteredActiveOne() {
        as(Tokens.supervisor()).body(Map.of("id", "AG-REG-1", "name", "Agency One", "reason", "contract"))
                .post("/api/v1/agencies").then().statusCode(403);
        as(Tokens.admin()).body(Map.of("id", "ag-reg-1", "name", "Agency One", "reason", "contract signed"))
                .post("/api/v1/agencies").then().statusCode(201).header("Location", org.hamcrest.Matchers.endsWith("/api/v1/agencies/AG-REG-1"))
                .body("id", equalTo("AG-REG-1")).body("status", equalTo("ACTIVE"));
        as(Tokens.admin()).body(Map.of("id", "AG-REG-1", "name", "Again", "reason", "x")).post("/api/v1/agencies")
                .then().statusCode(409);
        as(Tokens.admin()).body(Map.of("id", "AG\u200B-REG", "name", "Hidden", "reason", "x")).post("/api/v1/agencies")
                .then().statusCode(422).body("errors.field", hasItem("id"));
        as(Tokens.supervisor()).get("/api/v1/agencies?limit=200").then().statusCode(200).body("items.id", hasItem("AG-REG-1"));
        as(Tokens.supervisor()).get("/api/v1/agencies/ag-reg-1").then().statusCode(200).body("name", equalTo("Agency One"));
        as(Tokens.agency("AG-REG-1")).get("/api/v1/agencies").then().statusCode(403);
        assertThat(Jdbc.count("select count(*) from audit_log where action = 'AGENCY_REGISTERED' and entity_id = 'AG-REG-1' "
                + "and actor = 'admin-user'")).isEqualTo(1);

        String id = openCase();
        long placements = Jdbc.count("select count(*) from placement");
        as(Tokens.supervisor()).body(Map.of("agencyId", "AG-NEVER-REGISTERED")).post("/api/v1/cases/" + id + "/placements")
                .then().statusCode(422).contentType("application/problem+json").body("errors.field", hasItem("agencyId"));
        as(Tokens.admin()).body(Map.of("status", "SUSPENDED", "reason", "contract under review"))
                .put("/api/v1/agencies/AG-REG-1/status").then().statusCode(200).body("status", equalTo("SUSPENDED"));
        as(Tokens.supervisor()).body(Map.of("agencyId", "AG-REG-1")).post("/api/v1/cases/" + id + "/placements")
                .then().statusCode(422).body("errors.field", hasItem("agencyId"));
        assertThat(Jdbc.count("select count(*) from placement")).isEqualTo(placements);
        assertThat(Jdbc.count("select count(*) from audit_log where action = 'AGENCY_STATUS_CHANGED' and entity_id = 'AG-REG-1'"))
                .isEqualTo(1);

        as(Tokens.admin()).body(Map.of("status", "ACTIVE", "reason", "review passed"))
                .put("/api/v1/agencies/AG-REG-1/status").then().statusCode(200);
        as(Tokens.supervisor()).body(Map.of("agencyId", "ag-reg-1")).post("/api/v1/cases/" + id + "/placements")
                .then().statusCode(201).body("agencyId", equalTo("AG-REG-1"));
        as(Tokens.agency("AG-REG-1")).get("/api/v1/cases/" + id).then().statusCode(200);
    }
}
