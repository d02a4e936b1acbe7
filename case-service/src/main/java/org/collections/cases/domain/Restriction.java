package org.collections.cases.domain;

/** Why a debtor may not be contacted about a case (apart from permitted notices). */
public enum Restriction {
    CEASE_COMMUNICATION, DISPUTED, PAUSED, CLOSED, DECEASED, BANKRUPTCY, BREATHING_SPACE
}
