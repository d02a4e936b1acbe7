package org.collections.contact;

import io.quarkus.test.common.QuarkusTestResource;
import org.collections.testsupport.PostgresDatabase;

/** contact-service's tests run against one fresh database. */
@QuarkusTestResource(PostgresDatabase.class)
public final class TestResources {

    private TestResources() {
    }
}
