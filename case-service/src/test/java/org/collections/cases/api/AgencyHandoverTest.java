package org.collections.cases.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.cases.CaseApi.as;
import static org.collections.cases.CaseApi.openCase;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.collections.cases.CaseApi;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** After a recall and a new placement, the new agency sees only what belongs to its own placement. */
@QuarkusTest
class AgencyHandoverTest {

    @Test
    void aNewAgencySeesNeitherThePreviousPlacementNorTheRecallReasonNorInternalNotes() {
        String id = openCase();
        String first = CaseApi.place(id, "AG-HAND-A");
        as(Tokens.agency("AG-HAND-A")).body(Map.of("body", "Debtor asked for a call back on Friday"))
                .post("/api/v1/cases/" + id + "/notes").then().statusCode(201);
        as(Tokens.collector()).body(Map.of("body", "Lender internal: consider write-off below 200"))
                .post("/api/v1/cases/" + id + "/notes").then().statusCode(201);
        as(Tokens.supervisor()).body(Map.of("reason", "Agency A breached the contact policy"))
                .post("/api/v1/cases/" + id + "/placements/" + first + "/recall").then().statusCode(200);
        String second = CaseApi.place(id, "AG-HAND-B");
        String tokenB = Tokens.agency("AG-HAND-B");

        String placements = as(tokenB).get("/api/v1/cases/" + id + "/placements").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].id", equalTo(second)).body("items[0].agencyId", equalTo("AG-HAND-B"))
                .extract().asString();
        String notes = as(tokenB).get("/api/v1/cases/" + id + "/notes").then().statusCode(200)
                .body("items.size()", equalTo(0)).extract().asString();
        String caseView = as(tokenB).get("/api/v1/cases/" + id).then().statusCode(200)
                .body("agencyId", equalTo("AG-HAND-B")).extract().asString();
        String listed = as(tokenB).get("/api/v1/cases?agencyId=AG-HAND-B").then().statusCode(200).extract().asString();
        for (String seenByB : List.of(placements, notes, caseView, listed)) {
            assertThat(seenByB).doesNotContain("AG-HAND-A").doesNotContain("breached").doesNotContain("call back")
                    .doesNotContain("write-off below");
        }
        as(tokenB).get("/api/v1/cases/" + id + "/history").then().statusCode(403);

        // B's own notes are B's to see; the lender still sees everything
        as(tokenB).body(Map.of("body", "Left a voicemail")).post("/api/v1/cases/" + id + "/notes").then().statusCode(201);
        as(tokenB).get("/api/v1/cases/" + id + "/notes").then().body("items.size()", equalTo(1))
                .body("items[0].body", equalTo("Left a voicemail"));
        as(Tokens.supervisor()).get("/api/v1/cases/" + id + "/notes").then().body("items.size()", equalTo(3));
        as(Tokens.supervisor()).get("/api/v1/cases/" + id + "/placements").then().body("items.size()", equalTo(2))
                .body("items.recallReason", org.hamcrest.Matchers.hasItem("Agency A breached the contact policy"));
    }
}
