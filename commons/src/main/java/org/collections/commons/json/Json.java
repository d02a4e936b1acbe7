package org.collections.commons.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON helpers that turn Jackson's checked exceptions into unchecked ones. */
public final class Json {

    private Json() {
    }

    public static String write(ObjectMapper mapper, Object value) {
        try {
            return value == null ? null : mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }
}
