package org.collections.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import org.collections.testsupport.PostgresDatabase;

/** Every test of this module runs against one fresh database and the same three WireMock upstreams. */
@QuarkusTestResource(PostgresDatabase.class)
@QuarkusTestResource(UpstreamMocks.class)
public final class TestResources {

    private TestResources() {
    }
}
