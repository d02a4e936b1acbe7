package org.collections.system;

import static org.hamcrest.Matchers.notNullValue;

import java.util.UUID;
import org.collections.client.ApiException;
import org.collections.client.model.ContactPointKind;
import org.collections.client.model.ContactPointView;

/** The contact point contact-service made of the phone number given when the case was created. */
final class PhoneFromCase {

    private PhoneFromCase() {
    }

    static UUID of(UUID caseId) throws ApiException {
        UUID debtorId = Cases.debtorId(caseId);
        return Eventually.until("the case's phone number is a contact point", () -> Contacts.points(Gateway.admin(), debtorId)
                .stream().filter(p -> "case".equals(p.getSource()) && p.getKind() == ContactPointKind.PHONE)
                .map(ContactPointView::getId).findFirst().orElse(null), notNullValue());
    }

    static ContactPointView view(Gateway as, UUID caseId, UUID pointId) throws ApiException {
        return Contacts.points(as, Cases.debtorId(caseId)).stream().filter(p -> pointId.equals(p.getId())).findFirst()
                .orElseThrow();
    }
}
