package org.collections.contact.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.commons.outbox.EventSignature;
import org.collections.testsupport.Jdbc;
import org.junit.jupiter.api.Test;

/** case-service may announce a restriction this service does not know yet: the event still applies. */
@QuarkusTest
class UnknownRestrictionTest {

    @Inject
    EventSignature signature;

    @Test
    void anUnknownRestrictionIsIgnoredAndTheKnownOnesApply() throws Exception {
        String[] ids = new CaseEventFeed(signature).openCase("US", "America/New_York");
        new CaseEventFeed(signature).deliver(UUID.randomUUID(), "ContactRestrictionChanged", Map.of("caseId", ids[0],
                "debtorId", ids[1], "restrictions", List.of("DISPUTED", "SOME_FUTURE_RESTRICTION"), "contactAllowed", false,
                "caseVersion", 2)).then().statusCode(200).body("applied", equalTo(true));
        assertThat(Jdbc.query("select restrictions from contactability where case_id = '" + ids[0] + "'").get(0))
                .containsEntry("restrictions", "DISPUTED");
    }
}
