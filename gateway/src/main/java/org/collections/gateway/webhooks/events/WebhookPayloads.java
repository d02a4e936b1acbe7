package org.collections.gateway.webhooks.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.collections.commons.outbox.EventEnvelope;
import org.collections.gateway.webhooks.domain.WebhookEventTypes;

/**
 * The body a partner receives for an internal event: {@code type}, {@code timestamp} (when it happened) and
 * {@code data}. Data fields are an allow list per type: identifiers, statuses and amounts only. Debtor ids, names,
 * contact details, payer references, actors and free-text reasons never leave the platform.
 */
public final class WebhookPayloads {

    private static final List<String> PLACEMENT = List.of("caseId", "placementId", "agencyId", "creditorId", "caseVersion");
    private static final List<String> PLAN = List.of("caseId", "planId", "planType", "total", "currency");
    private static final Map<String, List<String>> FIELDS = Map.of(
            WebhookEventTypes.CASE_PLACED, PLACEMENT,
            WebhookEventTypes.CASE_RECALLED, PLACEMENT,
            WebhookEventTypes.PLAN_ACTIVATED, PLAN,
            WebhookEventTypes.PLAN_BROKEN, PLAN,
            WebhookEventTypes.PAYMENT_POSTED, List.of("caseId", "planId", "promiseId", "paymentId", "amount", "currency"),
            WebhookEventTypes.COMPLIANCE_BREACH, List.of("caseId", "attemptId", "agencyId", "channel", "at", "ruleIds"));

    private WebhookPayloads() {
    }

    public static String body(ObjectMapper mapper, EventEnvelope event, Instant occurredAt) {
        ObjectNode body = mapper.createObjectNode();
        body.put("type", event.type());
        body.put("timestamp", occurredAt.toString());
        ObjectNode data = body.putObject("data");
        for (String field : FIELDS.getOrDefault(event.type(), List.of("caseId"))) {
            JsonNode value = event.payload().get(field);
            if (value != null && !value.isNull()) {
                data.set(field, value);
            }
        }
        return body.toString();
    }
}
