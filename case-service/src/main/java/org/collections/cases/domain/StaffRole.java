package org.collections.cases.domain;

/** The roles that act on cases, from most to least trusted. */
public enum StaffRole {
    ADMIN, SUPERVISOR, COLLECTOR, AGENCY, AUDITOR;

    /** Supervisors and admins may close, write off and take a case to or out of legal action. */
    public boolean isSupervisory() {
        return this == ADMIN || this == SUPERVISOR;
    }
}
