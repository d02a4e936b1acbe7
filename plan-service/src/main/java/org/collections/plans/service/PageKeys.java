package org.collections.plans.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.collections.commons.http.Cursors;
import org.collections.commons.input.Dates;
import org.collections.commons.rules.RuleViolation;

/**
 * The keyset position a page cursor carries: the sort key and id of the last row of the previous page. A cursor that
 * decodes but does not hold such a pair (or holds a date outside the accepted range) is a 422 on {@code cursor}, as
 * {@link Cursors#decode} answers for one that does not decode.
 */
final class PageKeys {

    record After<K>(K key, UUID id) {
    }

    private PageKeys() {
    }

    static String cursor(Object key, UUID id) {
        return Cursors.encode(key.toString(), id.toString());
    }

    /** The position after which the next page starts, or null for the first page. */
    static After<Instant> afterInstant(String cursor) {
        List<String> keys = Cursors.decode(cursor, 2);
        if (keys == null) {
            return null;
        }
        try {
            Instant key = Instant.parse(keys.get(0));
            if (Dates.inRange(key)) {
                return new After<>(key, UUID.fromString(keys.get(1)));
            }
        } catch (DateTimeParseException | IllegalArgumentException e) {
            // falls through to the refusal
        }
        throw foreign();
    }

    static After<LocalDate> afterDate(String cursor) {
        List<String> keys = Cursors.decode(cursor, 2);
        if (keys == null) {
            return null;
        }
        try {
            LocalDate key = LocalDate.parse(keys.get(0));
            if (Dates.inRange(key)) {
                return new After<>(key, UUID.fromString(keys.get(1)));
            }
        } catch (DateTimeParseException | IllegalArgumentException e) {
            // falls through to the refusal
        }
        throw foreign();
    }

    private static RuleViolation foreign() {
        return new RuleViolation("cursor", "is not a cursor this API returned; start again without it");
    }
}
