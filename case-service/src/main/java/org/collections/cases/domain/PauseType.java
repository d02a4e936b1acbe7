package org.collections.cases.domain;

/** Why collection on a case is paused. Breathing Space is not a pause: it is a restriction of its own. */
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
