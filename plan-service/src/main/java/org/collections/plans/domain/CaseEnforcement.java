package org.collections.plans.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Local replica of whether a case's restrictions stop enforcement, fed by CaseStatusChanged and
 * ContactRestrictionChanged. Each event carries the case version; one older than the last applied changes nothing.
 */
@Entity
@Table(name = "case_enforcement")
public class CaseEnforcement extends PanacheEntityBase {

    /** What an applied change did to the hold. */
    public enum Change {
        /** Older than what was applied, or nothing changed for enforcement. */
        NONE,
        STARTED,
        /** Still held, under restrictions not seen before in this hold. */
        WIDENED,
        ENDED
    }

    /** The change, the hold's restrictions (all seen in it so far), and for an ENDED change the hold that ended. */
    public record Outcome(Change change, Set<Restriction> restrictions, EnforcementHold ended) {
    }

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    /** The holding restrictions seen since the current hold began; empty when not held. */
    @Column(nullable = false)
    public String restrictions;

    /** When the current hold began; null when the case is not held. */
    @Column(name = "held_since")
    public Instant heldSince;

    @Column(name = "case_version", nullable = false)
    public long caseVersion;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static CaseEnforcement unrestricted(UUID caseId, long caseVersion, Instant now) {
        CaseEnforcement c = new CaseEnforcement();
        c.caseId = caseId;
        c.restrictions = "";
        c.caseVersion = caseVersion;
        c.updatedAt = now;
        return c;
    }

    public boolean held() {
        return heldSince != null;
    }

    public Set<Restriction> restrictionSet() {
        Set<Restriction> set = EnumSet.noneOf(Restriction.class);
        Arrays.stream(restrictions.split(",")).filter(s -> !s.isBlank()).map(Restriction::parse)
                .flatMap(Optional::stream).forEach(set::add);
        return set;
    }

    /**
     * Applies the restrictions in force as of case version {@code version}, changed at {@code at}. A hold begins
     * when a holding restriction appears and ends when none is left.
     */
    public Outcome apply(Set<Restriction> inForce, long version, Instant at, Instant now) {
        if (version < caseVersion) {
            return new Outcome(Change.NONE, restrictionSet(), null);
        }
        caseVersion = version;
        updatedAt = now;
        Set<Restriction> holding = inForce.stream().filter(Restriction::holdsEnforcement)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Restriction.class)));
        if (!held()) {
            if (holding.isEmpty()) {
                return new Outcome(Change.NONE, holding, null);
            }
            heldSince = at;
            restrictions = text(holding);
            return new Outcome(Change.STARTED, holding, null);
        }
        Set<Restriction> seen = restrictionSet();
        if (holding.isEmpty()) {
            // a change stamped before the hold began (clocks differ) ends it without length
            EnforcementHold ended = new EnforcementHold(heldSince, at.isBefore(heldSince) ? heldSince : at);
            heldSince = null;
            restrictions = "";
            return new Outcome(Change.ENDED, seen, ended);
        }
        if (seen.containsAll(holding)) {
            return new Outcome(Change.NONE, seen, null);
        }
        seen.addAll(holding);
        restrictions = text(seen);
        return new Outcome(Change.WIDENED, seen, null);
    }

    private static String text(Set<Restriction> set) {
        return set.stream().map(Enum::name).collect(Collectors.joining(","));
    }
}
