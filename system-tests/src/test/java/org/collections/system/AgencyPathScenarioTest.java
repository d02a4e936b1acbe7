package org.collections.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.UUID;
import org.collections.client.model.AgencyKpis;
import org.collections.client.model.AttemptView;
import org.collections.client.model.Channel;
import org.collections.client.model.ContactOutcome;
import org.collections.client.model.LeaseRequest;
import org.collections.client.model.LeasedContact;
import org.collections.client.model.SlotOutcome;
import org.junit.jupiter.api.Test;

/**
 * Issue section "agencies work through the compliant path", across the real services: the agency leases its
 * case's call from the dispatch queue and sees the number only there; an attempt made outside a lease or decision is
 * still recorded, flagged, counted in the agency's KPIs and shown to the lender in the case's history.
 */
class AgencyPathScenarioTest extends Scenario {

    @Test
    void theAgencyLeasesItsCallsAndAnAttemptOutsideThePathIsABreachTheLenderSees() throws Exception {
        String agency = unique("AGENCY");
        Gateway asAgency = Gateway.agency(agency);
        UUID caseId = Cases.openInNewYork(unique("AGENCYPATH"), "450.00");
        Contacts.awaitKnown(caseId);
        UUID phone = PhoneFromCase.of(caseId);
        Cases.place(caseId, agency);
        UUID debtorId = Cases.debtorId(caseId);
        Eventually.until("contact-service knows the placement", () -> Gateway.status(
                () -> asAgency.contactPoints().listContactPointsWithHttpInfo(debtorId, null, null)), equalTo(200));
        String masked = PhoneFromCase.view(asAgency, caseId, phone).getValue();
        assertThat(masked).as("masked for the agency").doesNotContain("212").endsWith("0147");

        UUID slotId = Contacts.request(asAgency, caseId, Channel.CALL, phone).getId();
        List<LeasedContact> leased = asAgency.dispatch().leaseContacts(new LeaseRequest().channel(Channel.CALL)).getItems();
        LeasedContact lease = leased.stream().filter(l -> slotId.equals(l.getSlotId())).findFirst().orElseThrow();
        assertThat(lease.getAddress().replaceAll("[^0-9]", "")).isEqualTo("12125550147");
        assertThat(leased).as("only the agency's own cases").allMatch(l -> caseId.equals(l.getCaseId()));
        asAgency.dispatch().reportDispatchOutcome(slotId, new SlotOutcome().outcome(ContactOutcome.NO_ANSWER));

        AttemptView offPath = Contacts.attempt(asAgency, caseId, Channel.CALL, phone, ContactOutcome.NO_ANSWER, null);
        assertThat(offPath.getCompliant()).isFalse();
        assertThat(offPath.getBreachedRules()).contains("US_REGF.NO_DECISION");

        Eventually.until("the lender sees the breach in the case history", () -> Cases.historyActions(caseId),
                hasItem("COMPLIANCE_BREACH"));
        AgencyKpis kpis = asAgency.attempts().getAgencyContactKpis(agency, null, null);
        assertThat(kpis.getAttempts()).isEqualTo(2);
        assertThat(kpis.getCompliant()).isEqualTo(1);
        assertThat(kpis.getNonCompliant()).isEqualTo(1);
        assertThat(Gateway.status(() -> Gateway.agency(unique("OTHER")).attempts()
                .getAgencyContactKpisWithHttpInfo(agency, null, null))).isEqualTo(404);
    }
}
