package org.collections.contact;

import io.quarkus.test.common.QuarkusTestResource;
import org.collections.contact.client.EmptyCaseService;
import org.collections.testsupport.PostgresDatabase;

/** contact-service's tests run against one fresh database, and a case-service that knows no case unless stubbed. */
@QuarkusTestResource(PostgresDatabase.class)
@QuarkusTestResource(EmptyCaseService.class)
public final class TestResources {

    private TestResources() {
    }
}
