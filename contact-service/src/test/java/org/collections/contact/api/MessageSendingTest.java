package org.collections.contact.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.contact.api.ReplicaAndLedgerTest.as;
import static org.collections.contact.api.TemplateApiTest.EN_SMS;
import static org.collections.contact.api.TemplateApiTest.ZH_SMS;
import static org.collections.contact.api.TemplateApiTest.code;
import static org.collections.contact.api.TemplateApiTest.create;
import static org.collections.contact.api.TemplateApiTest.template;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.commons.outbox.EventSignature;
import org.collections.commons.pii.FieldCipher;
import org.collections.contact.TestClock;
import org.collections.contact.client.CaseServiceMock;
import org.collections.contact.client.FakeCase;
import org.collections.contact.events.CaseEventFeed;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = CaseServiceMock.class, restrictToAnnotatedClass = true)
class MessageSendingTest {

    /** 10:00 in New York, 23:00 in Shanghai. */
    static final Instant US_MORNING = Instant.parse("2026-11-23T15:00:00Z");

    WireMockServer caseService;

    @Inject
    TestClock clock;

    @Inject
    EventSignature signature;

    @Inject
    FieldCipher cipher;

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    /** A case case-service knows, made known to the replica by a first read, with a phone number of the debtor. */
    private String phoneOf(FakeCase c, String number) {
        as(Tokens.collector()).get("/api/v1/messages?caseId=" + c.id()).then().statusCode(200);
        return as(Tokens.collector()).body(Map.of("debtorId", c.debtorId().toString(), "kind", "PHONE", "value", number))
                .post("/api/v1/contact-points").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> sms(FakeCase c, String templateCode, String phone) {
        return new HashMap<>(Map.of("caseId", c.id().toString(), "templateCode", templateCode, "channel", "SMS",
                "contactPointId", phone));
    }

    private static long messagesOf(FakeCase c) {
        return Jdbc.count("select count(*) from sent_message where case_id = '" + c.id() + "'");
    }

    private static long attemptsOf(FakeCase c) {
        return Jdbc.count("select count(*) from attempt where case_id = '" + c.id() + "'");
    }

    @Test
    void aSentMessageIsRecordedWithItsAttemptAndAReplayReturnsTheSameResponse() {
        String code = code();
        create(template(code, "SMS", "en", EN_SMS));
        create(template(code, "SMS", "zh-CN", ZH_SMS));
        FakeCase c = FakeCase.cn().stubOn(caseService);
        String phone = phoneOf(c, "+86 139 0000 1111");
        String key = "sms-" + UUID.randomUUID();

        String first = as(Tokens.collector()).header("Idempotency-Key", key).body(sms(c, code, phone))
                .post("/api/v1/messages").then().statusCode(201)
                .body("body", equalTo("李伟您好，您应于2026年8月15日还款¥1,015.50。回复TD退订"))
                .body("language", equalTo("zh-CN"))
                .body("recipient", equalTo("+8613900001111"))
                .body("templateCode", equalTo(code)).body("templateVersion", equalTo(0))
                .body("sentAt", equalTo("2026-11-23T10:00:00Z")).body("sentBy", equalTo("collector-user"))
                .extract().asString();
        String replay = as(Tokens.collector()).header("Idempotency-Key", key).body(sms(c, code, phone))
                .post("/api/v1/messages").then().statusCode(201).header("Idempotent-Replayed", "true").extract().asString();

        assertThat(replay).isEqualTo(first);
        assertThat(messagesOf(c)).isEqualTo(1);
        assertThat(attemptsOf(c)).isEqualTo(1);
        Map<String, Object> message = Jdbc.query("select * from sent_message where case_id = '" + c.id() + "'").get(0);
        assertThat(message.toString()).doesNotContain("1111").doesNotContain("李伟");
        assertThat(cipher.decrypt((String) message.get("recipient_cipher"))).isEqualTo("+8613900001111");
        assertThat(cipher.decrypt((String) message.get("body_cipher"))).isEqualTo("李伟您好，您应于2026年8月15日还款¥1,015.50。回复TD退订");
        assertThat(message).containsEntry("template_code", code).containsEntry("template_version", 0)
                .containsEntry("language", "zh-CN").containsEntry("channel", "SMS").containsEntry("person", "DEBTOR");
        Map<String, Object> attempt = Jdbc.query("select * from attempt where case_id = '" + c.id() + "'").get(0);
        assertThat(attempt).containsEntry("id", message.get("attempt_id")).containsEntry("channel", "SMS")
                .containsEntry("direction", "OUTBOUND").containsEntry("outcome", "DELIVERED")
                .containsEntry("contact_point_id", UUID.fromString(phone));

        as(Tokens.collector()).header("Idempotency-Key", key).body(sms(c, code(), phone)).post("/api/v1/messages")
                .then().statusCode(422);
        as(Tokens.collector()).body(sms(c, code, phone)).post("/api/v1/messages").then().statusCode(422)
                .body("errors[0].field", equalTo("Idempotency-Key"));
        as(Tokens.auditor()).get("/api/v1/messages?caseId=" + c.id()).then().statusCode(200)
                .body("items.recipient", contains("+8613900001111")).body("items.body", contains("李伟您好，您应于2026年8月15日还款¥1,015.50。回复TD退订"));
        assertThat(messagesOf(c)).isEqualTo(1);
    }

    @Test
    void agenciesSendForTheirCasesAndSeeRecipientsMasked() {
        String code = code();
        create(template(code, "SMS", "zh-CN", ZH_SMS));
        FakeCase c = FakeCase.cn().placedWith("AG-1").stubOn(caseService);
        String phone = phoneOf(c, "+86 139 0000 2222");

        as(Tokens.agency("AG-2")).header("Idempotency-Key", UUID.randomUUID().toString()).body(sms(c, code, phone))
                .post("/api/v1/messages").then().statusCode(404);
        as(Tokens.agency("AG-1")).header("Idempotency-Key", UUID.randomUUID().toString()).body(sms(c, code, phone))
                .post("/api/v1/messages").then().statusCode(201)
                .body("recipient", startsWith("*")).body("agencyId", equalTo("AG-1"));
        as(Tokens.agency("AG-1")).get("/api/v1/messages?caseId=" + c.id()).then().statusCode(200)
                .body("items[0].recipient", equalTo("**********2222"));
        as(Tokens.collector()).get("/api/v1/messages?caseId=" + c.id()).then().body("items[0].recipient", equalTo("+8613900002222"));
        as(Tokens.agency("AG-2")).get("/api/v1/messages?caseId=" + c.id()).then().statusCode(404);
    }

    @Test
    void usSmsNeedsATemplateDeclaredForUsRulesWithTheOptOutText() {
        clock.set(US_MORNING);
        String generic = code();
        create(template(generic, "SMS", "en", "Hello {{debtorName}}, please call us. {{optOutText}}"));
        String us = code();
        Map<String, Object> declared = template(us, "SMS", "en", EN_SMS);
        declared.put("rulePacks", List.of("US_REGF"));
        create(declared);
        FakeCase c = FakeCase.us().stubOn(caseService);
        String phone = phoneOf(c, "+1 (312) 555-0188");

        as(Tokens.collector()).header("Idempotency-Key", UUID.randomUUID().toString()).body(sms(c, generic, phone))
                .post("/api/v1/messages").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("US_REGF.OPT_OUT_TEXT"));
        assertThat(messagesOf(c)).isZero();
        assertThat(attemptsOf(c)).isZero();

        as(Tokens.collector()).header("Idempotency-Key", UUID.randomUUID().toString()).body(sms(c, us, phone))
                .post("/api/v1/messages").then().statusCode(201)
                .body("body", equalTo("Hello John Smith, $900.00 was due on September 1, 2026. Reply STOP to opt out."));
        assertThat(messagesOf(c)).isEqualTo(1);
    }

