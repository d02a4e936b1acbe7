package org.collections.cases.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.collections.cases.domain.CaseTreatment;
import org.collections.cases.domain.TreatmentStep;
import org.collections.cases.treatment.TreatmentStatus;
import org.collections.commons.json.Json;
import org.collections.commons.outbox.EventEnvelope;
import org.collections.commons.inbox.EventHandler;

/**
 * Takes contact-service's answer to a treatment step: a step carried out (SENT, CALL_BOOKED) lets the path go on; a
 * BLOCKED or UNREACHABLE one stops it, with the rules that blocked it. Answers to requests this service did not make
 * (plan-service's reminders) and repeated answers change nothing.
 */
@ApplicationScoped
public class ContactStepCompletedHandler implements EventHandler {

    static final String TYPE = "ContactStepCompleted";

    @Override
    public boolean handles(String eventType) {
        return TYPE.equals(eventType);
    }

    @Override
    public Uni<Void> apply(EventEnvelope event) {
        JsonNode p = event.payload();
        UUID requestId = UUID.fromString(p.path("requestId").asText());
        Instant at = p.hasNonNull("at") ? Instant.parse(p.path("at").asText()) : event.occurredAt();
        return TreatmentStep.<TreatmentStep>findById(requestId).chain(step -> {
            if (step == null || step.status != TreatmentStep.Status.REQUESTED) {
                return Uni.createFrom().voidItem();
            }
            step.status = TreatmentStep.Status.valueOf(p.path("result").asText());
            step.channel = Json.textOrNull(p, "channel");
            step.detail = detail(p);
            step.completedAt = at;
            return CaseTreatment.<CaseTreatment>findById(step.treatmentId).invoke(t -> advance(t, step, at))
                    .replaceWithVoid();
        });
    }

    private static void advance(CaseTreatment t, TreatmentStep step, Instant at) {
        if (t.status != TreatmentStatus.ACTIVE || t.nextStep != step.stepIndex) {
            return;
        }
        t.stepInFlight = false;
        if (step.status.carriedOut()) {
            t.nextStep = step.stepIndex + 1;
        } else {
            t.stop(TreatmentStatus.BLOCKED, "step " + (step.stepIndex + 1) + " (" + step.action + ") "
                    + step.status + ": " + step.detail, at);
        }
    }

    private static String detail(JsonNode p) {
        List<String> rules = new ArrayList<>();
        p.path("ruleIds").forEach(r -> rules.add(r.asText()));
        String detail = Json.textOrNull(p, "detail");
        if (rules.isEmpty()) {
            return detail;
        }
        return String.join(", ", rules) + (detail == null ? "" : " — " + detail);
    }
}
