package org.collections.contact.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.contact.api.ReplicaAndLedgerTest.as;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.commons.outbox.EventSignature;
import org.collections.commons.pii.TransitCipher;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** A debtor's phones and e-mails arrive from case-service encrypted in transit and become contact points once. */
@QuarkusTest
class DebtorContactDetailsTest {

    @Inject
    EventSignature signature;

    @Inject
    TransitCipher transit;

    private void details(String[] ids, List<String> phones, List<String> emails, int version) throws Exception {
        new CaseEventFeed(signature).deliver(UUID.randomUUID(), "DebtorContactDetailsChanged", Map.of(
                "caseId", ids[0], "debtorId", ids[1],
                "phones", phones.stream().map(transit::encrypt).toList(),
                "emails", emails.stream().map(transit::encrypt).toList(),
                "caseVersion", version, "changedAt", "2026-11-23T09:00:00Z")).then().statusCode(200)
                .body("applied", equalTo(true));
    }

    private static List<Map<String, Object>> points(String debtorId) {
        return as(Tokens.collector()).get("/api/v1/contact-points?debtorId=" + debtorId).then().statusCode(200)
                .extract().path("items");
    }

    @Test
    void detailsBecomeEncryptedContactPointsOnceAndHandEnteredOnesStay() throws Exception {
        String[] ids = new CaseEventFeed(signature).openCase("US", "America/Chicago");
        String byHand = as(Tokens.collector()).body(Map.of("debtorId", ids[1], "kind", "PHONE",
                "value", "+1 (312) 555-0188", "label", "mobile")).post("/api/v1/contact-points").then().statusCode(201)
                .extract().path("id");
        as(Tokens.collector()).body(Map.of("status", "INVALID", "reason", "wrong number"))
                .put("/api/v1/contact-points/" + byHand + "/status").then().statusCode(200);

        details(ids, List.of("+13125550188", "+1 312 555 0199", "+1 312 555 0199"), List.of("Dana.Debtor@Example.com"), 1);
        List<Map<String, Object>> after = points(ids[1]);
        assertThat(after).extracting(p -> p.get("kind") + " " + p.get("value") + " " + p.get("status") + " " + p.get("source"))
                .containsExactlyInAnyOrder("PHONE +13125550188 INVALID lender", "PHONE +13125550199 VALID case",
                        "EMAIL Dana.Debtor@example.com VALID case");

        // a repeated or reformatted value adds nothing; a value dropped from the case removes nothing
        details(ids, List.of("+1-312-555-0199"), List.of("dana.debtor@example.com"), 2);
        assertThat(points(ids[1])).hasSize(3);
        as(Tokens.collector()).body(Map.of("debtorId", ids[1], "kind", "EMAIL", "value", "dana.debtor@example.com"))
                .post("/api/v1/contact-points").then().statusCode(409);

        String rows = Jdbc.query("select string_agg(value_cipher || value_index, ' ') as v from contact_point where debtor_id = '"
                + ids[1] + "'").get(0).get("v").toString();
        assertThat(rows).doesNotContain("0199").doesNotContainIgnoringCase("dana");
        assertThat(Jdbc.count("select count(*) from audit_log where action = 'CONTACT_POINT_ADDED' and actor = 'case-service' "
                + "and entity_id = '" + ids[1] + "'")).isEqualTo(2);
    }

    @Test
    void detailsWithoutPhonesOrEmailsAddNothing() throws Exception {
        String[] ids = new CaseEventFeed(signature).openCase("US", "America/Chicago");
        details(ids, List.of(), List.of(), 1);
        assertThat(points(ids[1])).isEmpty();
    }
}
