package org.collections.commons.security;

/** The roles a token may carry in its {@code groups} claim. */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String SUPERVISOR = "supervisor";
    public static final String COLLECTOR = "collector";
    public static final String AGENCY = "agency";
    public static final String AUDITOR = "auditor";

    private Roles() {
    }
}
