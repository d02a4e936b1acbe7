package org.collections.contact.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.collections.commons.audit.AuditLog;
import org.collections.commons.problem.ProblemException;
import org.collections.commons.rules.RuleViolation;
import org.collections.contact.model.CreditorRuleOverride;
import org.collections.contact.compliance.RuleOverride;
import org.collections.contact.compliance.RulePack;
import org.collections.contact.repository.CreditorRuleOverrideRepository;
import org.collections.contact.service.AuditSnapshots.OverrideSnapshot;
import org.collections.contact.service.ContactCommands.RuleOverrideChange;

/**
 * Creditors' overrides of the rule packs: stored only when every parameter is at least as strict as the pack's,
 * guarded by their version, and audited.
 */
@ApplicationScoped
public class RuleOverrideService {

    static final String AUDIT_TYPE = "rule_override";

    @Inject
    CreditorRuleOverrideRepository overrides;

    @Inject
    RulePackResolver resolver;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** An override as stored, and whether this change created it. */
    public record Saved(CreditorRuleOverride override, boolean created) {
    }

    /**
     * A version of a rule pack with the jurisdictions it covers; for a pack in effect for a creditor, the creditor
     * and the version of its override (null without one), otherwise both null.
     */
    public record PackDetails(RulePack pack, List<String> jurisdictions, String creditorId, Integer overrideVersion) {
    }

    @WithTransaction
    public Uni<Saved> put(String packId, String creditorId, RuleOverrideChange change, Integer expectedVersion,
            String actor) {
        RulePack pack = pack(packId);
        requireCreditorId(creditorId);
        RuleOverride override = change.override();
        try {
            pack.withOverride(override);
        } catch (RuleViolation e) {
            throw new RuleViolation("override-not-stricter", "Override not stricter than the pack", e.field(),
                    e.getMessage());
        }
        return overrides.findOverride(packId, creditorId).chain(existing -> {
            requireVersion(packId, creditorId, existing, expectedVersion);
            OverrideSnapshot before = existing == null ? null : OverrideSnapshot.of(existing);
            CreditorRuleOverride stored = existing == null ? blank(packId, creditorId) : existing;
            stored.set(override);
            stored.updatedBy = actor;
            stored.updatedAt = clock.instant();
            Uni<CreditorRuleOverride> saved = existing == null ? overrides.persistAndFlush(stored)
                    : overrides.flush().replaceWith(stored);
            return saved.chain(s -> audit.record(actor, "RULE_OVERRIDE_SET", AUDIT_TYPE, auditId(packId, creditorId),
                    change.reason(), before, OverrideSnapshot.of(s)).replaceWith(new Saved(s, existing == null)));
        });
    }

    @WithTransaction
    public Uni<Void> delete(String packId, String creditorId, Integer expectedVersion, String reason, String actor) {
        pack(packId);
        return load(packId, creditorId).chain(existing -> {
            requireVersion(packId, creditorId, existing, expectedVersion);
            OverrideSnapshot before = OverrideSnapshot.of(existing);
            return overrides.delete(existing)
                    .chain(() -> audit.record(actor, "RULE_OVERRIDE_DELETED", AUDIT_TYPE, auditId(packId, creditorId),
                            reason, before, null));
        });
    }

    @WithSession
    public Uni<CreditorRuleOverride> get(String packId, String creditorId) {
        pack(packId);
        return load(packId, creditorId);
    }

    /** Up to {@code limit + 1} overrides by creditor id, after {@code afterCreditorId} (from the start when null). */
    @WithSession
    public Uni<List<CreditorRuleOverride>> list(String packId, String afterCreditorId, int limit) {
        pack(packId);
        var query = afterCreditorId == null
                ? overrides.find("packId = ?1 order by creditorId", packId)
                : overrides.find("packId = ?1 and creditorId > ?2 order by creditorId", packId, afterCreditorId);
        return query.range(0, limit).list();
    }

    /** The pack as the creditor's cases are judged by it. */
    @WithSession
    public Uni<PackDetails> effective(String packId, String creditorId) {
        RulePack pack = pack(packId);
        requireCreditorId(creditorId);
        return overrides.findOverride(packId, creditorId).chain(stored -> resolver.forCreditor(pack, creditorId)
                .map(effective -> new PackDetails(effective, resolver.catalog().document(pack.version())
                        .jurisdictions(), creditorId, stored == null ? null : stored.version)));
    }

    /** The version of the pack in force now: overrides are checked against it. 404 for an unknown pack. */
    public RulePack pack(String packId) {
        try {
            return resolver.catalog().inForce(packId, clock.instant());
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Rule pack", packId);
        }
    }

    /** Every pack in the version in force now. */
    public List<PackDetails> packs() {
        return resolver.catalog().packIds().stream().map(id -> view(pack(id))).toList();
    }

    /** The pack in force at {@code at} (now when null). */
    public PackDetails pack(String packId, Instant at) {
        try {
            return view(resolver.catalog().inForce(packId, at == null ? clock.instant() : at));
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Rule pack", packId);
        }
    }

    /** Every version of a pack, oldest first. */
    public List<PackDetails> versions(String packId) {
        try {
            return resolver.catalog().versions(packId).stream().map(this::view).toList();
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Rule pack", packId);
        }
    }

    private PackDetails view(RulePack pack) {
        return new PackDetails(pack, resolver.catalog().document(pack.version()).jurisdictions(), null, null);
    }

    private Uni<CreditorRuleOverride> load(String packId, String creditorId) {
        return overrides.findOverride(packId, creditorId).map(found -> {
            if (found == null) {
                throw ProblemException.notFound("Override of " + packId + " for creditor", creditorId);
            }
            return found;
        });
    }

    private static void requireVersion(String packId, String creditorId, CreditorRuleOverride existing,
            Integer expectedVersion) {
        if (expectedVersion == null) {
            return;
        }
        if (existing == null) {
            throw ProblemException.preconditionFailed("Creditor " + creditorId + " has no override of " + packId
                    + " yet; send no If-Match to create one");
        }
        if (existing.version != expectedVersion) {
            throw ProblemException.preconditionFailed("The override of " + packId + " for creditor " + creditorId
                    + " is at version " + existing.version + ", not " + expectedVersion + "; reload it and retry");
        }
    }

    private static void requireCreditorId(String creditorId) {
        if (creditorId == null || creditorId.isBlank() || creditorId.length() > 100
                || !creditorId.strip().equals(creditorId)) {
            throw new RuleViolation("creditorId", "must be a creditor id of 1 to 100 characters");
        }
    }

    private static CreditorRuleOverride blank(String packId, String creditorId) {
        CreditorRuleOverride o = new CreditorRuleOverride();
        o.packId = packId;
        o.creditorId = creditorId;
        return o;
    }

    private static String auditId(String packId, String creditorId) {
        return packId + "/" + creditorId;
    }
}
