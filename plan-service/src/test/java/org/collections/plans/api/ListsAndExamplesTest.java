package org.collections.plans.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.plans.api.PlanFlowTest.approver;
import static org.collections.plans.api.PlanFlowTest.as;
import static org.collections.plans.api.PlanFlowTest.monthly;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.collections.commons.http.Cursors;
import org.collections.plans.CaseServiceProcess;
import org.collections.plans.Cases;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * What a client of the document gets: its request examples succeed as sent once they name a real case, and every
 * list comes in cursor pages that visit each item exactly once, in the documented order.
 */
@QuarkusTest
@QuarkusTestResource(value = CaseServiceProcess.class, restrictToAnnotatedClass = true)
class ListsAndExamplesTest {

    /** The README walkthrough's case: 1200.00 principal, 85.50 interest and 25.00 fees, in CNY. */
    private static final String WALKTHROUGH_BALANCE = "1310.50";

    private static JsonPath document() {
        return given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Map<String, Object>> examples(JsonPath doc, String path, String method) {
        return doc.getMap("paths.'" + path + "'." + method + ".requestBody.content.'application/json'.examples");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> value(Map<String, Object> example, String caseId) {
        Map<String, Object> body = new HashMap<>((Map<String, Object>) example.get("value"));
        if (caseId != null) {
            body.put("caseId", caseId);
        }
        return body;
    }

    @Test
    void theDocumentsRequestExamplesSucceedAsSentOnceTheyNameARealCase() {
        JsonPath doc = document();
        Map<String, Map<String, Object>> planExamples = examples(doc, "/api/v1/plans", "post");
        assertThat(planExamples).containsKeys("installment", "settlement");
        assertThat(examples(doc, "/api/v1/plans/preview", "post")).isEqualTo(planExamples);
        String installmentPlan = null;
        for (Map.Entry<String, Map<String, Object>> example : planExamples.entrySet()) {
            Map<String, Object> body = value(example.getValue(), Cases.open(WALKTHROUGH_BALANCE, "CNY"));
            as(Tokens.collector()).body(body).post("/api/v1/plans/preview").then().statusCode(200);
            String id = as(Tokens.collector()).body(body).post("/api/v1/plans").then().statusCode(201)
                    .header("Location", containsString("/api/v1/plans/")).body("status", equalTo("PENDING_APPROVAL"))
                    .extract().path("id");
            if (example.getKey().equals("installment")) {
                installmentPlan = id;
            }
        }

        as(approver()).body(Map.of("reason", "Debtor agreed by phone")).post("/api/v1/plans/" + installmentPlan + "/approve")
                .then().statusCode(200);
        String paymentKey = doc.getString("paths.'/api/v1/plans/{id}/payments'.post.parameters.find { it.name == 'Idempotency-Key' }.example");
        as(Tokens.collector()).header("Idempotency-Key", paymentKey)
                .body(value(examples(doc, "/api/v1/plans/{id}/payments", "post").get("payment"), null))
                .post("/api/v1/plans/" + installmentPlan + "/payments").then().statusCode(201)
                .header("Location", containsString("/api/v1/payments/")).body("status", equalTo("POSTED"));

        String promiseCase = Cases.open(WALKTHROUGH_BALANCE, "CNY");
        String promise = as(Tokens.collector()).body(value(examples(doc, "/api/v1/promises", "post").get("promise"), promiseCase))
                .post("/api/v1/promises").then().statusCode(201).header("Location", containsString("/api/v1/promises/"))
                .extract().path("id");
        String promiseKey = doc.getString("paths.'/api/v1/promises/{id}/payments'.post.parameters.find { it.name == 'Idempotency-Key' }.example");
        as(Tokens.collector()).header("Idempotency-Key", promiseKey)
                .body(value(examples(doc, "/api/v1/promises/{id}/payments", "post").get("payment"), null))
                .post("/api/v1/promises/" + promise + "/payments").then().statusCode(200).body("status", equalTo("KEPT"));
    }

    @Test
    void plansComeInPagesNewestFirstFilteredByCaseStatusAndType() {
        String caseId = Cases.open("1000.00", "CNY");
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Map<String, Object> draft = monthly(caseId, "500.00", 2, "2026-12-15");
            draft.put("draft", true);
            created.add(as(Tokens.collector()).body(draft).post("/api/v1/plans").then().statusCode(201).extract().path("id"));
        }
        Map<String, Object> settlement = monthly(caseId, "800.00", 1, "2026-12-15");
        settlement.put("type", "SETTLEMENT");
        settlement.put("offerExpiresOn", "2026-12-10");
        String settlementId = as(Tokens.collector()).body(settlement).post("/api/v1/plans").then().statusCode(201)
                .extract().path("id");

        List<Map<String, Object>> drafts = all("/api/v1/plans?caseId=" + caseId + "&status=DRAFT", 2, 3);
        assertThat(drafts).extracting(p -> p.get("id")).containsExactlyInAnyOrderElementsOf(created);
        assertThat(all("/api/v1/plans?caseId=" + caseId + "&type=SETTLEMENT", 2, 1)).extracting(p -> p.get("id"))
                .containsExactly(settlementId);
        List<Map<String, Object>> everything = all("/api/v1/plans?caseId=" + caseId, 4, 2);
        assertThat(everything).hasSize(6);
        assertThat(everything).extracting(p -> (String) p.get("createdAt")).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void paymentsOfAPlanAndPromisesOfACaseComeInPagesInTheirNaturalOrder() {
        String caseId = Cases.open("1000.00", "CNY");
        String planId = PlanFlowTest.propose(monthly(caseId, "1000.00", 10, "2026-12-15"), Tokens.collector());
        as(approver()).body(Map.of("reason", "ok")).post("/api/v1/plans/" + planId + "/approve").then().statusCode(200);
        List<String> payments = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            payments.add(PlanFlowTest.pay(planId, "10.00", "CNY", "PAGE-" + planId + "-" + i, "page-" + planId + "-" + i)
                    .then().statusCode(201).extract().path("id"));
        }
        assertThat(all("/api/v1/plans/" + planId + "/payments", 2, 3)).extracting(p -> p.get("id"))
                .containsExactlyInAnyOrderElementsOf(payments);

        String other = Cases.open("1000.00", "CNY");
        List<String> dueDates = List.of("2026-12-20", "2026-12-05", "2026-12-20", "2026-12-31", "2026-12-20");
        List<String> promises = new ArrayList<>();
        for (String due : dueDates) {
            promises.add(as(Tokens.collector()).body(Map.of("caseId", other, "amount", "10.00", "dueDate", due, "channel", "CALL"))
                    .post("/api/v1/promises").then().statusCode(201).extract().path("id"));
        }
        List<Map<String, Object>> listed = all("/api/v1/promises?caseId=" + other, 2, 3);
        assertThat(listed).extracting(p -> p.get("id")).containsExactlyInAnyOrderElementsOf(promises);
        assertThat(listed).extracting(p -> LocalDate.parse((String) p.get("dueDate"))).isSorted();
    }

    @Test
    void aPageLimitOutOfRangeOrACursorThisListDidNotIssueIsA422() {
        String caseId = Cases.open("100.00", "CNY");
        String planCursor = as(Tokens.admin()).queryParam("limit", 1).get("/api/v1/plans").then().statusCode(200)
                .extract().path("nextCursor");
        for (String query : List.of("limit=0", "limit=201")) {
            as(Tokens.admin()).get("/api/v1/plans?" + query).then().statusCode(422)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("limit"));
        }
        List<String> foreign = new ArrayList<>(List.of("not-a-cursor", Cursors.encode("yesterday", "someone"),
                Cursors.encode("2026-12-01T00:00:00Z")));
        if (planCursor != null) {
            foreign.add(planCursor); // an instant where promises keep a date
        }
        for (String cursor : foreign) {
            as(Tokens.admin()).queryParam("cursor", cursor).get("/api/v1/promises?caseId=" + caseId).then().statusCode(422)
                    .body("errors[0].field", equalTo("cursor"));
        }
        as(Tokens.admin()).queryParam("cursor", Cursors.encode("+999999999-12-31T23:59:59Z", "7d9f3a52-3c1e-4a8e-9f7a-0f6a1c2b3d4e"))
                .get("/api/v1/plans").then().statusCode(422).body("errors[0].field", equalTo("cursor"));
    }

    /** Every item of the list at {@code url}, fetched {@code limit} at a time, in exactly {@code pages} pages. */
    private static List<Map<String, Object>> all(String url, int limit, int pages) {
        List<Map<String, Object>> items = new ArrayList<>();
        String cursor = null;
        int fetched = 0;
        do {
            var request = as(Tokens.auditor()).queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(url).then().statusCode(200).body("limit", equalTo(limit)).extract().jsonPath();
            List<Map<String, Object>> pageItems = page.getList("items");
            assertThat(pageItems).hasSizeLessThanOrEqualTo(limit);
            items.addAll(pageItems);
            cursor = page.getString("nextCursor");
            fetched++;
        } while (cursor != null && fetched <= pages);
        assertThat(fetched).as("pages of " + url).isEqualTo(pages);
        assertThat(items).extracting(i -> i.get("id")).doesNotHaveDuplicates();
        return items;
    }
}
