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
import org.collections.contact.model.Attempt;
import org.collections.contact.service.AttemptService;
import org.collections.contact.service.ContactCommands;
import org.collections.contact.service.ContactPointService;
import org.collections.contact.service.DispatchService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and views of the contact API. */
public final class ContactRequests {

    private ContactRequests() {
    }

    @Schema(description = "A phone number, e-mail or postal address of a debtor")
    public record NewContactPoint(
            @NotNull @Schema(description = "The debtor, as case-service knows them") UUID debtorId,
            @NotNull @Schema(description = "Phone, e-mail or postal address", examples = "PHONE")
            ContactPoint.Kind kind,
            @NotBlank @Size(max = 300) @Schema(description = "The number (international, stored in E.164), e-mail "
                    + "address or postal address, up to 300 characters; encrypted at rest", examples = "+86 138 0013 8000")
            String value,
            @Size(max = 64) @Schema(description = "A free label, like mobile or work; optional", examples = "mobile")
            String label) {

        ContactCommands.NewContactPoint toCommand() {
            return new ContactCommands.NewContactPoint(debtorId, kind, value, label);
        }
    }

    @Schema(description = "A contact point's new status")
    public record StatusChange(@NotNull @Schema(description = "The new status", examples = "INVALID")
    ContactPointStatus status,
            @NotBlank @Size(max = 500) @Schema(description = "Why, up to 500 characters; audited",
                    examples = "Number disconnected") String reason) {
    }

    @Schema(description = "A debtor's phone number, e-mail or postal address and whether it may be used")
    public record ContactPointView(
            @Schema(description = "The contact point's id") UUID id,
            @Schema(description = "The debtor") UUID debtorId,
            @Schema(description = "Phone, e-mail or postal address") ContactPoint.Kind kind,
            @Schema(description = "The number in E.164, the e-mail or the address; masked for agencies") String value,
            @Schema(description = "A free label, like mobile; null when none was given") String label,
            @Schema(description = "Whether it may be used") ContactPointStatus status,
            @Schema(description = "lender (entered by hand) or case (from the case's debtor details)") String source,
            @Schema(description = "Entity version, increased by every status change", examples = "0") int version,
            @Schema(description = "When it last changed (UTC)") Instant updatedAt) {

        static ContactPointView of(ContactPointService.Shown shown) {
            ContactPoint p = shown.point();
            return new ContactPointView(p.id, p.debtorId, p.kind, shown.value(), p.label, p.status, p.source, p.version,
                    p.updatedAt);
        }
    }

    @Schema(description = "Consent given or withdrawn: night contact, a channel, or one contact point")
    public record NewConsent(
            @NotNull @Schema(description = "The debtor") UUID debtorId,
            @NotNull @Schema(description = "What the consent is about", examples = "CHANNEL") Consent.Kind kind,
            @Schema(description = "Required for CHANNEL consents; ignored otherwise") Channel channel,
            @Schema(description = "Required for CONTACT_POINT consents (a contact point of this debtor); ignored "
                    + "otherwise") UUID contactPointId,
            @NotNull @Schema(description = "True when consent is given, false when withdrawn (an opt-out)",
                    examples = "false") Boolean granted,
            @NotBlank @Size(max = 200) @Schema(description = "What the debtor said or signed, up to 200 characters",
                    examples = "Debtor asked by phone not to be called") String basis,
            @NotBlank @Size(max = 100) @Schema(description = "How it was given, like CALL, LETTER or PORTAL, up to 100 "
                    + "characters", examples = "CALL") String source) {

        ContactCommands.NewConsent toCommand() {
            return new ContactCommands.NewConsent(debtorId, kind, channel, contactPointId, granted, basis, source);
        }
    }

    @Schema(description = "A consent given or withdrawn, as recorded")
    public record ConsentView(
            @Schema(description = "Position in the debtor's consent history; increases with time") long id,
            @Schema(description = "The debtor") UUID debtorId,
            @Schema(description = "What the consent is about") Consent.Kind kind,
            @Schema(description = "The channel of a CHANNEL consent; null otherwise") Channel channel,
            @Schema(description = "The contact point of a CONTACT_POINT consent; null otherwise") UUID contactPointId,
            @Schema(description = "True when given, false when withdrawn") boolean granted,
            @Schema(description = "What the debtor said or signed") String basis,
            @Schema(description = "How it was given, like CALL") String source,
            @Schema(description = "When it was recorded (UTC)") Instant recordedAt,
            @Schema(description = "Who recorded it (token subject)") String recordedBy) {

        static ConsentView of(Consent c) {
            return new ConsentView(c.id, c.debtorId, c.kind, c.channel, c.contactPointId, c.granted, c.basis, c.source,
                    c.recordedAt, c.recordedBy);
        }
    }

