package org.collections.cases.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** Blind index of one of a debtor's phone numbers, for exact-match search without decrypting. */
@Entity
@Table(name = "debtor_phone")
public class DebtorPhone extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "debtor_id", nullable = false)
    public UUID debtorId;

    @Column(name = "phone_index", nullable = false)
    public String phoneIndex;
}
