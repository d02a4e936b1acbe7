package org.collections.contact.api;

import java.net.URI;
import java.util.UUID;
import org.collections.commons.problem.ProblemException;
import org.jboss.resteasy.reactive.RestResponse;

/** What the resources share: a 201 with its Location, a required query parameter. */
final class Resources {

    private Resources() {
    }

    static <T> RestResponse<T> created(T body, String location) {
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, body).location(URI.create(location)).build();
    }

    /** The value; a 400 naming the parameter when it is absent. */
    static UUID required(String name, UUID value) {
        if (value == null) {
            throw ProblemException.invalidField(name, "is required");
        }
        return value;
    }
}
