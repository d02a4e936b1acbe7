package org.collections.contact.model;

import org.collections.contact.compliance.Channel;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A record of consent given or withdrawn (append-only evidence). */
@Entity
@Table(name = "consent")
public class Consent extends PanacheEntityBase {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "ConsentKind", description = "What a consent is "
            + "about. NIGHT_CONTACT: contact during the pack's night hours (CN); CHANNEL: a whole channel, withdrawn = "
            + "opted out of it; CONTACT_POINT: one phone number or address, withdrawn = opted out of it.")
    public enum Kind {
        /** Contact during the pack's night hours (CN). */
        NIGHT_CONTACT,
        /** A whole channel; withdrawn = opted out of it. */
        CHANNEL,
        /** One phone number or address; withdrawn = opted out of it. */
        CONTACT_POINT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "debtor_id", nullable = false)
    public UUID debtorId;

    @Column(name = "contact_point_id")
    public UUID contactPointId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    /** For CHANNEL consents: which channel. */
    @Enumerated(EnumType.STRING)
    public Channel channel;

    @Column(nullable = false)
    public boolean granted;

    @Column(nullable = false)
    public String basis;

    @Column(nullable = false)
    public String source;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
}
