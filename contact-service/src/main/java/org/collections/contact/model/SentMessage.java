package org.collections.contact.model;

import org.collections.contact.compliance.Channel;
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

/** A message as it was handed over for delivery; recipient, subject and body are stored encrypted. */
@Entity
@Table(name = "sent_message")
public class SentMessage extends PanacheEntityBase {

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

    @Column(name = "contact_point_id", nullable = false)
    public UUID contactPointId;

    /** Null once erased after retention. */
    @Column(name = "recipient_cipher")
    public String recipientCipher;

    @Column(name = "subject_cipher")
    public String subjectCipher;

    /** Null once erased after retention. */
    @Column(name = "body_cipher")
    public String bodyCipher;

    @Column(name = "template_code", nullable = false)
    public String templateCode;

    @Column(name = "template_version", nullable = false)
    public int templateVersion;

    @Column(nullable = false)
    public String language;

    @Column(name = "attempt_id", nullable = false)
    public Long attemptId;

    @Column(name = "sent_at", nullable = false)
    public Instant sentAt;

    @Column(name = "sent_by", nullable = false)
    public String sentBy;

    @Column(name = "agency_id")
    public String agencyId;
}
