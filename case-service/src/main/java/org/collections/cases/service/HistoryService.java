package org.collections.cases.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.cases.domain.DelinquencySnapshot;

/** A case's audit trail and delinquency history, oldest first. */
@ApplicationScoped
public class HistoryService {

    /** A case's audit trail and delinquency entries, each oldest first. */
    public record CaseHistory(UUID caseId, List<AuditEntry> events, List<DelinquencySnapshot> delinquency) {
    }

    /** One audited change of a case; before and after are the changed fields as recorded (null when none). */
    public record AuditEntry(long id, Instant at, String actor, String action, String reason,
            Map<String, Object> before, Map<String, Object> after) {
    }

    @Inject
    CaseAccess access;

    @Inject
    ObjectMapper mapper;

    @WithSession
    @SuppressWarnings("unchecked")
    public Uni<CaseHistory> of(UUID caseId) {
        return access.load(caseId)
                .chain(() -> Panache.getSession().chain(s -> s.createNativeQuery("""
                        select id, at, actor, action, reason, before_state::text, after_state::text
                          from audit_log where entity_type = 'case' and entity_id = :id order by id
                        """).setParameter("id", caseId.toString()).getResultList()))
                .map(rows -> ((List<Object[]>) (List<?>) rows).stream().map(this::entry).toList())
                .chain(entries -> DelinquencySnapshot.<DelinquencySnapshot>list("caseId = ?1 order by id", caseId)
                        .map(snaps -> new CaseHistory(caseId, entries, List.copyOf(snaps))));
    }

    private AuditEntry entry(Object[] row) {
        return new AuditEntry(((Number) row[0]).longValue(), ((OffsetDateTime) row[1]).toInstant(),
                (String) row[2], (String) row[3], (String) row[4], json((String) row[5]), json((String) row[6]));
    }

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    /** Audit states are JSON objects; anything else (never written today) is kept under "value". */
    private Map<String, Object> json(String text) {
        if (text == null) {
            return null;
        }
        try {
            var node = mapper.readTree(text);
            return node.isObject() ? mapper.convertValue(node, OBJECT)
                    : Map.of("value", mapper.convertValue(node, Object.class));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
