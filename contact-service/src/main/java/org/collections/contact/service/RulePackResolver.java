package org.collections.contact.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.collections.commons.problem.ProblemException;
import org.collections.commons.rules.RuleViolation;
import org.collections.contact.compliance.CreditorOverrides;
import org.collections.contact.compliance.RuleOverride;
import org.collections.contact.compliance.RulePack;
import org.collections.contact.compliance.RulePackCatalog;
import org.collections.contact.config.RulePackDocuments;
import org.collections.contact.model.Contactability;
import org.collections.contact.model.CreditorPackChoice;
import org.collections.contact.model.CreditorRuleOverride;
import org.collections.contact.repository.CreditorPackChoiceRepository;
import org.collections.contact.repository.CreditorRuleOverrideRepository;

/**
 * The rule pack a case is judged by: the pack its creditor chose for its jurisdiction (by default the one covering
 * it), in the version in force at the contact's time, tightened by the creditor's stored override of that pack.
 * One case at a time ({@link #forCase}), or for jobs judging many cases, every choice and override loaded once
 * ({@link #allOverrides}) and each case resolved from them ({@link #packFor}) — the same resolution either way.
 */
@ApplicationScoped
public class RulePackResolver {

    @Inject
    CreditorRuleOverrideRepository overrides;

    @Inject
    CreditorPackChoiceRepository choices;

    @Inject
    RulePackDocuments documents;

    @Inject
    Clock clock;

    public RulePackCatalog catalog() {
        return documents.catalog();
    }

    /** The case's pack for a contact now. */
    public Uni<RulePack> forCase(Contactability c) {
        return forCase(c, clock.instant());
    }

    /** The case's pack for a contact at {@code at}. */
    @WithSession
    public Uni<RulePack> forCase(Contactability c, Instant at) {
        requireJurisdiction(c);
        if (c.creditorId == null) {
            return Uni.createFrom().item(() -> packFor(CreditorOverrides.none(catalog()), c, at));
        }
        return choices.findById(new CreditorPackChoice.Id(c.creditorId, c.jurisdiction.trim().toUpperCase()))
                .chain(choice -> {
                    Map<CreditorOverrides.Choice, String> chosen = choice == null ? Map.of()
                            : Map.of(new CreditorOverrides.Choice(c.creditorId, c.jurisdiction), choice.packId);
                    String packId = packId(CreditorOverrides.of(catalog(), Map.of(), chosen), c);
                    return overrides.findOverride(packId, c.creditorId).map(found -> {
                        Map<CreditorOverrides.Key, RuleOverride> override = found == null ? Map.of()
                                : Map.of(key(found), found.toOverride());
                        return packFor(CreditorOverrides.of(catalog(), override, chosen), c, at);
                    });
                });
    }

    /** {@code base} tightened by the creditor's stored override of it, if any. */
    @WithSession
    public Uni<RulePack> forCreditor(RulePack base, String creditorId) {
        if (creditorId == null) {
            return Uni.createFrom().item(base);
        }
        return overrides.findOverride(base.id(), creditorId).map(found -> apply(found == null
                ? CreditorOverrides.none(catalog())
                : CreditorOverrides.of(catalog(), Map.of(key(found), found.toOverride()), Map.of()), base, creditorId));
    }

    /** Every creditor's stored choices and overrides, for {@link #packFor}. */
    @WithSession
    public Uni<CreditorOverrides> allOverrides() {
        return overrides.listAll().chain(all -> choices.listAll().map(chosen -> {
            Map<CreditorOverrides.Choice, String> byChoice = new HashMap<>();
            chosen.forEach(ch -> byChoice.put(new CreditorOverrides.Choice(ch.id.creditorId, ch.id.jurisdiction),
                    ch.packId));
            return CreditorOverrides.of(catalog(), all.stream()
                    .collect(Collectors.toMap(RulePackResolver::key, CreditorRuleOverride::toOverride)), byChoice);
        }));
    }

    /**
     * The case's pack at {@code at} from choices and overrides loaded by {@link #allOverrides}. A case without a
     * jurisdiction, or in one no pack covers, or whose creditor's override became more lenient than its pack, is a
     * 409 problem: never judged by a laxer pack.
     */
    public RulePack packFor(CreditorOverrides loaded, Contactability c, Instant at) {
        RulePack base = catalog().inForce(packId(loaded, c), at);
        return apply(loaded, base, c.creditorId);
    }

    private static String packId(CreditorOverrides loaded, Contactability c) {
        requireJurisdiction(c);
        try {
            return loaded.packIdFor(c.jurisdiction, c.creditorId);
        } catch (IllegalArgumentException e) {
            throw ProblemException.conflict("no-rule-pack", "No rule pack for jurisdiction " + c.jurisdiction);
        }
    }

    private static RulePack apply(CreditorOverrides loaded, RulePack base, String creditorId) {
        try {
            return loaded.packFor(base, creditorId);
        } catch (RuleViolation e) {
            throw ProblemException.conflict("rule-override-invalid", "The override of " + base.id() + " for creditor "
                    + creditorId + " is no longer valid (" + e.getMessage() + "); correct it with PUT /api/v1/rule-packs/"
                    + base.id() + "/overrides/" + creditorId);
        }
    }

    private static void requireJurisdiction(Contactability c) {
        if (c.jurisdiction == null) {
            throw ProblemException.conflict("jurisdiction-unknown", "Case " + c.caseId + " has no jurisdiction yet");
        }
    }

    private static CreditorOverrides.Key key(CreditorRuleOverride o) {
        return new CreditorOverrides.Key(o.packId, o.creditorId);
    }
}
