package org.collections.contact.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.collections.contact.compliance.Restriction;

/** What contact-service needs to know of a case, as case-service reports it now; other fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseSnapshot(UUID id, String creditorId, String externalRef, String status, UUID debtorId,
        Debtor debtor, String currency, BigDecimal balance, Set<Restriction> restrictions, String agencyId,
        List<Debt> debts, long version) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Debtor(String fullName, String timeZone, String jurisdiction, String preferredLanguage) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Debt(LocalDate oldestUnpaidDate) {
    }

    /** The date the oldest unpaid amount fell due, when the case has debts. */
    public Optional<LocalDate> oldestDueDate() {
        return debts == null ? Optional.empty()
                : debts.stream().map(Debt::oldestUnpaidDate).filter(Objects::nonNull).min(Comparator.naturalOrder());
    }

    public Set<Restriction> restrictionSet() {
        return restrictions == null ? Set.of() : restrictions;
    }
}
