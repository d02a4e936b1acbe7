package org.collections.commons.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A JSON value that parsed but breaks an input bound (decimal digits, date range, NUL). Jackson adds the field path as
 * it unwinds; the problem mapper answers with {@code status} naming that field and {@link #rule()}, never the value.
 */
public class InputRejectedException extends JsonMappingException {

    private final int status;
    private final String rule;

    public InputRejectedException(JsonParser parser, int status, String rule) {
        super(parser, rule);
        this.status = status;
        this.rule = rule;
    }

    public int status() {
        return status;
    }

    public String rule() {
        return rule;
    }
}
