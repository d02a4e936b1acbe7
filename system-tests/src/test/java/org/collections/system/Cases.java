package org.collections.system;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.collections.client.ApiException;
import org.collections.client.model.AuditEntryView;
import org.collections.client.model.BreathingSpaceType;
import org.collections.client.model.CaseOutcome;
import org.collections.client.model.CaseStatus;
import org.collections.client.model.CaseView;
import org.collections.client.model.CreateCaseRequest;
import org.collections.client.model.DebtRequest;
import org.collections.client.model.DebtorRequest;
import org.collections.client.model.EndBreathingSpace;
import org.collections.client.model.FileDispute;
import org.collections.client.model.Place;
import org.collections.client.model.Product;
import org.collections.client.model.Recall;
import org.collections.client.model.Register;
import org.collections.client.model.ResolveDispute;
import org.collections.client.model.StartBreathingSpace;
import org.collections.client.model.Transition;

/** Cases, debtors and agencies (case-service), as the scenarios use them through the gateway. */
final class Cases {

    private Cases() {
    }

    /** Opens an ACTIVE case of a debtor in New York (US rules) owing {@code principal} USD; returns its id. */
    static UUID openInNewYork(String creditorId, String principal) throws ApiException {
        return open(creditorId, principal, "USD", "America/New_York", "US", "+1 212 555 0147");
    }

    /** Opens an ACTIVE case of a debtor with one phone number, in the zone and jurisdiction given; returns its id. */
    static UUID open(String creditorId, String principal, String currency, String zone, String jurisdiction,
            String phone) throws ApiException {
        CreateCaseRequest request = newCase(creditorId, principal);
        request.getDebtor().phones(List.of(phone)).timeZone(zone).jurisdiction(jurisdiction);
        request.getDebts().get(0).currency(currency);
        UUID id = Gateway.admin().cases().createCase(request, UUID.randomUUID().toString()).getId();
        move(id, CaseStatus.ACTIVE);
        return id;
    }

    /** A new case of a debtor in New York with one phone number, owing {@code principal} USD since 2026-09-01. */
    static CreateCaseRequest newCase(String creditorId, String principal) {
        String ref = UUID.randomUUID().toString().substring(0, 12);
        return new CreateCaseRequest().creditorId(creditorId).externalRef(ref)
                .debtor(new DebtorRequest().fullName("Sam Rivera").nationalId("SYS" + ref)
                        .phones(List.of("+1 212 555 0147")).timeZone("America/New_York").jurisdiction("US")
                        .preferredLanguage("en"))
                .debts(new ArrayList<>(List.of(new DebtRequest().product(Product.CONSUMER_LOAN).principal(principal)
                        .currency("USD").oldestUnpaidDate(LocalDate.parse("2026-09-01")))));
    }

    /** Starts a standard Breathing Space today. */
    static void startBreathingSpace(UUID caseId) throws ApiException {
        Gateway.collector().breathingSpaces().startBreathingSpace(caseId,
                new StartBreathingSpace().type(BreathingSpaceType.STANDARD).reason("DRS notification"));
    }

    /** Ends the Breathing Space in force today (a standard one ends at once). */
    static void endBreathingSpace(UUID caseId) throws ApiException {
        Gateway.collector().breathingSpaces().endBreathingSpace(caseId,
                new EndBreathingSpace().reason("Debt adviser cancelled it"));
    }

    /** The actions in the case's audit history, oldest first. */
    static List<String> historyActions(UUID caseId) throws ApiException {
        return Gateway.admin().history().getCaseHistory(caseId).getEvents().stream().map(AuditEntryView::getAction)
                .toList();
    }

    static CaseView move(UUID caseId, CaseStatus to) throws ApiException {
        return Gateway.admin().cases().transitionCase(caseId, new Transition().to(to).reason("system test"), null);
    }

    static CaseView get(UUID caseId) throws ApiException {
        return Gateway.admin().cases().getCase(caseId);
    }

    static CaseStatus status(UUID caseId) throws ApiException {
        return get(caseId).getStatus();
    }

    static UUID debtorId(UUID caseId) throws ApiException {
        return get(caseId).getDebtorId();
    }

    /** Files a dispute; returns its id. */
    static UUID dispute(UUID caseId) throws ApiException {
        return Gateway.admin().disputes().fileDispute(caseId, new FileDispute().reason("Debtor says it is not their debt"))
                .getId();
    }

    static void resolveDispute(UUID caseId, UUID disputeId) throws ApiException {
        Gateway.admin().disputes().resolveDispute(caseId, disputeId,
                new ResolveDispute().outcome(CaseOutcome.REJECTED).note("Signed agreement on file"));
    }

    /** Registers an ACTIVE agency unless it is registered already (the scenarios use unique agency ids). */
    static void registerAgency(String agencyId) throws ApiException {
        try {
            Gateway.admin().agencies().registerAgency(new Register().id(agencyId).name("Agency " + agencyId)
                    .reason("Partner contract signed"));
        } catch (ApiException e) {
            if (e.getCode() != 409) {
                throw e;
            }
        }
    }

    /** Places the case with an agency, registered first; returns the placement id. */
    static UUID place(UUID caseId, String agencyId) throws ApiException {
        registerAgency(agencyId);
        return Gateway.admin().placements().placeCase(caseId, new Place().agencyId(agencyId)).getId();
    }

    static void recall(UUID caseId, UUID placementId) throws ApiException {
        Gateway.admin().placements().recallPlacement(caseId, placementId, new Recall().reason("Placement period ended"));
    }
}
