package org.collections.cases.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why collection on a case is paused. Breathing Space is not a pause: it is a restriction of its own. */
@Schema(description = "Why collection on a case is paused. HARDSHIP: the debtor cannot pay for now and asked for "
        + "time; COMPLAINT_REVIEW: a complaint is being investigated; LEGAL_HOLD: counsel or a court asked to hold "
        + "collection; CREDITOR_INSTRUCTION: the creditor asked to stop working the case for a while.")
public enum PauseType {
    /** The debtor cannot pay for now (job loss, illness) and asked for time. */
    HARDSHIP,
    /** A complaint is being investigated. */
    COMPLAINT_REVIEW,
    /** Counsel or a court asked to hold collection. */
    LEGAL_HOLD,
    /** The creditor asked to stop working the case for a while. */
    CREDITOR_INSTRUCTION
}
