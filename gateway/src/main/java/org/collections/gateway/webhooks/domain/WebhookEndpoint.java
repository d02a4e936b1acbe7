package org.collections.gateway.webhooks.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** An agency's HTTPS endpoint and the events it receives; the secrets are FieldCipher ciphertexts. */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint extends PanacheEntityBase {

    public enum Status {
        ACTIVE, DISABLED, DELETED
    }

    @Id
    public UUID id;

    @Column(name = "agency_id", nullable = false)
    public String agencyId;

    @Column(nullable = false)
    public String url;

    @Column(name = "event_types", nullable = false)
    public String eventTypes;

    @Column(nullable = false)
    public String secret;

    @Column(name = "previous_secret")
    public String previousSecret;

    @Column(name = "previous_secret_until")
    public Instant previousSecretUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    public List<String> eventTypeList() {
        return Arrays.stream(eventTypes.split(",")).filter(s -> !s.isBlank()).toList();
    }
}
