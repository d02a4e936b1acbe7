package org.collections.contact.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.collections.commons.audit.AuditLog;
import org.collections.commons.problem.ProblemException;
import org.collections.commons.rules.RuleViolation;
import org.collections.contact.model.CreditorPackChoice;
import org.collections.contact.repository.CreditorPackChoiceRepository;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A creditor's choice of rule pack per jurisdiction: stored, guarded by its version, audited. Without a choice, a
 * creditor's cases are judged by the pack covering their jurisdiction.
 */
@ApplicationScoped
public class PackChoiceService {

    static final String AUDIT_TYPE = "rule_pack_choice";

    @Inject
    CreditorPackChoiceRepository choices;

    @Inject
    RulePackResolver resolver;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** What a creditor's cases in a jurisdiction are judged by, and whether the creditor chose it. */
    @Schema(description = "The rule pack a creditor's cases in a jurisdiction are judged by")
    public record PackChoice(@Schema(description = "The creditor", examples = "ACME") String creditorId,
            @Schema(description = "ISO 3166 code of the debtors' jurisdiction", examples = "US") String jurisdiction,
            @Schema(description = "The pack; null when no pack covers the jurisdiction and none was chosen",
                    examples = "US_REGF") String packId,
            @Schema(description = "The version of the pack in force now; null without a pack",
                    examples = "US_REGF@2021-11-30") String versionInForce,
            @Schema(description = "True when the creditor chose the pack; false for the pack covering the jurisdiction")
            boolean chosen,
            @Schema(description = "The choice's version, also its ETag; null when not chosen", examples = "0")
            Integer version,
            @Schema(description = "Who last chose; null when not chosen") String updatedBy,
            @Schema(description = "When it was last chosen (UTC); null when not chosen") Instant updatedAt) {
    }

    public record Saved(PackChoice choice, boolean created) {
    }

    @WithSession
    public Uni<PackChoice> get(String creditorId, String jurisdiction) {
        String code = requireKey(creditorId, jurisdiction);
        return choices.findById(new CreditorPackChoice.Id(creditorId, code)).map(stored -> view(creditorId, code,
                stored));
    }

    @WithSession
    public Uni<List<PackChoice>> ofCreditor(String creditorId) {
        requireKey(creditorId, "ZZ");
        return choices.list("id.creditorId = ?1 order by id.jurisdiction", creditorId).map(list -> list.stream()
                .map(c -> view(creditorId, c.id.jurisdiction, c)).toList());
    }

    @WithTransaction
    public Uni<Saved> put(String creditorId, String jurisdiction, String packId, Integer expectedVersion,
            String reason, String actor) {
        String code = requireKey(creditorId, jurisdiction);
        if (packId == null || !resolver.catalog().has(packId)) {
            throw new RuleViolation("rule-pack-unknown", "Unknown rule pack", "packId",
                    "must be one of " + resolver.catalog().packIds());
        }
        return choices.findById(new CreditorPackChoice.Id(creditorId, code)).chain(existing -> {
            requireVersion(existing, expectedVersion, creditorId, code);
            PackChoice before = existing == null ? null : view(creditorId, code, existing);
            CreditorPackChoice stored = existing == null ? new CreditorPackChoice() : existing;
            stored.id = new CreditorPackChoice.Id(creditorId, code);
            stored.packId = packId;
            stored.updatedBy = actor;
            stored.updatedAt = clock.instant();
            Uni<CreditorPackChoice> saved = existing == null ? choices.persistAndFlush(stored)
                    : choices.flush().replaceWith(stored);
            return saved.chain(s -> audit.record(actor, "RULE_PACK_CHOSEN", AUDIT_TYPE, creditorId + "/" + code,
                    reason, before, view(creditorId, code, s)).replaceWith(new Saved(view(creditorId, code, s),
                    existing == null)));
        });
    }

    @WithTransaction
    public Uni<Void> delete(String creditorId, String jurisdiction, Integer expectedVersion, String reason,
            String actor) {
        String code = requireKey(creditorId, jurisdiction);
        return choices.findById(new CreditorPackChoice.Id(creditorId, code)).chain(existing -> {
            if (existing == null) {
                throw ProblemException.notFound("Rule pack choice of creditor " + creditorId + " for", code);
            }
            requireVersion(existing, expectedVersion, creditorId, code);
            PackChoice before = view(creditorId, code, existing);
            return choices.delete(existing).chain(() -> audit.record(actor, "RULE_PACK_CHOICE_DELETED", AUDIT_TYPE,
                    creditorId + "/" + code, reason, before, view(creditorId, code, null)));
        });
    }

    private PackChoice view(String creditorId, String jurisdiction, CreditorPackChoice stored) {
        String packId;
        if (stored != null) {
            packId = stored.packId;
        } else {
            try {
                packId = resolver.catalog().packIdFor(jurisdiction);
            } catch (IllegalArgumentException e) {
                packId = null;
            }
        }
        String inForce = packId == null || !resolver.catalog().has(packId) ? null
                : resolver.catalog().inForce(packId, clock.instant()).version();
        return new PackChoice(creditorId, jurisdiction, packId, inForce, stored != null,
                stored == null ? null : stored.version, stored == null ? null : stored.updatedBy,
                stored == null ? null : stored.updatedAt);
    }

    private static void requireVersion(CreditorPackChoice existing, Integer expectedVersion, String creditorId,
            String code) {
        if (expectedVersion == null) {
            return;
        }
        if (existing == null || existing.version != expectedVersion) {
            throw ProblemException.preconditionFailed("The rule pack choice of creditor " + creditorId + " for " + code
                    + " is " + (existing == null ? "not set" : "at version " + existing.version) + ", not "
                    + expectedVersion + "; reload it and retry");
        }
    }

    private static String requireKey(String creditorId, String jurisdiction) {
        if (creditorId == null || creditorId.isBlank() || creditorId.length() > 100
                || !creditorId.strip().equals(creditorId)) {
            throw new RuleViolation("creditorId", "must be a creditor id of 1 to 100 characters");
        }
        String code = jurisdiction == null ? "" : jurisdiction.trim().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{2}")) {
            throw new RuleViolation("jurisdiction", "must be a two-letter country code");
        }
        return code;
    }
}
