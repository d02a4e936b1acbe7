package org.collections.commons.http;

import org.collections.commons.problem.ProblemException;
import org.jboss.resteasy.reactive.RestResponse;

/** Entity versions as strong ETags ({@code "7"}) and their {@code If-Match} counterpart. */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** A 200 response with {@code body}, its version as the ETag. */
    public static <T> RestResponse<T> tagged(T body, long version) {
        return tagged(RestResponse.Status.OK, body, version);
    }

    public static <T> RestResponse<T> tagged(RestResponse.Status status, T body, long version) {
        return RestResponse.ResponseBuilder.create(status, body).header("ETag", of(version)).build();
    }

    /** The version an {@code If-Match} header expects, or null when the header is absent. */
    public static Integer expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("If-Match", "must be an ETag returned by this API, like \"3\"");
        }
    }
}
