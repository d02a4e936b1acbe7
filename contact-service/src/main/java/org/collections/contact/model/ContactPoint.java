package org.collections.contact.model;

import org.collections.contact.compliance.Channel;
import org.collections.contact.compliance.ContactPointStatus;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A phone number, e-mail or postal address of a debtor; the value is stored encrypted. */
@Entity
@Table(name = "contact_point")
public class ContactPoint extends PanacheEntityBase {

    public static final String SOURCE_LENDER = "lender";
    public static final String SOURCE_CASE = "case";

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "ContactPointKind", description = "Kind of "
            + "contact point. PHONE: used for calls and SMS; EMAIL: e-mails; POSTAL: letters and visits.")
    public enum Kind {
        PHONE, EMAIL, POSTAL
    }

    @Id
    public UUID id;

    @Column(name = "debtor_id", nullable = false)
    public UUID debtorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    /** Null once erased after retention. */
    @Column(name = "value_cipher")
    public String valueCipher;

    @Column(name = "value_index", nullable = false)
    public String valueIndex;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContactPointStatus status;

    public String label;

    /** Who entered it: {@code lender} (by hand) or {@code case} (from case-service's debtor details). */
    @Column(nullable = false)
    public String source = SOURCE_LENDER;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;

    public boolean serves(Channel channel) {
        return switch (kind) {
            case PHONE -> channel == Channel.CALL || channel == Channel.SMS;
            case EMAIL -> channel == Channel.EMAIL;
            case POSTAL -> channel == Channel.LETTER || channel == Channel.VISIT;
        };
    }
}
