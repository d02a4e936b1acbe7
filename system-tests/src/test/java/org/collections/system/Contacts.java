package org.collections.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.collections.client.ApiException;
import org.collections.client.ApiResponse;
import org.collections.client.model.AttemptView;
import org.collections.client.model.Channel;
import org.collections.client.model.ContactDecision;
import org.collections.client.model.ContactOutcome;
import org.collections.client.model.ContactPointKind;
import org.collections.client.model.ContactPointView;
import org.collections.client.model.DecisionRequest;
import org.collections.client.model.Direction;
import org.collections.client.model.NewAttempt;
import org.collections.client.model.NewContactPoint;
import org.collections.client.model.NewContactRequest;
import org.collections.client.model.PersonRole;
import org.collections.client.model.SlotStatus;
import org.collections.client.model.SlotView;

/** Contact decisions, points, scheduling and attempts (contact-service), as the scenarios use them through the gateway. */
final class Contacts {

    private Contacts() {
    }

    /** Waits until contact-service has learnt of the case from case-service's events. */
    static void awaitKnown(UUID caseId) {
        Awaitility.await("contact-service knows case " + caseId).atMost(Eventually.EVENT_DELIVERY)
                .pollInterval(Duration.ofMillis(100)).until(() -> decisionStatus(caseId) == 200);
    }

    /** The HTTP status of a CALL decision about the case asked by a collector (404 while the case is unknown). */
    static int decisionStatus(UUID caseId) {
        return Gateway.status(() -> Gateway.collector().decisions()
                .decideContactWithHttpInfo(new DecisionRequest().caseId(caseId).channel(Channel.CALL)));
    }

    /** A collector's decision about contacting the debtor over the channel now. */
    static ContactDecision decide(UUID caseId, Channel channel) throws ApiException {
        return decision(Gateway.collector(), caseId, channel, null);
    }

    /** A decision now as {@code as} sees it, about a contact point when one is given. */
    static ContactDecision decision(Gateway as, UUID caseId, Channel channel, UUID contactPointId) throws ApiException {
        return as.decisions().decideContact(new DecisionRequest().caseId(caseId).channel(channel)
                .contactPointId(contactPointId));
    }

    /** Adds a phone number of the debtor; returns the contact point id. */
    static UUID addPhone(UUID debtorId, String number) throws ApiException {
        return Gateway.collector().contactPoints().addContactPoint(new NewContactPoint().debtorId(debtorId)
                .kind(ContactPointKind.PHONE).value(number)).getId();
    }

    /** Asks as {@code as} for a contact of the channel now; returns the scheduled slot (201 expected). */
    static SlotView request(Gateway as, UUID caseId, Channel channel, UUID contactPointId) throws ApiException {
        ApiResponse<SlotView> scheduled = as.scheduling().requestContactWithHttpInfo(new NewContactRequest()
                .caseId(caseId).channel(channel).contactPointId(contactPointId));
        assertThat(scheduled.getStatusCode()).isEqualTo(201);
        return scheduled.getData();
    }

    /** Asks as a collector for a contact of the channel now; returns the scheduled slot. */
    static SlotView request(UUID caseId, Channel channel, UUID contactPointId) throws ApiException {
        return request(Gateway.collector(), caseId, channel, contactPointId);
    }

    /** The HTTP status a collector's contact request is answered with (409 when contact is not permitted). */
    static int requestStatus(UUID caseId, Channel channel, UUID contactPointId) {
        return Gateway.status(() -> Gateway.collector().scheduling().requestContactWithHttpInfo(new NewContactRequest()
                .caseId(caseId).channel(channel).contactPointId(contactPointId)));
    }

    /** Records an outbound attempt with the debtor now, under {@code decisionId} when it is not null. */
    static AttemptView attempt(Gateway as, UUID caseId, Channel channel, UUID contactPointId, ContactOutcome outcome,
            UUID decisionId) throws ApiException {
        ApiResponse<AttemptView> recorded = as.attempts().recordAttemptWithHttpInfo(new NewAttempt().caseId(caseId)
                .channel(channel).direction(Direction.OUTBOUND).person(PersonRole.DEBTOR).outcome(outcome)
                .contactPointId(contactPointId).decisionId(decisionId));
        assertThat(recorded.getStatusCode()).isEqualTo(201);
        return recorded.getData();
    }

    /** The debtor's contact points as {@code as} sees them. */
    static List<ContactPointView> points(Gateway as, UUID debtorId) throws ApiException {
        return as.contactPoints().listContactPoints(debtorId, null, null).getItems();
    }

    static SlotStatus slotStatus(UUID caseId, UUID slotId) throws ApiException {
        return Gateway.collector().scheduling().listContactRequests(caseId, null, null).getItems().stream()
                .filter(slot -> slotId.equals(slot.getId())).map(SlotView::getStatus).findFirst().orElse(null);
    }
}
