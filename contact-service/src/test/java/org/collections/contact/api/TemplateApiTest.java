package org.collections.contact.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.contact.api.ReplicaAndLedgerTest.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.collections.contact.client.CaseServiceMock;
import org.collections.contact.client.FakeCase;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = CaseServiceMock.class, restrictToAnnotatedClass = true)
class TemplateApiTest {

    static final String EN_SMS = "Hello {{debtorName}}, {{amountDue}} was due on {{dueDate}}. {{optOutText}}";
    static final String ZH_SMS = "{{debtorName}}您好，您应于{{dueDate}}还款{{amountDue}}。{{optOutText}}";

    WireMockServer caseService;

    static String code() {
        return "T_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    static Map<String, Object> template(String code, String channel, String language, String body) {
        return new HashMap<>(Map.of("code", code, "channel", channel, "language", language, "body", body));
    }

    static String create(Map<String, Object> template) {
        return as(Tokens.supervisor()).body(template).post("/api/v1/templates").then().statusCode(201)
                .header("ETag", "\"0\"").extract().path("id");
    }

    private static long stored(String code) {
        return Jdbc.count("select count(*) from message_template where code = '" + code + "'");
    }

    @Test
    void rendersInEnglishAndChineseWithMoneyAndDatesInTheReadersForm() {
        String code = code();
        create(template(code, "SMS", "en", EN_SMS));
        create(template(code, "SMS", "zh-cn", ZH_SMS));
        Map<String, String> samples = Map.of("debtorName", "Li Wei", "amountDue", "1015.5", "currency", "CNY",
                "dueDate", "2026-11-30");

        as(Tokens.collector()).body(Map.of("channel", "SMS", "language", "en", "variables", samples))
                .post("/api/v1/templates/" + code + "/preview").then().statusCode(200)
                .body("language", equalTo("en"))
                .body("body", equalTo("Hello Li Wei, CN¥1,015.50 was due on November 30, 2026. Reply STOP to opt out."))
                .body("missingVariables", hasSize(0));
        as(Tokens.collector()).body(Map.of("channel", "SMS", "language", "zh-CN", "variables", samples))
                .post("/api/v1/templates/" + code + "/preview").then().statusCode(200)
                .body("language", equalTo("zh-CN"))
                .body("body", equalTo("Li Wei您好，您应于2026年11月30日还款¥1,015.50。回复TD退订"));
        // zh falls back to zh-CN, an unknown language to en
        as(Tokens.collector()).body(Map.of("channel", "SMS", "language", "zh", "variables", samples))
                .post("/api/v1/templates/" + code + "/preview").then().statusCode(200).body("language", equalTo("zh-CN"));
        as(Tokens.collector()).body(Map.of("channel", "SMS", "language", "fr", "variables", Map.of("debtorName", "Anne")))
                .post("/api/v1/templates/" + code + "/preview").then().statusCode(200).body("language", equalTo("en"))
                .body("body", equalTo("Hello Anne, {{amountDue}} was due on {{dueDate}}. Reply STOP to opt out."))
                .body("missingVariables", contains("amountDue", "dueDate"));
        as(Tokens.collector()).body(Map.of("channel", "EMAIL", "language", "en"))
                .post("/api/v1/templates/" + code + "/preview").then().statusCode(404);
    }

    @Test
    void emailTemplatesHaveASubjectWhichIsRenderedToo() {
        String code = code();
        Map<String, Object> email = template(code, "EMAIL", "en", "Dear {{debtorName}}, please pay {{amountDue}}. {{optOutText}}");
        email.put("subject", "Your account {{caseReference}} with {{creditorId}}");
        create(email);
        as(Tokens.collector()).body(Map.of("channel", "EMAIL", "variables", Map.of("debtorName", "John Smith",
                "amountDue", "900", "currency", "USD", "caseReference", "US-1", "creditorId", "ACME")))
                .post("/api/v1/templates/" + code + "/preview").then().statusCode(200)
                .body("subject", equalTo("Your account US-1 with ACME"))
                .body("body", equalTo("Dear John Smith, please pay $900.00. To stop these e-mails, reply with the word STOP."));

        Map<String, Object> sms = template(code(), "SMS", "en", "Hi");
        sms.put("subject", "not for SMS");
        as(Tokens.supervisor()).body(sms).post("/api/v1/templates").then().statusCode(422)
                .body("errors[0].field", equalTo("subject"));
    }

