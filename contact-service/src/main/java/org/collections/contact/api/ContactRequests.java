package org.collections.contact.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.collections.contact.compliance.AttemptPurpose;
import org.collections.contact.compliance.Channel;
import org.collections.contact.model.Consent;
import org.collections.contact.model.ContactPoint;
import org.collections.contact.model.ContactSlot;
import org.collections.contact.compliance.ContactPointStatus;
import org.collections.contact.compliance.Direction;
import org.collections.contact.compliance.Outcome;
import org.collections.contact.compliance.PersonRole;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and views of the contact API. */
public final class ContactRequests {

    private ContactRequests() {
    }

    public record NewContactPoint(@NotNull UUID debtorId, @NotNull ContactPoint.Kind kind,
            @NotBlank @Size(max = 300) @Schema(examples = "+86 138 0013 8000") String value,
            @Size(max = 64) @Schema(examples = "mobile") String label) {
    }

    public record StatusChange(@NotNull ContactPointStatus status, @NotBlank @Size(max = 500) String reason) {
    }

    public record ContactPointView(UUID id, UUID debtorId, ContactPoint.Kind kind,
            @Schema(description = "Masked for agencies") String value, String label, ContactPointStatus status,
            @Schema(description = "lender (entered by hand) or case (from the case's debtor details)") String source,
            int version, Instant updatedAt) {
    }

    @Schema(description = "Consent given or withdrawn: night contact, a channel, or one contact point")
    public record NewConsent(@NotNull UUID debtorId, @NotNull Consent.Kind kind,
            @Schema(description = "For CHANNEL consents") Channel channel,
            @Schema(description = "For CONTACT_POINT consents") UUID contactPointId,
            @NotNull Boolean granted,
            @NotBlank @Size(max = 200) @Schema(examples = "Debtor asked by phone not to be called") String basis,
            @NotBlank @Size(max = 100) @Schema(examples = "CALL") String source) {
    }

    public record ConsentView(long id, UUID debtorId, Consent.Kind kind, Channel channel, UUID contactPointId,
            boolean granted, String basis, String source, Instant recordedAt, String recordedBy) {
    }

    @Schema(description = "An attempt to record in the ledger. An outbound attempt names the dispatch lease (leaseId) "
            + "or the fresh ALLOW decision (decisionId) it was made under; without a valid one it is still recorded, "
            + "but as non-compliant, and reported to the lender as a compliance breach.")
    public record NewAttempt(@NotNull UUID caseId, @NotNull Channel channel, @NotNull Direction direction,
            @NotNull PersonRole person, UUID contactPointId,
            @Schema(description = "When it happened; default now") Instant at, @NotNull Outcome outcome,
            @Schema(description = "VALIDATION_NOTICE for the debt validation notice (an outbound LETTER, EMAIL or SMS"
                    + " to the debtor; lifts US_REGF.VALIDATION_NOTICE once DELIVERED); absent otherwise")
            AttemptPurpose purpose,
            @Schema(description = "The slot id of a dispatch lease the caller holds; the lease is used up") UUID leaseId,
            @Schema(description = "The decisionId of an ALLOW for this case, channel and contact point, still valid")
            UUID decisionId) {

        /** An attempt without a particular purpose or reference. */
        public NewAttempt(UUID caseId, Channel channel, Direction direction, PersonRole person, UUID contactPointId,
                Instant at, Outcome outcome) {
            this(caseId, channel, direction, person, contactPointId, at, outcome, null, null, null);
        }
    }

    public record AttemptView(long id, UUID caseId, Channel channel, Direction direction, PersonRole person,
            UUID contactPointId, Instant at, Outcome outcome, String collector, String agencyId,
            AttemptPurpose purpose, UUID leaseId, UUID decisionId,
            @Schema(description = "False when made without a valid lease or fresh ALLOW decision") boolean compliant,
            @Schema(description = "The rules a non-compliant attempt broke") List<String> breachedRules) {
    }

    @Schema(description = "May this contact happen (now, or at a given time)?")
    public record DecisionRequest(@NotNull UUID caseId, @NotNull Channel channel,
            @Schema(description = "Default DEBTOR") PersonRole person, UUID contactPointId,
            @Min(1) @Schema(description = "Collectors taking part in a visit") Integer collectors,
            @Schema(description = "A notice the law permits even under cease-communication") Boolean permittedNotice,
            @Schema(description = "Default now") Instant at) {
    }

    public record ViolationView(String ruleId, String reason) {
    }

    @Schema(name = "ContactDecision", description = "ALLOW or BLOCK, under which rule pack version, and why")
    public record DecisionView(@Schema(enumeration = {"ALLOW", "BLOCK"}) String decision, String rulePack,
            @Schema(description = "The version of the rule pack the decision was made under",
                    examples = "US_REGF@2021-11-30") String rulePackVersion,
            Instant at, List<ViolationView> violations, Instant nextPermittedAt,
            @Schema(description = "The broken rules and the decision's next permitted time in the debtor's zone")
            String explanation,
            @Schema(description = "Names this decision in the attempt it leads to") UUID decisionId,
            @Schema(description = "Until when an attempt may refer to this ALLOW; absent for a BLOCK or a decision "
                    + "about another moment than now") Instant validUntil) {

        public DecisionView withReference(UUID id, Instant until) {
            return new DecisionView(decision, rulePack, rulePackVersion, at, violations, nextPermittedAt, explanation,
                    id, until);
        }
    }

    @Schema(description = "Ask for a contact: it is scheduled at the earliest permitted time within the window")
    public record NewContactRequest(@NotNull UUID caseId, @NotNull Channel channel,
            @Schema(description = "Default DEBTOR") PersonRole person, UUID contactPointId,
            @Schema(description = "Not before; default now") Instant windowStart,
            @Schema(description = "Not after; none by default") Instant windowEnd,
            @Schema(description = "Higher goes first", examples = "5") Integer priority) {
    }

    public record SlotView(UUID id, UUID caseId, Channel channel, PersonRole person, UUID contactPointId, int priority,
            Instant scheduledAt, Instant windowEnd, ContactSlot.Status status, String statusReason, Instant leaseUntil,
            Outcome outcome) {
    }

    @Schema(description = "Lease due contacts of a channel")
    public record LeaseRequest(@NotNull Channel channel,
            @Min(1) @Max(500) @Schema(description = "At most this many; default 10", examples = "10") Integer limit,
            @Min(5) @Max(3600) @Schema(description = "How long the lease lasts; default 300", examples = "300")
            Integer leaseSeconds) {
    }

    @Schema(description = "The contacts leased, each re-checked and with the address to use; empty when none is due")
    public record DispatchLease(List<LeasedContact> items) {
    }

    public record LeasedContact(UUID slotId, UUID caseId, UUID debtorId, Channel channel, PersonRole person,
            UUID contactPointId, String address, Instant leaseUntil) {
    }

    public record SlotOutcome(@NotNull Outcome outcome, @Schema(description = "Default now") Instant at) {
    }
}
