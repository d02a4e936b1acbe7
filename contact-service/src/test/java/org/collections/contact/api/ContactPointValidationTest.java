package org.collections.contact.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.contact.api.ReplicaAndLedgerTest.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.commons.outbox.EventSignature;
import org.collections.commons.pii.TransitCipher;
import org.collections.contact.events.CaseEventFeed;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** Phones are valid international numbers stored in E.164; e-mails are addresses; anything else is a 422. */
@QuarkusTest
class ContactPointValidationTest {

    @Inject
    EventSignature signature;

    @Inject
    TransitCipher transit;

    @Test
    void notAPhoneNorAnAddressIsRefusedAndNothingIsStored() throws Exception {
        String debtorId = new CaseEventFeed(signature).openCase("CN", "Asia/Shanghai")[1];
        long before = Jdbc.count("select count(*) from contact_point");
        for (Map<String, Object> bad : List.<Map<String, Object>>of(
                Map.of("kind", "PHONE", "value", "not a phone +8613800138000"),
                Map.of("kind", "PHONE", "value", "+86 000"),
                Map.of("kind", "PHONE", "value", "13800138000"),
                Map.of("kind", "EMAIL", "value", "li.wei@localhost"),
                Map.of("kind", "EMAIL", "value", "li wei@example.org"),
                Map.of("kind", "EMAIL", "value", "li.wei@@example.org"))) {
            String body = as(Tokens.collector()).body(Map.of("debtorId", debtorId, "kind", bad.get("kind"), "value", bad.get("value")))
                    .post("/api/v1/contact-points").then().statusCode(422).contentType("application/problem+json")
                    .body("errors.field", hasItem("value")).extract().asString();
            assertThat(body).doesNotContain("13800138000").doesNotContain("li wei");
        }
        assertThat(Jdbc.count("select count(*) from contact_point")).isEqualTo(before);
    }

    @Test
    void aPhoneIsStoredInE164() throws Exception {
        String debtorId = new CaseEventFeed(signature).openCase("CN", "Asia/Shanghai")[1];
        as(Tokens.collector()).body(Map.of("debtorId", debtorId, "kind", "PHONE", "value", "+86 (138) 0013-8000"))
                .post("/api/v1/contact-points").then().statusCode(201).body("value", equalTo("+8613800138000"))
                .body("status", equalTo("VALID"));
        as(Tokens.collector()).body(Map.of("debtorId", debtorId, "kind", "PHONE", "value", "+8613800138000"))
                .post("/api/v1/contact-points").then().statusCode(409);
    }

    @Test
    void invalidValuesFromACaseEventAreLeftOut() throws Exception {
        String[] ids = new CaseEventFeed(signature).openCase("CN", "Asia/Shanghai");
        new CaseEventFeed(signature).deliver(UUID.randomUUID(), "DebtorContactDetailsChanged", Map.of(
                "caseId", ids[0], "debtorId", ids[1],
                "phones", List.of(transit.encrypt("not a phone +8613800138000"), transit.encrypt("+86 139 0000 1111")),
                "emails", List.of(transit.encrypt("nobody@localhost")),
                "caseVersion", 1, "changedAt", "2026-11-23T09:00:00Z")).then().statusCode(200);
        List<String> values = as(Tokens.collector()).get("/api/v1/contact-points?debtorId=" + ids[1]).then().statusCode(200)
                .extract().path("items.value");
        assertThat(values).containsExactly("+8613900001111");
    }
}
