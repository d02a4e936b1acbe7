package org.collections.plans;

import io.quarkus.test.common.QuarkusTestResource;
import org.collections.testsupport.PostgresDatabase;

/** plan-service's tests run against a fresh database; flow tests add the real case-service (CaseServiceProcess). */
@QuarkusTestResource(PostgresDatabase.class)
public final class PlanTestResources {

    private PlanTestResources() {
    }
}
