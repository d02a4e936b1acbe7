package org.collections.contact.model;

import org.collections.contact.compliance.Channel;
import org.collections.contact.compliance.StatedPreferences;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A debtor's contact profile: extra possible time zones, night-contact consent, channel opt-outs, and the contact
 * times and channels the debtor stated.
 */
@Entity
@Table(name = "debtor_profile")
public class DebtorProfile extends PanacheEntityBase {

    @Id
    @Column(name = "debtor_id")
    public UUID debtorId;

    /** Comma-separated IANA zones besides the case's, when the debtor's location is uncertain. */
    @Column(name = "extra_zones", nullable = false)
    public String extraZones = "";

    @Column(name = "night_contact_consent", nullable = false)
    public boolean nightContactConsent;

    /** Comma-separated {@link Channel} names. */
    @Column(name = "opted_out_channels", nullable = false)
    public String optedOutChannels = "";

    @Column(name = "stated_not_before")
    public LocalTime statedNotBefore;

    @Column(name = "stated_not_after")
    public LocalTime statedNotAfter;

    /** Comma-separated {@link Channel} names. */
    @Column(name = "stated_channels", nullable = false)
    public String statedChannels = "";

    @Version
    public int version;

    /** The profile of a debtor who has none stored yet: no extra zones, no consents, no opt-outs, nothing stated. */
    public static DebtorProfile blank(UUID debtorId) {
        DebtorProfile p = new DebtorProfile();
        p.debtorId = debtorId;
        return p;
    }

    public List<String> extraZoneList() {
        return CommaSeparated.values(extraZones);
    }

    public Set<Channel> optedOut() {
        return CommaSeparated.enums(optedOutChannels, Channel.class);
    }

    public void optedOut(Set<Channel> channels) {
        optedOutChannels = CommaSeparated.sorted(channels);
    }

    public StatedPreferences stated() {
        return new StatedPreferences(statedNotBefore, statedNotAfter,
                CommaSeparated.enums(statedChannels, Channel.class));
    }

    public void stated(StatedPreferences stated) {
        statedNotBefore = stated.notBefore();
        statedNotAfter = stated.notAfter();
        statedChannels = CommaSeparated.sorted(stated.channels());
    }
}