    @Schema(description = "An attempt to record in the ledger. An outbound attempt names the dispatch lease (leaseId) "
            + "or the fresh ALLOW decision (decisionId) it was made under; without a valid one it is still recorded, "
            + "but as non-compliant, and reported to the lender as a compliance breach.")
    public record NewAttempt(
            @NotNull @Schema(description = "The case the contact was about") UUID caseId,
            @NotNull @Schema(description = "How the contact was made", examples = "CALL") Channel channel,
            @NotNull @Schema(description = "OUTBOUND (made by us) or INBOUND (the debtor or a third party reached "
                    + "us)", examples = "OUTBOUND") Direction direction,
            @NotNull @Schema(description = "Whom it was with", examples = "DEBTOR") PersonRole person,
            @Schema(description = "The contact point used, which must belong to the case's debtor and serve the "
                    + "channel; optional") UUID contactPointId,
            @Schema(description = "When it happened, not in the future; default now") Instant at,
            @NotNull @Schema(description = "What came of it; OPT_OUT and WRONG_NUMBER update the contact point",
                    examples = "NO_ANSWER") Outcome outcome,
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

        ContactCommands.NewAttempt toCommand() {
            return new ContactCommands.NewAttempt(caseId, channel, direction, person, contactPointId, at, outcome,
                    purpose, leaseId, decisionId);
        }
    }

    @Schema(description = "One entry of the attempt ledger")
    public record AttemptView(
            @Schema(description = "Position in the ledger; increases as attempts are recorded") long id,
            @Schema(description = "The case the contact was about") UUID caseId,
            @Schema(description = "How the contact was made") Channel channel,
            @Schema(description = "Outbound or inbound") Direction direction,
            @Schema(description = "Whom it was with") PersonRole person,
            @Schema(description = "The contact point used; null when none was named") UUID contactPointId,
            @Schema(description = "When it happened (UTC)") Instant at,
            @Schema(description = "What came of it") Outcome outcome,
            @Schema(description = "Who recorded it (token subject)") String collector,
            @Schema(description = "The agency that made it; null for the lender's staff") String agencyId,
            @Schema(description = "VALIDATION_NOTICE, or null") AttemptPurpose purpose,
            @Schema(description = "The dispatch lease it was made under; null when none") UUID leaseId,
            @Schema(description = "The ALLOW decision it was made under; null when none or unknown") UUID decisionId,
            @Schema(description = "False when made without a valid lease or fresh ALLOW decision") boolean compliant,
            @Schema(description = "The rules a non-compliant attempt broke") List<String> breachedRules) {

        static AttemptView of(AttemptService.Recorded recorded) {
            Attempt a = recorded.attempt();
            return new AttemptView(a.id, a.caseId, a.channel, a.direction, a.person, a.contactPointId, a.at, a.outcome,
                    a.collector, a.agencyId, a.purpose, a.leaseId, a.decisionId, a.compliant, recorded.breachedRules());
        }
    }

    @Schema(description = "May this contact happen (now, or at a given time)?")
    public record DecisionRequest(
            @NotNull @Schema(description = "The case the contact would be about") UUID caseId,
            @NotNull @Schema(description = "How the contact would be made", examples = "CALL") Channel channel,
            @Schema(description = "Default DEBTOR") PersonRole person,
            @Schema(description = "The contact point to use; optional, when given its status is judged too")
            UUID contactPointId,
            @Min(1) @Schema(description = "Collectors taking part in a visit") Integer collectors,
            @Schema(description = "A notice the law permits even under cease-communication") Boolean permittedNotice,
            @Schema(description = "Default now") Instant at) {
    }

    @Schema(description = "One rule that blocks a contact")
    public record ViolationView(
            @Schema(description = "The rule, as <PACK>.<RULE>", examples = "US_REGF.CALL_FREQUENCY") String ruleId,
            @Schema(description = "Why it blocks, for a person to read",
                    examples = "7 calls in the 7 days since 2026-03-02T14:00Z") String reason) {
    }

