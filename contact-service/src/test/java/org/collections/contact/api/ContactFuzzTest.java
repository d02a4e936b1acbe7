package org.collections.contact.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.collections.commons.outbox.EventSignature;
import org.collections.contact.events.CreditorCases;
import org.collections.testsupport.Tokens;
import org.collections.testsupport.fuzz.Fuzzer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Every operation of contact-service's own OpenAPI document, attacked with the fuzz catalogue by several roles, on
 * real cases (US and CN), a contact point and a template: no 5xx, every 4xx a problem, and no rejected request writes
 * anything.
 */
@QuarkusTest
@TestProfile(ContactFuzzTest.OwnDatabase.class)
class ContactFuzzTest {

    /**
     * The fuzzer runs on a database of its own: the valid requests among its 10,000 (a daily plan for the example
     * day, say) must not claim what the other tests of this module use.
     */
    public static class OwnDatabase implements QuarkusTestProfile {
    }


    @Inject
    EventSignature signature;

    @Test
    void noOperationAnswersHostileInputWithA5xxOrWritesWhenItRejects() throws Exception {
        String creditor = CreditorCases.newCreditor();
        String[] us = new CreditorCases(signature).open(creditor, "US", "America/New_York");
        String[] cn = new CreditorCases(signature).open(creditor, "CN", "Asia/Shanghai");
        String point = given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("debtorId", us[1], "kind", "PHONE", "value", "+12125550147", "label", "mobile"))
                .post("/api/v1/contact-points").then().extract().path("id");
        String template = given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("code", "FUZZ_REMINDER", "channel", "SMS", "language", "en", "rulePacks", List.of("US_REGF"),
                        "body", "Hello {{debtorName}}, {{amountDue}} was due on {{dueDate}}. {{optOutText}}"))
                .post("/api/v1/templates").then().extract().path("id");

        var config = ConfigProvider.getConfig();
        Fuzzer fuzzer = Fuzzer.of("http://localhost:" + RestAssured.port)
                .as("admin", Tokens.admin())
                .as("supervisor", Tokens.supervisor())
                .as("collector", Tokens.collector())
                .as("auditor", Tokens.auditor())
                .as("agency AGENCY-A", Tokens.agency("AGENCY-A"))
                .seed("caseId", List.of(us[0], cn[0]))
                .seed("cases", List.of(us[0], cn[0]))
                .seed("debtorId", List.of(us[1], cn[1]))
                .seed("debtors", List.of(us[1], cn[1]))
                .seed("creditorId", List.of(creditor))
                .seed("creditors", List.of(creditor))
                .seed("packId", List.of("US_REGF", "CN", "UK_CONC"))
                .seed("rule-packs", List.of("US_REGF", "CN", "UK_CONC"))
                .seed("jurisdiction", List.of("US", "CN"))
                .seed("agencyId", List.of("AGENCY-A"))
                .seed("agencies", List.of("AGENCY-A"))
                .seed("code", List.of("FUZZ_REMINDER"))
                .database(config.getValue("quarkus.datasource.jdbc.url", String.class),
                        config.getValue("quarkus.datasource.username", String.class),
                        config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
        if (point != null) {
            fuzzer.seed("contact-points", List.of(point)).seed("contactPointId", List.of(point));
        }
        if (template != null) {
            fuzzer.seed("templates", List.of(template));
        }
        Fuzzer.FuzzReport report = fuzzer.run();

        assertThat(report.requests()).isGreaterThanOrEqualTo(10_000);
        assertThat(report.violations()).as("violations of contact-service (see the summary above)").isEmpty();
    }
}
