package org.collections.cases.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.cases.repository.CaseRepository;
import org.collections.commons.audit.AuditLog;
import org.collections.commons.inbox.EventHandler;
import org.collections.commons.json.Json;
import org.collections.commons.outbox.EventEnvelope;
import org.jboss.logging.Logger;

/**
 * Records contact-service's ComplianceBreach events (a contact attempt made without a lease or a fresh ALLOW
 * decision) in the case's audit history as COMPLIANCE_BREACH, so the lender sees them in the case history.
 */
@ApplicationScoped
public class ComplianceBreachHandler implements EventHandler {

    public static final String TYPE = "ComplianceBreach";

    private static final Logger LOG = Logger.getLogger(ComplianceBreachHandler.class);

    @Inject
    CaseRepository cases;

    @Inject
    AuditLog audit;

    @Override
    public boolean handles(String eventType) {
        return TYPE.equals(eventType);
    }

    @Override
    public Uni<Void> apply(EventEnvelope event) {
        JsonNode p = event.payload();
        UUID caseId = UUID.fromString(p.path("caseId").asText());
        return cases.findById(caseId).chain(c -> {
            if (c == null) {
                LOG.warnf("ComplianceBreach %s names unknown case %s; ignored", event.id(), caseId);
                return Uni.createFrom().voidItem();
            }
            List<String> rules = new ArrayList<>();
            p.path("ruleIds").forEach(rule -> rules.add(rule.asText()));
            Map<String, Object> breach = new LinkedHashMap<>();
            breach.put("attemptId", Json.textOrNull(p, "attemptId"));
            breach.put("agencyId", Json.textOrNull(p, "agencyId"));
            breach.put("attemptBy", Json.textOrNull(p, "actor"));
            breach.put("channel", Json.textOrNull(p, "channel"));
            breach.put("at", Json.textOrNull(p, "at"));
            breach.put("ruleIds", rules);
            breach.put("eventId", event.id().toString());
            String reason = Json.textOrNull(p, "reason");
            String actor = event.source() == null ? "contact-service" : event.source();
            return audit.record(actor, "COMPLIANCE_BREACH", "case", caseId,
                    reason == null ? "contact attempt broke " + String.join(", ", rules) : reason, null, breach);
        });
    }
}
