package org.collections.contact.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.contact.api.ReplicaAndLedgerTest.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.collections.commons.outbox.EventSignature;
import org.collections.contact.events.CreditorCases;
import org.collections.testsupport.Concurrently;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A debtor's contact profile is stored on its first change, and changes that arrive together all apply; judging a
 * contact only reads it.
 */
@QuarkusTest
class ProfileChangesTest {

    @Inject
    EventSignature signature;

    @Test
    void concurrentFirstConsentsAllApply() throws Exception {
        String debtorId = new CreditorCases(signature).open(CreditorCases.newCreditor(), "US", "America/New_York")[1];
        List<String> channels = List.of("CALL", "SMS", "EMAIL", "LETTER", "VISIT");

        AtomicInteger next = new AtomicInteger();
        List<Integer> statuses = Concurrently.run(channels.size() + 1, () -> {
            int i = next.getAndIncrement();
            Map<String, Object> consent = i < channels.size()
                    ? Map.of("debtorId", debtorId, "kind", "CHANNEL", "channel", channels.get(i), "granted", false,
                            "basis", "asked by letter", "source", "LETTER")
                    : Map.of("debtorId", debtorId, "kind", "NIGHT_CONTACT", "granted", true,
                            "basis", "works nights", "source", "CALL");
            return as(Tokens.collector()).body(consent).post("/api/v1/consents").then().extract().statusCode();
        });

        assertThat(statuses).containsOnly(201);
        assertThat(Jdbc.query("select opted_out_channels, night_contact_consent, version from debtor_profile "
                + "where debtor_id = '" + debtorId + "'"))
                .containsExactly(Map.of("opted_out_channels", "CALL,EMAIL,LETTER,SMS,VISIT",
                        "night_contact_consent", true, "version", channels.size() + 1));
    }

    @Test
    void concurrentFirstAttemptsAreAllRecordedAndStoreNoProfile() throws Exception {
        String[] ids = new CreditorCases(signature).open(CreditorCases.newCreditor(), "US", "America/New_York");

        List<Integer> statuses = Concurrently.run(8, () -> as(Tokens.collector())
                .body(Map.of("caseId", ids[0], "channel", "EMAIL", "direction", "OUTBOUND", "person", "DEBTOR",
                        "outcome", "NO_ANSWER"))
                .post("/api/v1/attempts").then().extract().statusCode());

        assertThat(statuses).containsOnly(201);
        assertThat(Jdbc.count("select count(*) from attempt where case_id = '" + ids[0] + "'")).isEqualTo(8);
        assertThat(Jdbc.count("select count(*) from debtor_profile where debtor_id = '" + ids[1] + "'")).isZero();
    }
}
