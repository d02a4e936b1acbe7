package org.collections.cases;

import io.quarkus.test.common.QuarkusTestResource;
import org.collections.testsupport.EventSink;
import org.collections.testsupport.PostgresDatabase;

/** Every test of this module runs against one fresh database and one event sink. */
@QuarkusTestResource(PostgresDatabase.class)
@QuarkusTestResource(EventSink.class)
public final class TestResources {

    private TestResources() {
    }
}
