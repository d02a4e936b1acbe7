package org.collections.contact.model;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** The rule pack a creditor chose for its cases in one jurisdiction. */
@Entity
@Table(name = "creditor_pack_choice")
public class CreditorPackChoice extends PanacheEntityBase {

    @Embeddable
    public static class Id implements Serializable {

        @Column(name = "creditor_id")
        public String creditorId;

        @Column(name = "jurisdiction")
        public String jurisdiction;

        public Id() {
        }

        public Id(String creditorId, String jurisdiction) {
            this.creditorId = creditorId;
            this.jurisdiction = jurisdiction;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Id other && Objects.equals(creditorId, other.creditorId)
                    && Objects.equals(jurisdiction, other.jurisdiction);
        }

        @Override
        public int hashCode() {
            return Objects.hash(creditorId, jurisdiction);
        }
    }

    @EmbeddedId
    public Id id;

    @Column(name = "pack_id", nullable = false)
    public String packId;

    @Version
    public int version;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
