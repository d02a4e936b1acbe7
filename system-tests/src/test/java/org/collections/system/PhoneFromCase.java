package org.collections.system;

import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;
import org.collections.testsupport.Tokens;

/** The contact point contact-service made of the phone number given when the case was created. */
final class PhoneFromCase {

    private PhoneFromCase() {
    }

    static String of(String caseId) {
        String debtorId = Cases.debtorId(caseId);
        return Eventually.until("the case's phone number is a contact point", () -> Contacts.points(Tokens.admin(), debtorId)
                .stream().filter(p -> "case".equals(p.get("source")) && "PHONE".equals(p.get("kind")))
                .map(p -> (String) p.get("id")).findFirst().orElse(null), notNullValue());
    }

    static Map<String, Object> view(String token, String caseId, String pointId) {
        return Contacts.points(token, Cases.debtorId(caseId)).stream().filter(p -> pointId.equals(p.get("id")))
                .findFirst().orElseThrow();
    }
}
