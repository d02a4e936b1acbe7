package org.collections.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.collections.cases.domain.StaffRole;
import org.collections.commons.security.CurrentPrincipal;
import org.collections.commons.security.Roles;

/** The role the current principal acts in: an agency principal always as its agency, otherwise its highest role. */
@ApplicationScoped
public class ActingRole {

    @Inject
    CurrentPrincipal principal;

    public StaffRole current() {
        if (principal.isAgency()) {
            return StaffRole.AGENCY;
        }
        if (principal.hasRole(Roles.ADMIN)) {
            return StaffRole.ADMIN;
        }
        if (principal.hasRole(Roles.SUPERVISOR)) {
            return StaffRole.SUPERVISOR;
        }
        if (principal.hasRole(Roles.COLLECTOR)) {
            return StaffRole.COLLECTOR;
        }
        return StaffRole.AUDITOR;
    }
}
