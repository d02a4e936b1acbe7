package org.collections.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.testsupport.DevKeys;
import org.collections.testsupport.PostgresDatabase;
import org.collections.testsupport.ServiceProcess;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Service identity across the real processes: a contact step arriving by event for a case contact-service has never
 * seen is carried out, because contact-service asks case-service about the case with its own token from the gateway
 * (there is no caller whose token it could pass on); that token reads a case, masked, and nothing else, and is
 * refused at the gateway's public edge.
 */
class ServiceIdentityScenarioTest extends Scenario {

    private static final String CONTACT_SERVICE_SECRET = DevKeys.value("SERVICE_CLIENT_SECRET_CONTACT_SERVICE");

    @Test
    void aContactStepForACaseContactServiceHasNeverSeenIsCarriedOutWithItsOwnToken() throws Exception {
        UUID caseId = Cases.open(unique("SVCID"), "500.00", "GBP", "Europe/London", "UK", "+44 20 7946 0031");
        Contacts.awaitKnown(caseId);
        awaitOutboxDelivered(suite.cases);
        // as if its events had been lost: contact-service's replica no longer knows the case
        assertThat(update(suite.contacts, "delete from contactability where case_id = ?", caseId)).isEqualTo(1);
        UUID requestId = UUID.randomUUID();

        int status = Events.deliver(suite.contacts, Events.Event.of("ContactStepRequested", "case-service",
                caseId.toString(), Map.of("requestId", requestId.toString(), "caseId", caseId.toString(),
                        "purpose", "TREATMENT", "channels", List.of("CALL"),
                        "notAfter", suite.now().plus(Duration.ofDays(7)).toString())));

        assertThat(status).as("contact-service took the step, having asked case-service about the case").isBetween(200, 299);
        assertThat(count(suite.contacts, "select count(*) from contactability where case_id = ?", caseId)).isEqualTo(1);
        Response steps = as(Tokens.collector()).get("/api/v1/contact-steps?caseId=" + caseId);
        steps.then().statusCode(200).body("items[0].requestId", equalTo(requestId.toString()));
        assertThat(steps.<String>path("items[0].status")).isNotEqualTo("PENDING");
        assertThat(String.valueOf(steps.<String>path("items[0].detail"))).doesNotContain("is not known");
    }

    @Test
    void aServiceTokenFromTheGatewayReadsACaseMaskedAndNothingElse() throws Exception {
        UUID caseId = Cases.open(unique("SVCID"), "500.00", "GBP", "Europe/London", "UK", "+44 20 7946 0032");
        String token = serviceToken(CONTACT_SERVICE_SECRET).then().statusCode(200).extract().path("access_token");

        given().baseUri(suite.cases.url()).auth().oauth2(token).get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("id", equalTo(caseId.toString()))
                .body("debtor.masked", equalTo(true))
                .body("debtor.fullName", startsWith("*"));
        given().baseUri(suite.cases.url()).auth().oauth2(token).get("/api/v1/cases?limit=5").then().statusCode(403);
        given().baseUri(suite.contacts.url()).auth().oauth2(token).get("/api/v1/contact-steps?caseId=" + caseId)
                .then().statusCode(403);
        as(token).get("/api/v1/cases/" + caseId).then().statusCode(403); // never through the public edge
        serviceToken(CONTACT_SERVICE_SECRET + "x").then().statusCode(401).body("error", equalTo("invalid_client"));
    }

    private static Response serviceToken(String secret) {
        return given().baseUri(suite.gateway.url()).auth().preemptive().basic("contact-service", secret)
                .contentType("application/x-www-form-urlencoded").formParam("grant_type", "client_credentials")
                .post("/oauth2/token");
    }

    private static String jdbcUrl(ServiceProcess service) {
        return PostgresDatabase.adminUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + service.database() + "$1");
    }

    private static int update(ServiceProcess service, String sql, UUID id) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl(service)); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            return s.executeUpdate();
        }
    }

    private static long count(ServiceProcess service, String sql, UUID id) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl(service)); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Waits (at most 30 s) until the service's outbox has delivered everything, so no late event refills the replica. */
    private static void awaitOutboxDelivered(ServiceProcess service) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        try (Connection c = DriverManager.getConnection(jdbcUrl(service))) {
            while (System.currentTimeMillis() < deadline) {
                try (PreparedStatement s = c.prepareStatement(
                        "select count(*) from outbox_delivery where status = 'PENDING'"); ResultSet rs = s.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(200);
            }
        }
        throw new AssertionError(service.name() + " still has undelivered events after 30 s");
    }
}
