package org.collections.contact.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.contact.api.ReplicaAndLedgerTest.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.collections.commons.outbox.EventSignature;
import org.collections.contact.events.CaseEventFeed;
import org.collections.contact.events.CreditorCases;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** Lists come a page at a time: limit items, and a cursor that fetches the rest without gaps or repeats. */
@QuarkusTest
class CursorPagesTest {

    @Inject
    EventSignature signature;

    /** Every item of a list, page by page; asserts each page holds at most {@code limit}. */
    private static List<Map<String, Object>> walk(String path, int limit) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        do {
            String url = path + (path.contains("?") ? "&" : "?") + "limit=" + limit + (cursor == null ? "" : "&cursor=" + cursor);
            JsonPath page = as(Tokens.auditor()).get(url).then().statusCode(200).body("limit", equalTo(limit))
                    .extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            assertThat(items).hasSizeLessThanOrEqualTo(limit);
            all.addAll(items);
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return all;
    }

    @Test
    void aDebtorsConsentsComeInPagesInTheOrderRecorded() throws Exception {
        String[] ids = new CaseEventFeed(signature).openCase("US", "America/New_York");
        for (String channel : List.of("SMS", "EMAIL", "LETTER")) {
            as(Tokens.collector()).body(Map.of("debtorId", ids[1], "kind", "CHANNEL", "channel", channel, "granted", false,
                    "basis", "Debtor asked in writing", "source", "LETTER")).post("/api/v1/consents").then().statusCode(201)
                    .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/consents?debtorId=" + ids[1]));
        }
        assertThat(walk("/api/v1/consents?debtorId=" + ids[1], 2)).extracting(c -> c.get("channel"))
                .containsExactly("SMS", "EMAIL", "LETTER");
        as(Tokens.auditor()).get("/api/v1/consents?debtorId=" + ids[1] + "&limit=3").then().statusCode(200)
                .body("items.size()", equalTo(3)).body("nextCursor", nullValue());
    }

    @Test
    void templatesComeInPagesByCodeChannelAndLanguage() {
        String code = TemplateApiTest.code();
        TemplateApiTest.create(TemplateApiTest.template(code, "SMS", "zh-CN", TemplateApiTest.ZH_SMS));
        TemplateApiTest.create(TemplateApiTest.template(code, "SMS", "en", TemplateApiTest.EN_SMS));
        TemplateApiTest.create(TemplateApiTest.template(code, "LETTER", "en", TemplateApiTest.EN_SMS));
        assertThat(walk("/api/v1/templates?code=" + code, 1)).extracting(t -> t.get("channel") + "/" + t.get("language"))
                .containsExactly("LETTER/en", "SMS/en", "SMS/zh-CN");
    }

    @Test
    void overridesComeInPagesByCreditor() {
        List<String> creditors = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String creditor = CreditorCases.newCreditor();
            creditors.add(creditor);
            as(Tokens.admin()).body(Map.of("hoursEnd", "20:00", "reason", "Creditor policy"))
                    .put("/api/v1/rule-packs/CN/overrides/" + creditor).then().statusCode(201)
                    .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/rule-packs/CN/overrides/" + creditor));
        }
        List<Object> listed = walk("/api/v1/rule-packs/CN/overrides", 2).stream().map(o -> o.get("creditorId")).toList();
        assertThat(listed).containsAll(creditors).doesNotHaveDuplicates();
        assertThat(listed.stream().filter(creditors::contains).toList()).isEqualTo(creditors.stream().sorted().toList());
    }

    @Test
    void aPageLimitAboveTheMaximumOrAForeignCursorIsA422() {
        as(Tokens.auditor()).get("/api/v1/rule-packs?limit=201").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("limit"));
        as(Tokens.auditor()).get("/api/v1/rule-packs?cursor=bm90LW91cnM").then().statusCode(422)
                .body("errors[0].field", equalTo("cursor"));
        as(Tokens.auditor()).get("/api/v1/templates?cursor=bm90LW91cnM").then().statusCode(422)
                .body("errors[0].field", equalTo("cursor"));
        assertThat(walk("/api/v1/rule-packs", 1)).extracting(p -> p.get("id")).containsExactly("US_REGF", "CN", "UK_CONC");
    }

    @Test
    void aPageLimitOrIdThatDoesNotConvertIsA422NamingItNotA404() {
        String caseId = "7d9f3a52-3c1e-4a8e-9f7a-0f6a1c2b3d4e";
        for (String list : List.of("/api/v1/rule-packs", "/api/v1/templates", "/api/v1/attempts?caseId=" + caseId,
                "/api/v1/outboxes/contact-service/deliveries")) {
            for (String bad : List.of("abc", "1e1000000")) {
                as(Tokens.admin()).queryParam("limit", bad).get(list).then().statusCode(422)
                        .contentType("application/problem+json")
                        .body("errors[0].field", equalTo("limit"))
                        .body("errors[0].message", equalTo("must be a whole number between 1 and 200"))
                        .body(not(containsString(bad)));
            }
        }
        as(Tokens.admin()).get("/api/v1/attempts?caseId=case-42").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("caseId"))
                .body(not(containsString("case-42")));
    }
}