    @Test
    void anUnknownVariableIsRefusedAndNothingIsStored() {
        String code = code();
        as(Tokens.supervisor()).body(template(code, "SMS", "en", "Hello {{debtorName}}, your PIN is {{pin}}"))
                .post("/api/v1/templates").then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("/problems/template-invalid"))
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].message", equalTo("unknown variable {{pin}}"));
        as(Tokens.supervisor()).body(template(code, "SMS", "en", "Hello {{debtorName}")).post("/api/v1/templates")
                .then().statusCode(422);
        assertThat(stored(code)).isZero();
    }

    @Test
    void aUsSmsTemplateWithoutTheOptOutTextIsRefused() {
        String code = code();
        Map<String, Object> us = template(code, "SMS", "en", "Hello {{debtorName}}, {{amountDue}} is overdue.");
        us.put("rulePacks", List.of("US_REGF"));
        as(Tokens.supervisor()).body(us).post("/api/v1/templates").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains("US_REGF.OPT_OUT_TEXT"))
                .body("detail", containsString("US_REGF.OPT_OUT_TEXT"));
        assertThat(stored(code)).isZero();

        us.put("body", EN_SMS);
        as(Tokens.supervisor()).body(us).post("/api/v1/templates").then().statusCode(201)
                .body("rulePacks", contains("US_REGF"))
                .body("variables", contains("debtorName", "amountDue", "dueDate", "optOutText"));
        Map<String, Object> unknownPack = template(code(), "SMS", "en", EN_SMS);
        unknownPack.put("rulePacks", List.of("MARS"));
        as(Tokens.supervisor()).body(unknownPack).post("/api/v1/templates").then().statusCode(422)
                .body("errors[0].field", equalTo("rulePacks"));
    }

    @Test
    void previewWithACaseTakesItsVariablesAndTheDebtorsLanguageFromCaseService() {
        String code = code();
        create(template(code, "SMS", "en", EN_SMS));
        create(template(code, "SMS", "zh-CN", ZH_SMS));
        FakeCase chinese = FakeCase.cn().stubOn(caseService);
        FakeCase english = FakeCase.cn().withLanguage("en").stubOn(caseService);

        as(Tokens.collector()).body(Map.of("channel", "SMS", "caseId", chinese.id().toString()))
                .post("/api/v1/templates/" + code + "/preview").then().statusCode(200)
                .body("language", equalTo("zh-CN"))
                .body("body", equalTo("李伟您好，您应于2026年8月15日还款¥1,015.50。回复TD退订"));
        as(Tokens.collector()).body(Map.of("channel", "SMS", "caseId", english.id().toString()))
                .post("/api/v1/templates/" + code + "/preview").then().statusCode(200)
                .body("language", equalTo("en"))
                .body("body", equalTo("Hello 李伟, CN¥1,015.50 was due on August 15, 2026. Reply STOP to opt out."));
        as(Tokens.collector()).body(Map.of("channel", "SMS", "caseId", chinese.id().toString(), "language", "en"))
                .post("/api/v1/templates/" + code + "/preview").then().statusCode(200).body("language", equalTo("en"));
        as(Tokens.collector()).body(Map.of("channel", "SMS", "caseId", UUID.randomUUID().toString()))
                .post("/api/v1/templates/" + code + "/preview").then().statusCode(404);
        as(Tokens.collector()).body(Map.of("channel", "SMS", "caseId", chinese.id().toString(),
                "variables", Map.of("debtorName", "x"))).post("/api/v1/templates/" + code + "/preview").then().statusCode(422);
    }

    @Test
    void updatesNeedTheCurrentVersionAndPassTheSameChecks() {
        String code = code();
        String id = create(template(code, "SMS", "en", EN_SMS));
        Map<String, Object> update = Map.of("body", "Hi {{debtorName}}, please pay {{amountDue}}. {{optOutText}}");

        as(Tokens.supervisor()).body(update).put("/api/v1/templates/" + id).then().statusCode(428);
        as(Tokens.supervisor()).header("If-Match", "\"5\"").body(update).put("/api/v1/templates/" + id).then().statusCode(412);
        as(Tokens.supervisor()).header("If-Match", "\"0\"").body(Map.of("body", "Hi {{nickname}}"))
                .put("/api/v1/templates/" + id).then().statusCode(422);
        as(Tokens.collector()).header("If-Match", "\"0\"").body(update).put("/api/v1/templates/" + id).then().statusCode(403);
        as(Tokens.supervisor()).header("If-Match", "\"0\"").body(update).put("/api/v1/templates/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("version", equalTo(1)).body("updatedBy", equalTo("supervisor-user"));
        as(Tokens.supervisor()).header("If-Match", "\"0\"").body(update).put("/api/v1/templates/" + id).then().statusCode(412);

        as(Tokens.auditor()).get("/api/v1/templates/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("body", equalTo(update.get("body")));
        assertThat(Jdbc.count("select count(*) from audit_log where entity_id = '" + id + "'")).isEqualTo(2);
    }

    @Test
    void templatesAreListedByFilterAndOnlySupervisorsWriteThem() {
        String code = code();
        create(template(code, "SMS", "en", EN_SMS));
        create(template(code, "SMS", "zh-CN", ZH_SMS));
        create(template(code, "LETTER", "en", "Dear {{debtorName}}"));
        as(Tokens.supervisor()).body(template(code, "SMS", "en", EN_SMS)).post("/api/v1/templates").then().statusCode(409);
        as(Tokens.collector()).body(template(code(), "SMS", "en", EN_SMS)).post("/api/v1/templates").then().statusCode(403);
        as(Tokens.supervisor()).body(template(code(), "CALL", "en", EN_SMS)).post("/api/v1/templates").then().statusCode(422);
        as(Tokens.supervisor()).body(template(code(), "SMS", "english", EN_SMS)).post("/api/v1/templates").then().statusCode(422)
                .body("errors[0].field", equalTo("language"));

        as(Tokens.agency("AG-1")).get("/api/v1/templates?code=" + code).then().statusCode(200)
                .body("items.channel", contains("LETTER", "SMS", "SMS")).body("items.language", contains("en", "en", "zh-CN"));
        as(Tokens.collector()).get("/api/v1/templates?code=" + code + "&channel=sms&language=zh-cn").then().statusCode(200)
                .body("items.language", contains("zh-CN"));
        as(Tokens.collector()).get("/api/v1/templates?channel=PIGEON").then().statusCode(422);
        as(Tokens.collector()).get("/api/v1/templates").then().statusCode(200).body("items.code", hasItem(code));
    }

    @Test
    void everyTemplateAndMessageOperationIsDocumentedWithExamples() {
        io.restassured.path.json.JsonPath api = io.restassured.RestAssured.given().accept("application/json")
                .get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        for (String operation : List.of("'/api/v1/templates'.post", "'/api/v1/templates/{id}'.put",
                "'/api/v1/templates/{code}/preview'.post", "'/api/v1/messages'.post")) {
            assertThat(api.getMap("paths." + operation + ".requestBody.content.'application/json'.examples"))
                    .as(operation).isNotEmpty();
        }
        for (String operation : List.of("'/api/v1/templates'.post", "'/api/v1/templates'.get", "'/api/v1/templates/{id}'.get",
                "'/api/v1/templates/{id}'.put", "'/api/v1/templates/{code}/preview'.post", "'/api/v1/messages'.post",
                "'/api/v1/messages'.get")) {
            assertThat(api.getString("paths." + operation + ".summary")).as(operation).isNotBlank();
            assertThat(api.getMap("paths." + operation + ".responses")).as(operation).isNotEmpty();
            Map<String, Object> ok = api.getMap("paths." + operation + ".responses.'20" + (operation.endsWith("post")
                    && !operation.contains("preview") ? "1" : "0") + "'.content.'application/json'.examples");
            assertThat(ok).as(operation).isNotEmpty();
        }
    }
}