    @Test
    void aBlockedContactIsRefusedWithTheRuleAndNothingIsStored() throws Exception {
        String code = code();
        Map<String, Object> declared = template(code, "SMS", "en", EN_SMS);
        declared.put("rulePacks", List.of("US_REGF", "CN"));
        create(declared);
        // 05:00 in New York
        FakeCase early = FakeCase.us().stubOn(caseService);
        String earlyPhone = phoneOf(early, "+1 (312) 555-0101");
        as(Tokens.collector()).header("Idempotency-Key", UUID.randomUUID().toString()).body(sms(early, code, earlyPhone))
                .post("/api/v1/messages").then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/contact-not-permitted"))
                .body("errors.field", hasItem("US_REGF.CONTACT_HOURS"));

        // disputed, as the event feed tells
        FakeCase disputed = FakeCase.cn().withLanguage("en").stubOn(caseService);
        String phone = phoneOf(disputed, "+86 139 0000 3333");
        new CaseEventFeed(signature).deliver(UUID.randomUUID(), "ContactRestrictionChanged", Map.of("caseId",
                disputed.id().toString(), "debtorId", disputed.debtorId().toString(), "restrictions", List.of("DISPUTED"),
                "contactAllowed", false, "caseVersion", 9)).then().statusCode(200);
        String key = UUID.randomUUID().toString();
        as(Tokens.collector()).header("Idempotency-Key", key).body(sms(disputed, code, phone))
                .post("/api/v1/messages").then().statusCode(409).body("errors.field", hasItem("CN.DISPUTE_PENDING"));

        assertThat(messagesOf(early) + messagesOf(disputed)).isZero();
        assertThat(attemptsOf(early) + attemptsOf(disputed)).isZero();
        assertThat(Jdbc.count("select count(*) from idempotency_record where idempotency_key = '" + key + "'")).isZero();
    }

    @Test
    void thirdPartiesAreNeverToldAboutTheDebt() {
        String code = code();
        create(template(code, "SMS", "zh-CN", ZH_SMS));
        String callBack = code();
        create(template(callBack, "SMS", "zh-CN", "您好，请转告{{debtorName}}尽快回电。{{optOutText}}"));
        FakeCase c = FakeCase.cn().stubOn(caseService);
        String phone = phoneOf(c, "+86 139 0000 4444");
        Map<String, Object> toThirdParty = sms(c, code, phone);
        toThirdParty.put("person", "THIRD_PARTY");

        as(Tokens.collector()).header("Idempotency-Key", UUID.randomUUID().toString()).body(toThirdParty)
                .post("/api/v1/messages").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("CN.THIRD_PARTY_DISCLOSURE"))
                .body("errors[0].message", containsString("{{amountDue}}, {{dueDate}}"));
        assertThat(messagesOf(c)).isZero();
        assertThat(attemptsOf(c)).isZero();

        // a text without debt details is judged like any third-party contact (CN: only after failed calls to the debtor)
        toThirdParty.put("templateCode", callBack);
        as(Tokens.collector()).header("Idempotency-Key", UUID.randomUUID().toString()).body(toThirdParty)
                .post("/api/v1/messages").then().statusCode(409).body("errors.field", hasItem("CN.THIRD_PARTY"));
    }
}
