package org.collections.contact.model;

import org.collections.contact.compliance.Channel;
import org.collections.contact.compliance.Outcome;
import org.collections.contact.compliance.PersonRole;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A contact scheduled at a permitted time, waiting for a dispatcher (dialer, sender, collector). */
@Entity
@Table(name = "contact_slot")
public class ContactSlot extends PanacheEntityBase {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "SlotStatus", description = "Where a scheduled "
            + "contact stands. PENDING: waiting for a dispatcher; LEASED: taken by a dispatcher, not yet reported; "
            + "DONE: reported as attempted; CANCELLED: withdrawn (by a user, or because a rule now forbids it)")
    public enum Status {
        PENDING, LEASED, DONE, CANCELLED
    }

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "debtor_id", nullable = false)
    public UUID debtorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PersonRole person;

    @Column(name = "contact_point_id")
    public UUID contactPointId;

    @Column(nullable = false)
    public int priority;

    /** No later than this; a slot whose next permitted time falls after it is cancelled. */
    @Column(name = "window_end")
    public Instant windowEnd;

    @Column(name = "scheduled_at", nullable = false)
    public Instant scheduledAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "lease_owner")
    public String leaseOwner;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    @Column(nullable = false)
    public int leases;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    @Column(name = "status_reason")
    public String statusReason;

    /** Why the daily plan chose its time (the learned best hour, or the earliest permitted time and why). */
    @Column(name = "plan_reason")
    public String planReason;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