    @Schema(name = "ContactDecision", description = "ALLOW or BLOCK, under which rule pack version, and why")
    public record DecisionView(
            @Schema(enumeration = {"ALLOW", "BLOCK"}, description = "ALLOW: the contact may happen; BLOCK: it may not, "
                    + "see violations") String decision,
            @Schema(description = "The rule pack the debtor's case is judged by", examples = "US_REGF") String rulePack,
            @Schema(description = "The version of the rule pack the decision was made under",
                    examples = "US_REGF@2021-11-30") String rulePackVersion,
            @Schema(description = "The moment the decision is about (UTC)") Instant at,
            @Schema(description = "Every rule that blocks; empty for an ALLOW") List<ViolationView> violations,
            @Schema(description = "The earliest time at or after at when the contact is permitted (UTC): at itself for "
                    + "an ALLOW; absent when none will come, e.g. under cease-communication") Instant nextPermittedAt,
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
    public record NewContactRequest(
            @NotNull @Schema(description = "The case to contact about") UUID caseId,
            @NotNull @Schema(description = "How to contact", examples = "CALL") Channel channel,
            @Schema(description = "Default DEBTOR") PersonRole person,
            @Schema(description = "The contact point to use; optional: for a call, SMS or e-mail to the debtor, "
                    + "dispatch then uses the debtor's oldest valid one for the channel") UUID contactPointId,
            @Schema(description = "Not before; default now") Instant windowStart,
            @Schema(description = "Not after; none by default") Instant windowEnd,
            @Schema(description = "Higher goes first", examples = "5") Integer priority) {

        ContactCommands.NewContactRequest toCommand() {
            return new ContactCommands.NewContactRequest(caseId, channel, person, contactPointId, windowStart,
                    windowEnd, priority);
        }
    }

    @Schema(description = "A scheduled contact (a slot of the dispatch queue)")
    public record SlotView(
            @Schema(description = "The slot's id; also the leaseId of its lease") UUID id,
            @Schema(description = "The case to contact about") UUID caseId,
            @Schema(description = "How to contact") Channel channel,
            @Schema(description = "Whom to contact") PersonRole person,
            @Schema(description = "The contact point to use; null: chosen at dispatch") UUID contactPointId,
            @Schema(description = "Higher goes first", examples = "0") int priority,
            @Schema(description = "The earliest permitted time it is due at (UTC)") Instant scheduledAt,
            @Schema(description = "Not after this (UTC); null for no limit") Instant windowEnd,
            @Schema(description = "PENDING (queued), LEASED (handed out), DONE (outcome recorded) or CANCELLED (no "
                    + "permitted time left in its window)", examples = "PENDING") ContactSlot.Status status,
            @Schema(description = "Why it was last rescheduled, cancelled or completed; null when there is nothing "
                    + "to say") String statusReason,
            @Schema(description = "Until when the current lease lasts (UTC); null unless LEASED") Instant leaseUntil,
            @Schema(description = "What came of the contact; null until DONE") Outcome outcome,
            @Schema(description = "Why the daily plan chose its time: the debtor-local hour its similar cases "
                    + "(same creditor and jurisdiction) answer best on the channel, or the earliest permitted time "
                    + "and why; null for a slot the daily plan did not make",
                    examples = "best hour 18 local, RPC rate 0.42 over 1,200 attempts") String planReason) {

        static SlotView of(ContactSlot s) {
            return new SlotView(s.id, s.caseId, s.channel, s.person, s.contactPointId, s.priority, s.scheduledAt,
                    s.windowEnd, s.status, s.statusReason, s.leaseUntil, s.outcome, s.planReason);
        }
    }

    @Schema(description = "Lease due contacts of a channel")
    public record LeaseRequest(@NotNull @Schema(description = "The channel to lease due contacts of", examples = "CALL")
    Channel channel,
            @Min(1) @Max(500) @Schema(description = "At most this many; default 10", examples = "10") Integer limit,
            @Min(5) @Max(3600) @Schema(description = "How long the lease lasts; default 300", examples = "300")
            Integer leaseSeconds) {
    }

    @Schema(description = "The contacts leased, each re-checked and with the address to use; empty when none is due")
    public record DispatchLease(@Schema(description = "The leased contacts, at most the limit asked for")
    List<LeasedContact> items) {
    }

    @Schema(description = "One leased contact: make it before leaseUntil, then report its outcome")
    public record LeasedContact(
            @Schema(description = "The slot; report the outcome to /dispatch-leases/{slotId}/outcome, or name it as "
                    + "leaseId of an attempt") UUID slotId,
            @Schema(description = "The case to contact about") UUID caseId,
            @Schema(description = "The debtor") UUID debtorId,
            @Schema(description = "How to contact") Channel channel,
            @Schema(description = "Whom to contact") PersonRole person,
            @Schema(description = "The contact point to use; null when there is none (a visit, a third party)")
            UUID contactPointId,
            @Schema(description = "The number, e-mail or address in clear, revealed only here and audited; null "
                    + "without a contact point", examples = "+8613800138000") String address,
            @Schema(description = "Until when the lease lasts (UTC); after that the slot returns to the queue")
            Instant leaseUntil) {

        static LeasedContact of(DispatchService.LeasedSlot l) {
            return new LeasedContact(l.slotId(), l.caseId(), l.debtorId(), l.channel(), l.person(), l.contactPointId(),
                    l.address(), l.leaseUntil());
        }
    }

    @Schema(description = "What came of a leased contact")
    public record SlotOutcome(@NotNull @Schema(description = "What came of it", examples = "RIGHT_PARTY_CONTACT")
    Outcome outcome,
            @Schema(description = "When it happened; default now") Instant at) {
    }
}
