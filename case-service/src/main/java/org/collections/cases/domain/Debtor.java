package org.collections.cases.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A person who owes. Personal data is stored only as ciphertext; blind indexes allow exact-match search. */
@Entity
@Table(name = "debtor")
public class Debtor extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Null once erased. */
    @Column(name = "full_name_cipher")
    public String fullNameCipher;

    @Column(name = "national_id_cipher")
    public String nationalIdCipher;

    @Column(name = "national_id_index")
    public String nationalIdIndex;

    /** JSON array of phone numbers, encrypted as one value. */
    @Column(name = "phones_cipher")
    public String phonesCipher;

    /** JSON array of e-mail addresses, encrypted as one value. */
    @Column(name = "emails_cipher")
    public String emailsCipher;

    /** JSON postal address, encrypted. */
    @Column(name = "address_cipher")
    public String addressCipher;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(nullable = false)
    public String jurisdiction;

    @Column(name = "preferred_language", nullable = false)
    public String preferredLanguage;

    /** JSON contact preferences (channels, hours); not personal data. */
    @Column(name = "contact_preferences")
    public String contactPreferences;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** When the personal data was erased after retention (no case of the debtor keeps it); null while kept. */
    @Column(name = "erased_at")
    public Instant erasedAt;

    @Version
    public int version;
}
