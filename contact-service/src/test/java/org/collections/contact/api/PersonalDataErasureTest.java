package org.collections.contact.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.collections.contact.api.ReplicaAndLedgerTest.as;
import static org.collections.contact.api.TemplateApiTest.EN_SMS;
import static org.collections.contact.api.TemplateApiTest.ZH_SMS;
import static org.collections.contact.api.TemplateApiTest.code;
import static org.collections.contact.api.TemplateApiTest.create;
import static org.collections.contact.api.TemplateApiTest.template;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.collections.commons.outbox.EventSignature;
import org.collections.contact.client.CaseServiceMock;
import org.collections.contact.client.FakeCase;
import org.collections.contact.events.CaseEventFeed;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * case-service's PersonalDataErased empties what contact-service holds of the case (messages) and, once the debtor's
 * identity went, of the debtor (contact point values); the ledgers' facts stay and stay append-only.
 */
@QuarkusTest
@QuarkusTestResource(value = CaseServiceMock.class, restrictToAnnotatedClass = true)
class PersonalDataErasureTest {

    WireMockServer caseService;

    @Inject
    EventSignature signature;

    @Test
    void messagesAndThenContactPointsLoseTheirPersonalDataAndTheLedgerStays() throws Exception {
        String code = code();
        create(template(code, "SMS", "en", EN_SMS));
        create(template(code, "SMS", "zh-CN", ZH_SMS));
        FakeCase c = FakeCase.cn().stubOn(caseService);
        as(Tokens.collector()).get("/api/v1/messages?caseId=" + c.id()).then().statusCode(200);
        String phone = as(Tokens.collector()).body(Map.of("debtorId", c.debtorId().toString(), "kind", "PHONE",
                "value", "+86 139 0000 2222", "label", "sister's phone")).post("/api/v1/contact-points")
                .then().statusCode(201).extract().path("id");
        as(Tokens.collector()).header("Idempotency-Key", "erasure-" + UUID.randomUUID())
                .body(Map.of("caseId", c.id().toString(), "templateCode", code, "channel", "SMS",
                "contactPointId", phone)).post("/api/v1/messages").then().log().ifValidationFails().statusCode(201);
        long attempts = Jdbc.count("select count(*) from attempt where case_id = '" + c.id() + "'");
        assertThat(attempts).isEqualTo(1);

        erased(c, false).then().statusCode(200).body("applied", equalTo(true));
        as(Tokens.admin()).get("/api/v1/messages?caseId=" + c.id()).then().statusCode(200)
                .body("items[0].body", nullValue()).body("items[0].recipient", nullValue())
                .body("items[0].templateCode", equalTo(code));
        assertThat(Jdbc.count("select count(*) from sent_message where case_id = '" + c.id() + "' and recipient_cipher is null"
                + " and subject_cipher is null and body_cipher is null")).isEqualTo(1);
        as(Tokens.admin()).get("/api/v1/contact-points?debtorId=" + c.debtorId()).then().statusCode(200)
                .body("items.find { it.id == '" + phone + "' }.value", equalTo("+8613900002222"));

        erased(c, true).then().statusCode(200).body("applied", equalTo(true));
        as(Tokens.admin()).get("/api/v1/contact-points?debtorId=" + c.debtorId()).then().statusCode(200)
                .body("items.find { it.id == '" + phone + "' }.value", nullValue())
                .body("items.find { it.id == '" + phone + "' }.label", nullValue())
                .body("items.find { it.id == '" + phone + "' }.status", equalTo("VALID"));
        assertThat(Jdbc.count("select count(*) from attempt where case_id = '" + c.id() + "'")).isEqualTo(attempts);
        assertThat(Jdbc.query("select after_state->>'messages' as messages, after_state->>'contactPoints' as points"
                + " from audit_log where entity_id = '" + c.id() + "' and action = 'PERSONAL_DATA_ERASED' order by id"))
                .containsExactly(Map.of("messages", "1", "points", "0"), Map.of("messages", "0", "points", "1"));

        // the message ledger still refuses every other change
        assertThatThrownBy(() -> Jdbc.query("update sent_message set template_code = 'X' where case_id = '" + c.id()
                + "' returning id")).satisfies(e -> assertThat(e.getCause()).hasMessageContaining("append-only"));
        assertThatThrownBy(() -> Jdbc.query("delete from sent_message where case_id = '" + c.id() + "' returning id"))
                .satisfies(e -> assertThat(e.getCause()).hasMessageContaining("append-only"));
    }

    @Test
    void aMalformedEventIsRefusedAndChangesNothing() throws Exception {
        new CaseEventFeed(signature).deliver(UUID.randomUUID(), "PersonalDataErased", Map.of("caseId", "not-a-case",
                "debtorId", UUID.randomUUID().toString(), "debtorErased", true)).then().statusCode(400);
    }

    private io.restassured.response.Response erased(FakeCase c, boolean debtorErased) throws Exception {
        return new CaseEventFeed(signature).deliver(UUID.randomUUID(), "PersonalDataErased", Map.of(
                "caseId", c.id().toString(), "debtorId", c.debtorId().toString(), "debtorErased", debtorErased,
                "erasedAt", "2029-01-01T02:30:00Z"));
    }
}
