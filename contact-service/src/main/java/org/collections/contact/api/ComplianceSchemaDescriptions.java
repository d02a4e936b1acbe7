package org.collections.contact.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Describes the schemas of the compliance engine's enums, which carry no annotations: the engine is plain Java. The
 * Channel and Restriction texts are case-service's word for word, so the merged document keeps one schema of each.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ComplianceSchemaDescriptions implements OASFilter {

    static final Map<String, String> DESCRIPTIONS = Map.of(
            "Channel", "A way of contacting a debtor. CALL: telephone call; SMS: text message; EMAIL: e-mail; "
                    + "LETTER: postal letter; VISIT: a visit in person.",
            "Restriction", "Why a debtor may not be contacted about a case (permitted notices aside). "
                    + "CEASE_COMMUNICATION: the debtor asked in writing to stop communication; DISPUTED: a dispute is "
                    + "open; PAUSED: collection is paused; CLOSED: the case is closed; DECEASED: the debtor is "
                    + "deceased; BANKRUPTCY: the debtor is in bankruptcy or insolvency; BREATHING_SPACE: a UK "
                    + "Breathing Space is in force, stopping contact and enforcement.",
            "Outcome", "What came of a contact attempt. NO_ANSWER, BUSY, VOICEMAIL: nobody was reached; "
                    + "RIGHT_PARTY_CONTACT: a conversation with the debtor; THIRD_PARTY: someone else answered; "
                    + "WRONG_NUMBER: not the debtor's number (marks the contact point INVALID); PROMISE_TO_PAY: the "
                    + "debtor promised to pay; REFUSED: the debtor refused to pay; DELIVERED: a letter or message was "
                    + "delivered; BOUNCED: it could not be delivered; OPT_OUT: the debtor asked not to be contacted "
                    + "this way (marks the contact point OPTED_OUT); NOT_IN_SERVICE: the number is not in service; "
                    + "NETWORK_FAILURE: the call failed in the network. Busy, not-in-service and network failures do not "
                    + "count toward US_REGF's call frequency.",
            "Direction", "OUTBOUND: made by the lender or an agency; INBOUND: the debtor or a third party reached "
                    + "us, which counts as a conversation, not as an attempt.",
            "PersonRole", "Whom a contact is with. DEBTOR: the debtor; THIRD_PARTY: someone else, such as an "
                    + "emergency contact, who is never told about the debt.",
            "AttemptPurpose", "Why an attempt was made, when the rules need to know. VALIDATION_NOTICE: the debt "
                    + "validation notice (Regulation F), which lifts US_REGF.VALIDATION_NOTICE once DELIVERED.",
            "ContactPointStatus", "Whether a contact point may be used. VALID: yes; INVALID: wrong or not in "
                    + "service; OPTED_OUT: the debtor opted out of it.");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        DESCRIPTIONS.forEach((name, description) -> {
            Schema schema = schemas.get(name);
            if (schema != null) {
                schema.setDescription(description);
            }
        });
    }
}
