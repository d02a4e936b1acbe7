package org.collections.contact.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.contact.api.ReplicaAndLedgerTest.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.commons.outbox.EventSignature;
import org.collections.contact.events.CreditorCases;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ContactProfileApiTest {

    @Inject
    EventSignature signature;

    private static String profile(String debtorId) {
        return "/api/v1/debtors/" + debtorId + "/contact-profile";
    }

    private static ValidatableResponse decide(String caseId, String channel, String at) {
        return as(Tokens.collector()).body(Map.of("caseId", caseId, "channel", channel, "at", at))
                .post("/api/v1/contact-decisions").then().statusCode(200);
    }

    private static Map<String, Object> update(Object... fields) {
        Map<String, Object> body = new HashMap<>(Map.of("reason", "Debtor said so on the phone"));
        for (int i = 0; i < fields.length; i += 2) {
            body.put((String) fields[i], fields[i + 1]);
        }
        return body;
    }

    @Test
    void anExtraZoneBlocksATimePermittedOnlyInTheCasesZone() throws Exception {
        String[] ids = new CreditorCases(signature).open(CreditorCases.newCreditor(), "US", "America/New_York");
        // 08:30 in New York, 05:30 in Los Angeles
        String morning = "2026-11-24T13:30:00Z";
        decide(ids[0], "CALL", morning).body("decision", equalTo("ALLOW"));
        as(Tokens.collector()).get(profile(ids[1])).then().statusCode(200).header("ETag", "\"0\"")
                .body("extraZones", equalTo(List.of())).body("statedNotBefore", nullValue());

        as(Tokens.collector()).header("If-Match", "\"0\"").body(update("extraZones", List.of("America/Los_Angeles")))
                .put(profile(ids[1])).then().statusCode(200).header("ETag", "\"1\"")
                .body("extraZones", equalTo(List.of("America/Los_Angeles")));

        decide(ids[0], "CALL", morning).body("decision", equalTo("BLOCK"))
                .body("violations.ruleId", equalTo(List.of("US_REGF.CONTACT_HOURS")))
                .body("violations[0].reason", containsString("America/Los_Angeles"))
                .body("nextPermittedAt", equalTo("2026-11-24T16:00:00Z"));
        decide(ids[0], "CALL", "2026-11-24T16:00:00Z").body("decision", equalTo("ALLOW"));
        assertThat(Jdbc.count("select count(*) from audit_log where action = 'CONTACT_PROFILE_CHANGED' and entity_id = '"
                + ids[1] + "' and actor = 'collector-user' and reason = 'Debtor said so on the phone'")).isEqualTo(1);

        as(Tokens.collector()).header("If-Match", "\"1\"").body(update()).put(profile(ids[1])).then()
                .statusCode(200).header("ETag", "\"2\"").body("extraZones", equalTo(List.of()));
        as(Tokens.collector()).header("If-Match", "\"1\"").body(update("extraZones", List.of("Asia/Tokyo")))
                .put(profile(ids[1])).then().statusCode(412).contentType("application/problem+json");
        decide(ids[0], "CALL", morning).body("decision", equalTo("ALLOW"));
    }

    @Test
    void unknownZonesAndBackwardTimesAre422AndChangeNothing() throws Exception {
        String[] ids = new CreditorCases(signature).open(CreditorCases.newCreditor(), "US", "America/Chicago");

        as(Tokens.collector()).body(update("extraZones", List.of("America/Denver", "Mars/Olympus_Mons")))
                .put(profile(ids[1])).then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("extraZones[1]"))
                .body("errors[0].message", containsString("IANA time zone"))
                .body(not(containsString("Olympus")));
        as(Tokens.collector()).body(update("extraZones", List.of("+08:00"))).put(profile(ids[1])).then()
                .statusCode(422).body("errors[0].field", equalTo("extraZones[0]"));
        as(Tokens.collector()).body(update("statedNotBefore", "20:00", "statedNotAfter", "18:00"))
                .put(profile(ids[1])).then().statusCode(422).body("errors[0].field", equalTo("statedNotBefore"));
        as(Tokens.collector()).body(update("statedNotBefore", "8pm")).put(profile(ids[1])).then().statusCode(422)
                .body("errors[0].field", equalTo("statedNotBefore"));
        as(Tokens.collector()).body(update("statedChannels", List.of("PIGEON"))).put(profile(ids[1])).then()
                .statusCode(422);
        as(Tokens.collector()).body(update("extraZones", List.of("America/Denver"))).put(profile(UUID.randomUUID()
                .toString())).then().statusCode(404);
        as(Tokens.agency("AG-P")).body(update("extraZones", List.of("America/Denver"))).put(profile(ids[1])).then()
                .statusCode(404);
        as(Tokens.auditor()).body(update("extraZones", List.of("America/Denver"))).put(profile(ids[1])).then()
                .statusCode(403);

        assertThat(Jdbc.count("select count(*) from debtor_profile where debtor_id = '" + ids[1] + "'")).isZero();
        as(Tokens.auditor()).get(profile(ids[1])).then().statusCode(200).body("extraZones", equalTo(List.of()));
    }

    @Test
    void statedTimesAndChannelsBindUkContactAndItsScheduling() throws Exception {
        String[] ids = new CreditorCases(signature).open(CreditorCases.newCreditor(), "GB", "Europe/London");
        as(Tokens.supervisor()).body(update("statedNotBefore", "18:00", "statedNotAfter", "20:00"))
                .put(profile(ids[1])).then().statusCode(200).body("statedNotBefore", equalTo("18:00"));

        decide(ids[0], "CALL", "2026-11-24T12:00:00Z").body("decision", equalTo("BLOCK"))
                .body("violations.ruleId", equalTo(List.of("UK_CONC.STATED_TIMES")))
                .body("nextPermittedAt", equalTo("2026-11-24T18:00:00Z"));
        decide(ids[0], "CALL", "2026-11-24T18:30:00Z").body("decision", equalTo("ALLOW"));
        decide(ids[0], "CALL", "2026-11-24T20:00:00Z").body("decision", equalTo("BLOCK"))
                .body("nextPermittedAt", equalTo("2026-11-25T18:00:00Z"));
        // asked at 10:00Z for now: scheduled when the stated window opens
        as(Tokens.collector()).body(Map.of("caseId", ids[0], "channel", "SMS")).post("/api/v1/contact-requests").then()
                .statusCode(201).body("scheduledAt", equalTo("2026-11-23T18:00:00Z"));

        as(Tokens.supervisor()).header("If-Match", "\"1\"").body(update("statedNotBefore", "18:00",
                "statedNotAfter", "20:00", "statedChannels", List.of("EMAIL"))).put(profile(ids[1])).then()
                .statusCode(200).header("ETag", "\"2\"").body("statedChannels", equalTo(List.of("EMAIL")));
        decide(ids[0], "CALL", "2026-11-24T18:30:00Z").body("decision", equalTo("BLOCK"))
                .body("violations[0].reason", containsString("only by EMAIL"))
                .body("nextPermittedAt", nullValue());
        decide(ids[0], "EMAIL", "2026-11-24T18:30:00Z").body("decision", equalTo("ALLOW"));
        as(Tokens.collector()).body(Map.of("caseId", ids[0], "channel", "LETTER", "permittedNotice", true,
                "at", "2026-11-24T12:00:00Z")).post("/api/v1/contact-decisions").then().body("decision", equalTo("ALLOW"));
    }

    @Test
    void aCreditorMayHaveStatedTimesHonouredInAnotherPack() throws Exception {
        String creditor = CreditorCases.newCreditor();
        String[] ids = new CreditorCases(signature).open(creditor, "US", "America/New_York");
        as(Tokens.collector()).body(update("statedNotBefore", "18:00")).put(profile(ids[1])).then().statusCode(200);
        String morning = "2026-11-24T15:00:00Z"; // 10:00 in New York
        decide(ids[0], "CALL", morning).body("decision", equalTo("ALLOW"));

        as(Tokens.admin()).body(Map.of("honourStatedTimes", true, "reason", "Creditor honours stated times everywhere"))
                .put("/api/v1/rule-packs/US_REGF/overrides/" + creditor).then().statusCode(201);

        decide(ids[0], "CALL", morning).body("violations.ruleId", equalTo(List.of("US_REGF.STATED_TIMES")))
                .body("nextPermittedAt", equalTo("2026-11-24T23:00:00Z"));
    }
}
