package org.collections.contact.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.stream.Collectors;
import org.collections.commons.problem.ProblemException;
import org.collections.contact.model.Contactability;
import org.collections.contact.compliance.CreditorOverrides;
import org.collections.contact.model.CreditorRuleOverride;
import org.collections.contact.compliance.InvalidRuleParameterException;
import org.collections.contact.compliance.RulePack;
import org.collections.contact.compliance.RulePacks;
import org.collections.contact.repository.CreditorRuleOverrideRepository;

/**
 * The rule pack a case is judged by: the pack of its jurisdiction tightened by its creditor's stored override of
 * that pack. One case at a time ({@link #forCase}), or for jobs judging many cases, every override loaded once
 * ({@link #allOverrides}) and each case resolved from them ({@link #packFor}) — the same resolution either way.
 */
@ApplicationScoped
public class RulePackResolver {

    @Inject
    CreditorRuleOverrideRepository overrides;

    @WithSession
    public Uni<RulePack> forCase(Contactability c) {
        return forCreditor(basePack(c), c.creditorId);
    }

    /** {@code base} tightened by the creditor's stored override of it, if any. */
    @WithSession
    public Uni<RulePack> forCreditor(RulePack base, String creditorId) {
        if (creditorId == null) {
            return Uni.createFrom().item(base);
        }
        return overrides.findOverride(base.id(), creditorId).map(found -> apply(
                found == null ? CreditorOverrides.none() : CreditorOverrides.of(Map.of(key(found), found.toOverride())),
                base, creditorId));
    }

    /** Every creditor's stored overrides, for {@link #packFor}. */
    @WithSession
    public Uni<CreditorOverrides> allOverrides() {
        return overrides.listAll().map(all -> CreditorOverrides.of(all.stream()
                .collect(Collectors.toMap(RulePackResolver::key, CreditorRuleOverride::toOverride))));
    }

    /**
     * The case's pack from overrides loaded by {@link #allOverrides}. A case without a jurisdiction, or in one no pack
     * covers, or whose creditor's override became more lenient than its pack, is a 409 problem: never judged by a
     * laxer pack.
     */
    public RulePack packFor(CreditorOverrides loaded, Contactability c) {
        return apply(loaded, basePack(c), c.creditorId);
    }

    private static RulePack apply(CreditorOverrides loaded, RulePack base, String creditorId) {
        try {
            return loaded.packFor(base, creditorId);
        } catch (InvalidRuleParameterException e) {
            throw ProblemException.conflict("rule-override-invalid", "The override of " + base.id() + " for creditor "
                    + creditorId + " is no longer valid (" + e.getMessage() + "); correct it with PUT /api/v1/rule-packs/"
                    + base.id() + "/overrides/" + creditorId);
        }
    }

    private static RulePack basePack(Contactability c) {
        if (c.jurisdiction == null) {
            throw ProblemException.conflict("jurisdiction-unknown", "Case " + c.caseId + " has no jurisdiction yet");
        }
        try {
            return RulePacks.forJurisdiction(c.jurisdiction);
        } catch (IllegalArgumentException e) {
            throw ProblemException.conflict("no-rule-pack", "No rule pack for jurisdiction " + c.jurisdiction);
        }
    }

    private static CreditorOverrides.Key key(CreditorRuleOverride o) {
        return new CreditorOverrides.Key(o.packId, o.creditorId);
    }
}
