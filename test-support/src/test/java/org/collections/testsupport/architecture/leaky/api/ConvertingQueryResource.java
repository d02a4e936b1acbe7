package org.collections.testsupport.architecture.leaky.api;

import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import org.jboss.resteasy.reactive.RestQuery;

public class ConvertingQueryResource {

    public String list(@QueryParam("limit") Integer limit, @QueryParam("page") int page, @RestQuery("cursor") String cursor,
            Instant notAQueryParameter) {
        return limit + page + cursor + notAQueryParameter;
    }
}
