package org.collections.commons.security;

/** The roles a token may carry in its {@code groups} claim. */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String SUPERVISOR = "supervisor";
    public static final String COLLECTOR = "collector";
    public static final String AGENCY = "agency";
    public static final String AUDITOR = "auditor";
    /**
     * A service of the platform acting on its own (a scheduled job, an event delivery), with the client-credential
     * token the gateway issues to it: never a person, never an agency, and no other role beside it.
     */
    public static final String SERVICE = "service";

    // Role sets for @RolesAllowed, which takes no array constant: a property expression whose value is a list is
    // read by Quarkus as that list of roles, so each set is written once, here (its default is the set).

    /** Every role: reads open to all (an agency is still scoped to the cases placed with it). */
    public static final String EVERYONE = "${collections.roles.everyone:admin,supervisor,collector,agency,auditor}";
    /**
     * Every role and the platform's services: only for the reads another service makes on its own (contact-service
     * learning of a case it has not seen). Every other operation refuses the service role.
     */
    public static final String EVERYONE_AND_SERVICES = "${collections.roles.everyone-and-services:admin,supervisor,collector,agency,auditor,service}";
    /** Those who work cases: the lender's staff and partner agencies; not the read-only auditor. */
    public static final String CASE_WORKERS = "${collections.roles.case-workers:admin,supervisor,collector,agency}";
    /** The lender's own staff who act on cases. */
    public static final String STAFF = "${collections.roles.staff:admin,supervisor,collector}";
    /** The lender's own people, the auditor included: reads not open to agencies. */
    public static final String STAFF_AND_AUDITORS = "${collections.roles.staff-and-auditors:admin,supervisor,collector,auditor}";
    /** Supervisors and admins: approvals, reversals, overrides. */
    public static final String MANAGERS = "${collections.roles.managers:admin,supervisor}";
    /** Those who oversee a portfolio: managers, auditors and agencies (for their own). */
    public static final String OVERSIGHT = "${collections.roles.oversight:admin,supervisor,auditor,agency}";

    private Roles() {
    }
}
