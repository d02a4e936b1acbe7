package org.collections.testsupport.architecture.leaky.api;

import jakarta.ws.rs.QueryParam;
import java.time.Instant;

public class InstantQueryResource {

    public String pack(@QueryParam("at") Instant at) {
        return String.valueOf(at);
    }
}
