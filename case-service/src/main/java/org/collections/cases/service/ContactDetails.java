package org.collections.cases.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.cases.domain.CollectionCase;
import org.collections.cases.domain.Debtor;
import org.collections.cases.events.CaseEvents;
import org.collections.cases.events.CaseEvents.ContactDetailsChanged;
import org.collections.commons.pii.TransitCipher;

/**
 * Tells contact-service a case's debtor's phones and e-mails (DebtorContactDetailsChanged), each value encrypted with
 * the transit keys so that no outbox row holds them in clear.
 */
@ApplicationScoped
public class ContactDetails {

    @Inject
    DebtorCodec codec;

    @Inject
    TransitCipher transit;

    @Inject
    CaseEvents events;

    @Inject
    Clock clock;

    public Uni<Void> announce(CollectionCase c, Debtor debtor) {
        return announce(List.of(c), Map.of(c.id, debtor));
    }

    public Uni<Void> announce(List<CollectionCase> opened, Map<UUID, Debtor> debtorOfCase) {
        var now = clock.instant();
        return events.contactDetails(opened.stream().map(c -> {
            Debtor d = debtorOfCase.get(c.id);
            return new ContactDetailsChanged(c.id, c.debtorId, encrypted(codec.phones(d)), encrypted(codec.emails(d)),
                    c.version, now);
        }).toList());
    }

    private List<String> encrypted(List<String> values) {
        return values.stream().map(transit::encrypt).toList();
    }
}
