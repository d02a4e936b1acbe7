package org.collections.contact.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.collections.commons.audit.AuditLog;

/**
 * Empties contact-service's copies of a case's personal data once case-service erased it after retention: the
 * recipients, subjects and texts of the case's messages and the debtor's name on its contact steps; when the debtor's
 * identity went too, the values and labels of the debtor's contact points (their status stays: an opt-out is
 * evidence). Attempts, decisions and consents hold no personal data and stay. Audited with counts, never values.
 */
@ApplicationScoped
public class PersonalDataErasure {

    static final String ACTOR = "system:retention";

    @Inject
    AuditLog audit;

    public Uni<Void> erase(UUID caseId, UUID debtorId, boolean debtorErased) {
        Map<String, Object> counts = new LinkedHashMap<>();
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                update sent_message set recipient_cipher = null, subject_cipher = null, body_cipher = null
                 where case_id = :case and (recipient_cipher is not null or subject_cipher is not null or body_cipher is not null)
                """).setParameter("case", caseId).executeUpdate()
                .invoke(n -> counts.put("messages", n))
                .chain(() -> s.createNativeQuery("""
                        update contact_step set debtor_name_cipher = null where case_id = :case and debtor_name_cipher is not null
                        """).setParameter("case", caseId).executeUpdate())
                .invoke(n -> counts.put("contactSteps", n))
                .chain(() -> !debtorErased ? Uni.createFrom().item(0) : s.createNativeQuery("""
                        update contact_point set value_cipher = null, value_index = 'erased:' || id, label = null,
                               updated_at = now(), version = version + 1
                         where debtor_id = :debtor and value_cipher is not null
                        """).setParameter("debtor", debtorId).executeUpdate())
                .invoke(n -> counts.put("contactPoints", n)))
                .chain(() -> audit.record(ACTOR, "PERSONAL_DATA_ERASED", "case", caseId,
                        "case-service erased the case's personal data after retention", null, counts));
    }
}
