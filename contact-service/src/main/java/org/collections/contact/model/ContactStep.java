package org.collections.contact.model;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.collections.contact.compliance.Channel;
import org.hibernate.annotations.ColumnTransformer;

/**
 * A contact step another service asked for (a payment reminder, a treatment path's step): tried on its channels in
 * order, at a permitted time before {@code notAfter}, and acted on once per request id.
 */
@Entity
@Table(name = "contact_step")
public class ContactStep extends PanacheEntityBase {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "ContactStepPurpose", description = "Why the "
            + "step was asked for. REMINDER: a reminder before a plan installment or promise falls due (plan-service); "
            + "TREATMENT: a step of the case's treatment path (case-service).")
    public enum Purpose {
        REMINDER, TREATMENT
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "ContactStepStatus", description = "Where a "
            + "step stands. PENDING: waiting for its next permitted time (dueAt); SENT: a message was sent; "
            + "CALL_BOOKED: a call was scheduled in the dispatch queue; BLOCKED: the rules permit none of its channels "
            + "before notAfter (or its template cannot be used); UNREACHABLE: the debtor has no usable contact point "
            + "for any of its channels.")
    public enum Status {
        PENDING, SENT, CALL_BOOKED, BLOCKED, UNREACHABLE;

        public boolean isFinal() {
            return this != PENDING;
        }
    }

    @Id
    @Column(name = "request_id")
    public UUID requestId;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Purpose purpose;

    /** Comma-separated {@link Channel} names, in the order they are tried. */
    @Column(nullable = false)
    public String channels;

    @Column(name = "template_code")
    public String templateCode;

    public String language;

    /** The template variables as a JSON object of placeholder names to plain values. */
    @Column(nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "cast(? as jsonb)")
    public String variables;

    @Column(name = "debtor_name_cipher")
    public String debtorNameCipher;

    @Column(name = "not_after")
    public Instant notAfter;

    /** The service that asked for it, e.g. {@code plan-service}. */
    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "due_at")
    public Instant dueAt;

    @Column(nullable = false)
    public int tries;

    @Enumerated(EnumType.STRING)
    @Column(name = "result_channel")
    public Channel resultChannel;

    @Column(name = "attempt_id")
    public Long attemptId;

    @Column(name = "slot_id")
    public UUID slotId;

    /** Comma-separated rule ids that blocked it. */
    @Column(name = "rule_ids", nullable = false)
    public String ruleIds = "";

    public String detail;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Version
    public int version;

    public List<Channel> channelList() {
        return CommaSeparated.values(channels).stream().map(Channel::valueOf).toList();
    }

    public List<String> ruleIdList() {
        return CommaSeparated.values(ruleIds);
    }

    /** The actor named in the ledger for what the step does. */
    public String actor() {
        return "system:" + requestedBy;
    }
}
