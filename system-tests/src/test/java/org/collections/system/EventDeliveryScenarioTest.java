package org.collections.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.client.ApiException;
import org.collections.client.model.CaseView;
import org.collections.client.model.Channel;
import org.collections.client.model.ContactDecision;
import org.collections.client.model.ViolationView;
import org.collections.system.Events.Event;
import org.junit.jupiter.api.Test;

/** Scenario 9: duplicate and out-of-order deliveries end in the same state as one delivery of each event in order. */
class EventDeliveryScenarioTest extends Scenario {

    @Test
    void contactServiceReplicaConvergesWhateverTheDeliveryOrder() throws Exception {
        String agency = unique("AGENCY");
        UUID inOrder = UUID.randomUUID();
        UUID shuffled = UUID.randomUUID();
        List<Event> a = lifeOf(inOrder, agency);
        List<Event> b = lifeOf(shuffled, agency);

        deliverAll(a.subList(0, 2));
        assertThat(Contacts.decide(inOrder, Channel.CALL).getViolations()).as("the events take effect")
                .extracting(ViolationView::getRuleId).containsExactly("US_REGF.CEASE_COMMUNICATION");
        deliverAll(a.subList(2, 5));
        // late, repeated and swapped: v1, v3, v2 (late), v3 again, v5, v4 (late), v1 again
        deliverAll(List.of(b.get(0), b.get(2), b.get(1), b.get(2), b.get(4), b.get(3), b.get(0)));

        ContactDecision expected = Contacts.decide(inOrder, Channel.CALL);
        ContactDecision actual = Contacts.decide(shuffled, Channel.CALL);
        assertThat(expected.getDecision()).isEqualTo(ContactDecision.DecisionEnum.ALLOW);
        assertThat(actual.getDecision()).isEqualTo(expected.getDecision());
        assertThat(actual.getViolations()).isEqualTo(expected.getViolations());
        for (UUID caseId : List.of(inOrder, shuffled)) {
            assertThat(Gateway.status(() -> Gateway.agency(agency).scheduling()
                    .listContactRequestsWithHttpInfo(caseId, null, null))).as("recalled from the agency: " + caseId)
                    .isEqualTo(404);
        }
    }

    @Test
    void aPaymentDeliveredTwiceReducesTheBalanceOnce() throws ApiException {
        UUID caseId = Cases.openInNewYork(unique("DUP"), "500.00");
        Event posted = Event.of("PaymentPosted", "plan-service", caseId.toString(), Map.of("caseId", caseId.toString(),
                "planId", UUID.randomUUID().toString(), "paymentId", UUID.randomUUID().toString(), "amount", "120.00",
                "currency", "USD", "payerReference", unique("BANK")));
        assertThat(Events.deliver(suite.cases, posted)).isEqualTo(200);
        assertThat(Events.deliver(suite.cases, posted)).isEqualTo(200);
        CaseView after = Cases.get(caseId);
        assertThat(after.getBalance()).isEqualTo("380.00");
        assertThat(after.getPaymentsReceived()).isEqualTo("120.00");
    }

    /** A case's life as case-service reports it: opened, ceased, cease lifted, placed, recalled (versions 1 to 5). */
    private static List<Event> lifeOf(UUID id, String agency) {
        String caseId = id.toString();
        String debtorId = UUID.randomUUID().toString();
        List<Event> events = new ArrayList<>();
        Map<String, Object> opened = new HashMap<>(Map.of("caseId", caseId, "debtorId", debtorId, "creditorId", "EVENTS",
                "from", "NEW", "to", "ACTIVE", "jurisdiction", "US", "timeZone", "America/New_York",
                "restrictions", List.of(), "caseVersion", 1));
        events.add(Event.of("CaseStatusChanged", "case-service", caseId, opened));
        events.add(Event.of("ContactRestrictionChanged", "case-service", caseId, Map.of("caseId", caseId, "debtorId",
                debtorId, "restrictions", List.of("CEASE_COMMUNICATION"), "caseVersion", 2)));
        events.add(Event.of("ContactRestrictionChanged", "case-service", caseId, Map.of("caseId", caseId, "debtorId",
                debtorId, "restrictions", List.of(), "caseVersion", 3)));
        events.add(Event.of("CasePlaced", "case-service", caseId, Map.of("caseId", caseId, "debtorId", debtorId,
                "agencyId", agency, "caseVersion", 4)));
        events.add(Event.of("CaseRecalled", "case-service", caseId, Map.of("caseId", caseId, "debtorId", debtorId,
                "agencyId", agency, "caseVersion", 5)));
        return events;
    }

    private static void deliverAll(List<Event> events) {
        events.forEach(e -> assertThat(Events.deliver(suite.contacts, e)).as(e.type()).isEqualTo(200));
    }
}
