package org.collections.cases.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.collections.commons.pii.Masking;
import org.collections.cases.domain.ContactPreferences;
import org.collections.cases.domain.PostalAddress;

/**
 * A debtor's data in clear, as the caller may see it: for a masked caller (an agency) the national id, phones and
 * e-mails are masked and the address is left out. Once erased after retention only the ids, zone, jurisdiction and
 * language are left.
 */
public record DebtorDetails(UUID id, String fullName, String nationalId, List<String> phones, List<String> emails,
        PostalAddress address, String timeZone, String jurisdiction, String preferredLanguage,
        ContactPreferences contactPreferences, boolean masked, Instant erasedAt) {

    /** The same details with the name masked as well. */
    public DebtorDetails withoutName() {
        return new DebtorDetails(id, Masking.mask(fullName), nationalId, phones, emails, address, timeZone, jurisdiction,
                preferredLanguage, contactPreferences, masked, erasedAt);
    }
}
