package org.collections.plans;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.collections.testsupport.ServiceProcess;

/** The real case-service, as a separate process with its own database, for plan-service's tests. */
public class CaseServiceProcess implements QuarkusTestResourceLifecycleManager {

    private static final String NOWHERE = "http://127.0.0.1:9";
    private ServiceProcess process;

    @Override
    public Map<String, String> start() {
        process = ServiceProcess.start("case-service", Map.of("CONTACT_SERVICE_URL", NOWHERE, "PLAN_SERVICE_URL", NOWHERE));
        return Map.of(
                "quarkus.rest-client.case-service.url", process.url(),
                "outbox.subscribers.case.url", process.url() + "/internal/v1/events",
                "test.case-service.url", process.url());
    }

    @Override
    public void stop() {
        if (process != null) {
            process.close();
        }
    }
}
