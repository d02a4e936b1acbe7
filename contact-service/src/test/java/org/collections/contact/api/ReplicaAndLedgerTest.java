package org.collections.contact.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.commons.outbox.EventSignature;
import org.collections.contact.events.CaseEventFeed;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
public class ReplicaAndLedgerTest {

    @Inject
    EventSignature signature;

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    Response deliver(UUID eventId, String type, Map<String, Object> payload) throws Exception {
        return new CaseEventFeed(signature).deliver(eventId, type, payload);
    }

    String[] openCase(String zone) throws Exception {
        return new CaseEventFeed(signature).openCase("US", zone);
    }

    @Test
    void theReplicaFollowsCaseEventsInVersionOrderAndAppliesEachOnce() throws Exception {
        String[] ids = openCase("America/New_York");
        String caseId = ids[0];
        UUID disputed = UUID.randomUUID();
        Map<String, Object> dispute = Map.of("caseId", caseId, "debtorId", ids[1], "restrictions", List.of("DISPUTED"),
                "contactAllowed", false, "caseVersion", 2);
        deliver(disputed, "ContactRestrictionChanged", dispute).then().statusCode(200).body("applied", equalTo(true));
        deliver(disputed, "ContactRestrictionChanged", dispute).then().statusCode(200).body("applied", equalTo(false));
        // a late, older snapshot changes nothing
        deliver(UUID.randomUUID(), "CaseStatusChanged", Map.of("caseId", caseId, "debtorId", ids[1], "to", "ACTIVE",
                "restrictions", List.of(), "caseVersion", 1)).then().statusCode(200);
        Map<String, Object> row = Jdbc.query("select status, restrictions, time_zone, case_version from contactability "
                + "where case_id = '" + caseId + "'").get(0);
        assertThat(row).containsEntry("status", "NEW").containsEntry("restrictions", "DISPUTED")
                .containsEntry("time_zone", "America/New_York").containsEntry("case_version", 2L);
        assertThat(Jdbc.count("select count(*) from inbox_event where event_id = '" + disputed + "'")).isEqualTo(1);
    }

    @Test
    void contactPointsAreEncryptedDeduplicatedAndMaskedForTheirAgency() throws Exception {
        String[] ids = openCase("America/Chicago");
        String debtorId = ids[1];
        String id = as(Tokens.collector()).body(Map.of("debtorId", debtorId, "kind", "PHONE", "value", "+1 (312) 555-0188",
                "label", "mobile")).post("/api/v1/contact-points").then().statusCode(201)
                .body("value", equalTo("+13125550188")).body("status", equalTo("VALID")).extract().path("id");
        as(Tokens.collector()).body(Map.of("debtorId", debtorId, "kind", "PHONE", "value", "+13125550188"))
                .post("/api/v1/contact-points").then().statusCode(409).contentType("application/problem+json");
        assertThat(Jdbc.query("select * from contact_point where id = '" + id + "'").get(0).toString())
                .doesNotContain("555").contains("v1:dev-2026:");

        as(Tokens.agency("AG-C")).get("/api/v1/contact-points?debtorId=" + debtorId).then().statusCode(404);
        deliver(UUID.randomUUID(), "CasePlaced", Map.of("caseId", ids[0], "debtorId", debtorId, "agencyId", "AG-C",
                "caseVersion", 1)).then().statusCode(200);
        as(Tokens.agency("AG-C")).get("/api/v1/contact-points?debtorId=" + debtorId).then().statusCode(200)
                .body("items[0].value", startsWith("*")).body("items[0].value", org.hamcrest.Matchers.endsWith("0188"));
    }

    @Test
    void consentsAndOutcomesChangeContactPointsAtOnceAndTheLedgerIsAppendOnly() throws Exception {
        String[] ids = openCase("Asia/Shanghai");
        String debtorId = ids[1];
        String phone = as(Tokens.collector()).body(Map.of("debtorId", debtorId, "kind", "PHONE", "value", "+86 139 0000 1111"))
                .post("/api/v1/contact-points").then().statusCode(201).extract().path("id");
        String other = as(Tokens.collector()).body(Map.of("debtorId", debtorId, "kind", "PHONE", "value", "+86 139 0000 2222"))
                .post("/api/v1/contact-points").then().statusCode(201).extract().path("id");
        as(Tokens.collector()).body(Map.of("debtorId", debtorId, "kind", "CONTACT_POINT", "contactPointId", phone,
                "granted", false, "basis", "asked not to be called on this number", "source", "CALL"))
                .post("/api/v1/consents").then().statusCode(201);
        as(Tokens.collector()).body(Map.of("caseId", ids[0], "channel", "CALL", "direction", "OUTBOUND", "person", "DEBTOR",
                "contactPointId", other, "outcome", "WRONG_NUMBER")).post("/api/v1/attempts").then().statusCode(201)
                .body("collector", equalTo("collector-user"));
        List<Map<String, Object>> listed = as(Tokens.collector()).get("/api/v1/contact-points?debtorId=" + debtorId).then()
                .extract().path("items");
        Map<Object, Object> statusById = listed.stream().collect(java.util.stream.Collectors.toMap(p -> p.get("id"), p -> p.get("status")));
        assertThat(statusById).containsEntry(phone, "OPTED_OUT").containsEntry(other, "INVALID").hasSize(2);
        as(Tokens.auditor()).get("/api/v1/attempts?caseId=" + ids[0]).then().statusCode(200).body("items.size()", equalTo(1))
                .body("items[0].outcome", equalTo("WRONG_NUMBER"));
        assertThatThrownBy(() -> Jdbc.query("delete from attempt where case_id = '" + ids[0] + "' returning id"))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> Jdbc.query("update consent set granted = true where debtor_id = '" + debtorId + "' returning id"))
                .hasStackTraceContaining("append-only");
    }

    @Test
    void badInputIsA4xxProblemAndWritesNothing() throws Exception {
        String[] ids = openCase("Europe/London");
        long attempts = Jdbc.count("select count(*) from attempt");
        as(Tokens.collector()).body(Map.of("caseId", ids[0], "channel", "PIGEON", "direction", "OUTBOUND", "person", "DEBTOR",
                "outcome", "DELIVERED")).post("/api/v1/attempts").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("channel"));
        as(Tokens.collector()).body(Map.of("caseId", ids[0], "channel", "CALL", "direction", "OUTBOUND", "person", "DEBTOR",
                "outcome", "NO_ANSWER", "at", "2099-01-01T00:00:00Z")).post("/api/v1/attempts").then().statusCode(422)
                .body("errors[0].field", equalTo("at"));
        as(Tokens.collector()).body(Map.of("caseId", UUID.randomUUID().toString(), "channel", "CALL", "direction", "OUTBOUND",
                "person", "DEBTOR", "outcome", "NO_ANSWER")).post("/api/v1/attempts").then().statusCode(404);
        as(Tokens.collector()).body(Map.of("debtorId", ids[1], "kind", "CHANNEL", "granted", false, "basis", "x", "source", "y"))
                .post("/api/v1/consents").then().statusCode(422).body("errors[0].field", equalTo("channel"));
        as(Tokens.collector()).get("/api/v1/attempts").then().statusCode(422);
        assertThat(Jdbc.count("select count(*) from attempt")).isEqualTo(attempts);
        given().contentType(ContentType.JSON).body("{}").post("/internal/v1/events").then().statusCode(401);
    }
}
