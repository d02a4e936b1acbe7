package org.collections.contact.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.contact.api.ReplicaAndLedgerTest.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.collections.commons.outbox.EventSignature;
import org.collections.contact.events.CreditorCases;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RuleOverridesApiTest {

    /** 20:30 in New York (EST) on 2026-11-23. */
    private static final String EVENING_NY = "2026-11-24T01:30:00Z";

    @Inject
    EventSignature signature;

    private static String overrides(String pack, String creditor) {
        return "/api/v1/rule-packs/" + pack + "/overrides/" + creditor;
    }

    private static String decision(String caseId, String at) {
        return as(Tokens.collector()).body(Map.of("caseId", caseId, "channel", "CALL", "at", at))
                .post("/api/v1/contact-decisions").then().statusCode(200).extract().asString();
    }

    private static long audited(String action, String entityId) {
        return Jdbc.count("select count(*) from audit_log where entity_type = 'rule_override' and action = '" + action
                + "' and entity_id = '" + entityId + "' and actor = 'admin-user' and reason is not null");
    }

    @Test
    void aStricterOverrideBindsThatCreditorsCasesAndNoOthers() throws Exception {
        String acme = CreditorCases.newCreditor();
        String other = CreditorCases.newCreditor();
        String acmeCase = new CreditorCases(signature).open(acme, "US", "America/New_York")[0];
        String otherCase = new CreditorCases(signature).open(other, "US", "America/New_York")[0];

        as(Tokens.admin()).body(Map.of("hoursEnd", "20:00", "callWindow", "P10D", "reason", "Creditor policy CP-7"))
                .put(overrides("US_REGF", acme)).then().statusCode(201).header("ETag", "\"0\"")
                .body("hoursEnd", equalTo("20:00")).body("callWindow", equalTo("P10D"))
                .body("hoursStart", nullValue()).body("updatedBy", equalTo("admin-user"));

        JsonPath blocked = JsonPath.from(decision(acmeCase, EVENING_NY));
        assertThat(blocked.getString("decision")).isEqualTo("BLOCK");
        assertThat(blocked.getList("violations.ruleId")).containsExactly("US_REGF.CONTACT_HOURS");
        assertThat(blocked.getString("violations[0].reason")).contains("08:00–20:00");
        assertThat(blocked.getString("nextPermittedAt")).isEqualTo("2026-11-24T13:00:00Z");
        assertThat(JsonPath.from(decision(otherCase, EVENING_NY)).getString("decision")).isEqualTo("ALLOW");

        as(Tokens.supervisor()).get("/api/v1/rule-packs/US_REGF/effective?creditorId=" + acme).then().statusCode(200)
                .body("hoursEnd", equalTo("20:00")).body("callWindow", equalTo("P10D"))
                .body("callCoolDown", equalTo("P7D")).body("overrideVersion", equalTo(0))
                .body("rules", hasItem("US_REGF.VALIDATION_NOTICE"));
        as(Tokens.auditor()).get("/api/v1/rule-packs/US_REGF/effective?creditorId=" + other).then().statusCode(200)
                .body("hoursEnd", equalTo("21:00")).body("overrideVersion", nullValue());
        as(Tokens.auditor()).get(overrides("US_REGF", acme)).then().statusCode(200).header("ETag", "\"0\"")
                .body("creditorId", equalTo(acme));
        List<String> listed = as(Tokens.collector()).get("/api/v1/rule-packs/US_REGF/overrides?limit=200").then()
                .statusCode(200).extract().path("items.creditorId");
        assertThat(listed).contains(acme).doesNotContain(other);
        assertThat(audited("RULE_OVERRIDE_SET", "US_REGF/" + acme)).isEqualTo(1);

        as(Tokens.admin()).delete(overrides("US_REGF", acme) + "?reason=Policy%20withdrawn").then().statusCode(204);
        assertThat(JsonPath.from(decision(acmeCase, EVENING_NY)).getString("decision")).isEqualTo("ALLOW");
        as(Tokens.admin()).get(overrides("US_REGF", acme)).then().statusCode(404);
        assertThat(audited("RULE_OVERRIDE_DELETED", "US_REGF/" + acme)).isEqualTo(1);
    }

    @Test
    void aMoreLenientOverrideIsA422NamingTheParameterAndNothingIsStored() {
        String creditor = CreditorCases.newCreditor();
        List<Map<String, Object>> lenient = List.of(
                Map.of("hoursEnd", "21:30", "reason", "r"),
                Map.of("hoursStart", "09:00", "honourStatedTimes", false, "reason", "r"),
                Map.of("callCap", 8, "reason", "r"));
        List<String> packs = List.of("UK_CONC", "UK_CONC", "US_REGF");
        List<String> fields = List.of("hoursEnd", "honourStatedTimes", "callCap");
        for (int i = 0; i < lenient.size(); i++) {
            as(Tokens.admin()).body(lenient.get(i)).put(overrides(packs.get(i), creditor)).then().statusCode(422)
                    .contentType("application/problem+json").body("errors[0].field", equalTo(fields.get(i)))
                    .body("detail", containsString("more lenient"));
        }
        as(Tokens.admin()).body(Map.of("validationNoticeDays", 6, "reason", "r")).put(overrides("US_REGF", creditor))
                .then().statusCode(422).body("errors[0].field", equalTo("validationNoticeDays"));
        as(Tokens.admin()).body(Map.of("hoursStart", "20:00", "hoursEnd", "19:00", "reason", "r"))
                .put(overrides("US_REGF", creditor)).then().statusCode(422).body("errors[0].field", equalTo("hoursStart"));
        as(Tokens.admin()).body(Map.of("callCap", 0, "reason", "r")).put(overrides("US_REGF", creditor)).then()
                .statusCode(422).body("errors[0].field", equalTo("callCap"));

        as(Tokens.admin()).body(Map.of("callWindow", "ten days", "reason", "r")).put(overrides("US_REGF", creditor))
                .then().statusCode(422).body("errors[0].field", equalTo("callWindow"));
        as(Tokens.admin()).body(Map.of("hoursEnd", "8pm", "reason", "r")).put(overrides("US_REGF", creditor))
                .then().statusCode(422).body("errors[0].field", equalTo("hoursEnd"));
        as(Tokens.admin()).body(Map.of("hoursEnd", "20:00")).put(overrides("US_REGF", creditor))
                .then().statusCode(422).body("errors.field", hasItem("reason"));
        as(Tokens.admin()).body(Map.of("hoursEnd", "20:00", "reason", "r")).put(overrides("EU_GDPR", creditor))
                .then().statusCode(404);
        as(Tokens.admin()).get("/api/v1/rule-packs/EU_GDPR/effective?creditorId=" + creditor).then().statusCode(404);

        assertThat(Jdbc.count("select count(*) from rule_override where creditor_id = '" + creditor + "'")).isZero();
        assertThat(Jdbc.count("select count(*) from audit_log where entity_id like '%/" + creditor + "'")).isZero();
        as(Tokens.admin()).get(overrides("US_REGF", creditor)).then().statusCode(404);
    }

    @Test
    void writesNeedAnAdminAndTheCurrentVersion() {
        String creditor = CreditorCases.newCreditor();
        Map<String, Object> until20 = Map.of("hoursEnd", "20:00", "reason", "Creditor policy CP-7");
        Map<String, Object> until19 = Map.of("hoursEnd", "19:00", "reason", "Creditor policy CP-8");

        as(Tokens.supervisor()).body(until20).put(overrides("US_REGF", creditor)).then().statusCode(403)
                .contentType("application/problem+json");
        as(Tokens.collector()).body(until20).put(overrides("US_REGF", creditor)).then().statusCode(403);
        as(Tokens.admin()).header("If-Match", "\"0\"").body(until20).put(overrides("US_REGF", creditor)).then()
                .statusCode(412);
        as(Tokens.admin()).body(until20).put(overrides("US_REGF", creditor)).then().statusCode(201)
                .header("ETag", "\"0\"");
        as(Tokens.admin()).header("If-Match", "\"0\"").body(until19).put(overrides("US_REGF", creditor)).then()
                .statusCode(200).header("ETag", "\"1\"").body("hoursEnd", equalTo("19:00"));
        as(Tokens.admin()).header("If-Match", "\"0\"").body(until20).put(overrides("US_REGF", creditor)).then()
                .statusCode(412).contentType("application/problem+json");
        as(Tokens.supervisor()).delete(overrides("US_REGF", creditor) + "?reason=x").then().statusCode(403);
        as(Tokens.admin()).header("If-Match", "\"0\"").delete(overrides("US_REGF", creditor) + "?reason=x").then()
                .statusCode(412);
        as(Tokens.admin()).delete(overrides("US_REGF", creditor)).then().statusCode(422)
                .body("errors[0].field", equalTo("reason"));
        as(Tokens.agency("AG-X")).get(overrides("US_REGF", creditor)).then().statusCode(403);

        as(Tokens.admin()).get(overrides("US_REGF", creditor)).then().statusCode(200).header("ETag", "\"1\"")
                .body("hoursEnd", equalTo("19:00")).body("version", equalTo(1));
        assertThat(Jdbc.count("select count(*) from audit_log where entity_id = 'US_REGF/" + creditor + "'"))
                .isEqualTo(2);
    }

    @Test
    void thePacksAndTheNewEndpointsAreDocumentedWithExamples() {
        as(Tokens.agency("AG-X")).get("/api/v1/rule-packs").then().statusCode(200)
                .body("items.id", equalTo(List.of("US_REGF", "CN", "UK_CONC")))
                .body("items.find { it.id == 'UK_CONC' }.honourStatedTimes", equalTo(true))
                .body("items.find { it.id == 'US_REGF' }.validationNoticeDays", equalTo(5))
                .body("items.find { it.id == 'US_REGF' }.callWindow", equalTo("P7D"));
        as(Tokens.collector()).get("/api/v1/rule-packs/UK_CONC").then().statusCode(200)
                .body("rules", hasItem("UK_CONC.STATED_TIMES"));

        JsonPath doc = as(Tokens.admin()).accept("application/json").get("/q/openapi?format=json").then()
                .statusCode(200).extract().jsonPath();
        String overridePath = "paths.'/api/v1/rule-packs/{packId}/overrides/{creditorId}'";
        String profilePath = "paths.'/api/v1/debtors/{debtorId}/contact-profile'";
        for (String operation : List.of(overridePath + ".put", overridePath + ".get", overridePath + ".delete",
                "paths.'/api/v1/rule-packs/{packId}/overrides'.get", "paths.'/api/v1/rule-packs/{packId}/effective'.get",
                profilePath + ".get", profilePath + ".put")) {
            assertThat(doc.getString(operation + ".summary")).as(operation).isNotBlank();
            assertThat(doc.getString(operation + ".description")).as(operation).isNotBlank();
        }
        assertThat(doc.getMap(overridePath + ".put.requestBody.content.'application/json'.examples")).isNotEmpty();
        assertThat(doc.getMap(overridePath + ".put.responses.'200'.content.'application/json'.examples")).isNotEmpty();
        assertThat(doc.getString(overridePath + ".put.responses.'422'.description")).contains("lenient");
        assertThat(doc.getMap(profilePath + ".put.requestBody.content.'application/json'.examples")).isNotEmpty();
        assertThat(doc.getMap(profilePath + ".get.responses.'200'.content.'application/json'.examples")).isNotEmpty();
        assertThat(doc.getList("components.schemas.ContactProfileUpdate.properties.extraZones.examples[0]"))
                .containsExactly("America/Los_Angeles");
        assertThat(doc.getString("components.schemas.OverrideRequest.properties.callWindow.examples[0]"))
                .isEqualTo("P10D");
    }
}
