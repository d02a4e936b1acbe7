package org.collections.cases.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.cases.CaseApi.as;
import static org.collections.cases.CaseApi.debt;
import static org.collections.cases.CaseApi.debtor;
import static org.collections.cases.CaseApi.mobileFor;
import static org.collections.cases.CaseApi.newCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.cases.CaseApi;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** Lists come a page at a time in one envelope; following nextCursor visits every item once. */
@QuarkusTest
class CursorPagesTest {

    @Test
    void followingTheCursorVisitsEveryMatchingCaseOnce() {
        String creditor = "PAGES-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        List<String> opened = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String unique = UUID.randomUUID().toString().substring(0, 12);
            opened.add(as(Tokens.admin()).body(newCase(creditor, "REF-" + unique, debtor("NID" + unique, mobileFor(unique)),
                    List.of(debt("100.00", "CNY", "2026-09-01")))).post("/api/v1/cases").then().statusCode(201)
                    .extract().path("id"));
        }
        List<String> seen = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = as(Tokens.admin()).queryParam("creditorId", creditor).queryParam("limit", 2)
                    .queryParams(cursor == null ? Map.of() : Map.of("cursor", cursor)).get("/api/v1/cases")
                    .then().statusCode(200).body("limit", equalTo(2)).extract().jsonPath();
            seen.addAll(page.getList("items.id", String.class));
            pageSizes.add(page.getList("items").size());
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertThat(pageSizes).containsExactly(2, 2, 1);
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(opened);
    }

    @Test
    void aCasesNotesComeInTheSameEnvelope() {
        String id = CaseApi.openCase();
        for (String body : List.of("first", "second", "third")) {
            as(Tokens.collector()).body(Map.of("body", body)).post("/api/v1/cases/" + id + "/notes").then().statusCode(201);
        }
        JsonPath first = as(Tokens.collector()).get("/api/v1/cases/" + id + "/notes?limit=2").then().statusCode(200)
                .extract().jsonPath();
        JsonPath second = as(Tokens.collector()).queryParam("cursor", first.getString("nextCursor"))
                .get("/api/v1/cases/" + id + "/notes").then().statusCode(200).body("nextCursor", nullValue())
                .body("limit", equalTo(50)).extract().jsonPath();
        List<String> bodies = new ArrayList<>(first.getList("items.body", String.class));
        assertThat(bodies).hasSize(2);
        bodies.addAll(second.getList("items.body", String.class));
        assertThat(bodies).containsExactlyInAnyOrder("first", "second", "third");
        as(Tokens.collector()).get("/api/v1/cases/" + id + "/notes?limit=201").then().statusCode(422)
                .body("errors[0].field", equalTo("limit"));
    }
}
