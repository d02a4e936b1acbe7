package org.collections.contact.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.collections.commons.outbox.EventSignature;
import org.collections.contact.client.CaseServiceMock;
import org.collections.contact.client.FakeCase;
import org.collections.contact.events.CreditorCases;
import org.collections.testsupport.Tokens;
import org.collections.testsupport.authz.AuthorizationMatrix;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Every operation of contact-service × every kind of caller, as the table authorization-matrix.psv says. Cases are
 * announced as case-service announces them; their placement with agency A is written into the replica as the
 * CasePlaced event would write it.
 */
@QuarkusTest
@QuarkusTestResource(value = CaseServiceMock.class, restrictToAnnotatedClass = true)
class ContactAuthorizationMatrixTest {

    static final String AGENCY_A = "AGENCY-A";
    static final String AGENCY_B = "AGENCY-B";

    @Inject
    EventSignature signature;

    /** case-service, for the cases messages are sent about (contact-service fetches them). */
    WireMockServer caseService;

    @Test
    void everyCallerGetsExactlyTheAnswerTheTableGives() {
        AuthorizationMatrix matrix = AuthorizationMatrix.load("authorization-matrix.psv");
        List<String> mismatches = matrix.check("http://localhost:" + RestAssured.port,
                AuthorizationMatrix.callers(AGENCY_A, AGENCY_B), this::fixture);
        assertThat(mismatches).as("cells of the authorization matrix answered otherwise (table printed above)").isEmpty();
    }

    private Map<String, String> fixture(String template) {
        Map<String, String> v = new HashMap<>();
        String unique = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        String creditor = CreditorCases.newCreditor();
        v.put("code", unique);
        v.put("key", "matrix-" + unique);
        v.put("creditor", creditor);
        try {
            if (template.contains("${placed")) {
                String[] ids = template.contains("/api/v1/messages") ? fetchedCase()
                        : new CreditorCases(signature).open(creditor, "US", "America/New_York");
                place(ids[0], AGENCY_A);
                v.put("placedCase", ids[0]);
                v.put("placedDebtor", ids[1]);
                v.put("placedPoint", as(Tokens.admin()).body(Map.of("debtorId", ids[1], "kind", "PHONE",
                        "value", "+12125550147", "label", "mobile")).post("/api/v1/contact-points").then().statusCode(201)
                        .extract().path("id"));
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        if (template.contains("${template")) {
            String code = "MX_T_" + unique;
            v.put("templateCode", code);
            v.put("templateId", as(Tokens.admin()).body(Map.of("code", code, "channel", "SMS", "language", "en",
                    "rulePacks", List.of("US_REGF"),
                    "body", "Hello {{debtorName}}, {{amountDue}} was due on {{dueDate}}. {{optOutText}}"))
                    .post("/api/v1/templates").then().statusCode(201).extract().path("id"));
        }
        if (template.contains("${recalled")) {
            // agency A sends a message while the case is placed with it; then the case is recalled
            try {
                String[] ids = fetchedCase();
                place(ids[0], AGENCY_A);
                String point = as(Tokens.admin()).body(Map.of("debtorId", ids[1], "kind", "PHONE", "value", "+12125550149"))
                        .post("/api/v1/contact-points").then().statusCode(201).extract().path("id");
                String code = "MX_R_" + unique;
                as(Tokens.admin()).body(Map.of("code", code, "channel", "SMS", "language", "en", "rulePacks", List.of("US_REGF"),
                        "body", "Hello {{debtorName}}, {{amountDue}} was due on {{dueDate}}. {{optOutText}}"))
                        .post("/api/v1/templates").then().statusCode(201);
                String body = "{\"caseId\":\"" + ids[0] + "\",\"templateCode\":\"" + code + "\",\"channel\":\"SMS\","
                        + "\"contactPointId\":\"" + point + "\"}";
                String key = "recalled-" + unique;
                as(Tokens.agency(AGENCY_A)).header("Idempotency-Key", key).body(body).post("/api/v1/messages");
                place(ids[0], null);
                v.put("recalledKey", key);
                v.put("recalledBody", body);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        if (template.contains("${overriddenCreditor}")) {
            String overridden = CreditorCases.newCreditor();
            as(Tokens.admin()).body(Map.of("hoursStart", "09:00", "reason", "matrix"))
                    .put("/api/v1/rule-packs/US_REGF/overrides/" + overridden).then().statusCode(anyOf(is(200), is(201)));
            v.put("overriddenCreditor", overridden);
        }
        if (template.contains("${choosingCreditor}")) {
            String choosing = CreditorCases.newCreditor();
            as(Tokens.admin()).body(Map.of("packId", "US_REGF", "reason", "matrix"))
                    .put("/api/v1/creditors/" + choosing + "/rule-pack-choices/US").then().statusCode(anyOf(is(200), is(201)));
            v.put("choosingCreditor", choosing);
        }
        return v;
    }

    /**
     * A case case-service knows (stubbed) and contact-service has fetched, as messages need; returns {caseId,
     * debtorId}.
     */
    private String[] fetchedCase() {
        FakeCase c = FakeCase.us().placedWith(AGENCY_A).stubOn(caseService);
        as(Tokens.collector()).get("/api/v1/messages?caseId=" + c.id()).then().statusCode(200);
        return new String[] {c.id().toString(), c.debtorId().toString()};
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** Writes the case's placement into the replica, as the CasePlaced event does. */
    private static void place(String caseId, String agencyId) {
        var config = ConfigProvider.getConfig();
        try (Connection c = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
                PreparedStatement s = c.prepareStatement("update contactability set agency_id = ? where case_id = ?")) {
            s.setString(1, agencyId);
            s.setObject(2, UUID.fromString(caseId));
            if (s.executeUpdate() != 1) {
                throw new IllegalStateException("contact-service does not know case " + caseId);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
