package org.collections.cases.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a debtor may not be contacted about a case (apart from permitted notices). */
// Word for word contact-service's description of its Restriction, so that the merged API document keeps one schema
@Schema(description = "Why a debtor may not be contacted about a case (permitted notices aside). CEASE_COMMUNICATION: "
        + "the debtor asked in writing to stop communication; DISPUTED: a dispute is open; PAUSED: collection is paused; "
        + "CLOSED: the case is closed; DECEASED: the debtor is deceased; BANKRUPTCY: the debtor is in bankruptcy or "
        + "insolvency; BREATHING_SPACE: a UK Breathing Space is in force, stopping contact and enforcement.")
public enum Restriction {
    CEASE_COMMUNICATION, DISPUTED, PAUSED, CLOSED, DECEASED, BANKRUPTCY, BREATHING_SPACE
}
