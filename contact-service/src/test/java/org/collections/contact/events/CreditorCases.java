package org.collections.contact.events;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.commons.outbox.EventSignature;

/** Cases of a given creditor announced to contact-service's replica, as case-service does. */
public record CreditorCases(EventSignature signature) {

    /** A fresh creditor id, so that tests sharing the database never see each other's overrides. */
    public static String newCreditor() {
        return "CRED-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }

    /** Returns {caseId, debtorId}. */
    public String[] open(String creditorId, String jurisdiction, String zone) throws Exception {
        String caseId = UUID.randomUUID().toString();
        String debtorId = UUID.randomUUID().toString();
        new CaseEventFeed(signature).deliver(UUID.randomUUID(), "CaseStatusChanged", Map.of("caseId", caseId,
                "debtorId", debtorId, "creditorId", creditorId, "to", "ACTIVE", "jurisdiction", jurisdiction,
                "timeZone", zone, "restrictions", List.of(), "caseVersion", 1)).then().statusCode(200);
        return new String[] {caseId, debtorId};
    }
}
