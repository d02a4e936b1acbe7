package org.collections.contact.api;

import java.net.URI;
import java.util.UUID;
import org.collections.commons.http.ETags;
import org.collections.commons.problem.ProblemException;
import org.jboss.resteasy.reactive.RestResponse;

/** What the resources share: a 201 with its Location, a put's answer, a required query parameter or reason. */
final class Resources {

    private Resources() {
    }

    static <T> RestResponse<T> created(T body, String location) {
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, body).location(URI.create(location)).build();
    }

    /** A put's answer: 201 with its Location and ETag when it created the resource, else 200 with its ETag. */
    static <T> RestResponse<T> putAnswer(boolean created, T body, int version, String location) {
        return created
                ? RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, body).location(URI.create(location))
                        .header("ETag", ETags.of(version)).build()
                : ETags.tagged(body, version);
    }

    /** The audit reason of a delete, given as a query parameter: required, at most 500 characters. */
    static String requiredReason(String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw ProblemException.invalidField("reason", "is required (at most 500 characters)");
        }
        return reason;
    }

    /** The value; a 400 naming the parameter when it is absent. */
    static UUID required(String name, UUID value) {
        if (value == null) {
            throw ProblemException.invalidField(name, "is required");
        }
        return value;
    }
}
