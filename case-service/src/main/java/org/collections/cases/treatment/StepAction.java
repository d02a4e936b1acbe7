package org.collections.cases.treatment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a step of a treatment path does. MESSAGE: a templated message on the first of its channels "
        + "contact-service permits (SMS, EMAIL, LETTER); CALL: a call booked in contact-service's dispatch queue at a "
        + "permitted time; PLACE: placement with the step's agency.")
public enum StepAction {
    MESSAGE, CALL, PLACE
}
