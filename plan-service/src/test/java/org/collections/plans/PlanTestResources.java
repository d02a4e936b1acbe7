package org.collections.plans;

import io.quarkus.test.common.QuarkusTestResource;
import org.collections.testsupport.PostgresDatabase;

/** plan-service's tests run against a fresh database and the real case-service. */
@QuarkusTestResource(PostgresDatabase.class)
@QuarkusTestResource(CaseServiceProcess.class)
public final class PlanTestResources {

    private PlanTestResources() {
    }
}
