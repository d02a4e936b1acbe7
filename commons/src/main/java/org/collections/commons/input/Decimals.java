package org.collections.commons.input;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.collections.commons.problem.ProblemException;

/**
 * The one gate every decimal input passes before any arithmetic: a text such as {@code 1e1000000} is nine bytes but
 * costs seconds of CPU once scaled, so digits and exponent are checked on the text itself.
 */
public final class Decimals {

    /** Significant digits accepted in any decimal input. */
    public static final int MAX_DIGITS = 34;
    /** Largest absolute scale (digits after the point, or a negative exponent's size) accepted. */
    public static final int MAX_SCALE = 34;
    /** Money columns are numeric(19,4): at most 15 digits before the point. */
    public static final int MONEY_INTEGER_DIGITS = 15;

    /** The rule a text breaks when it is not a decimal number at all (a 400, not a 422). */
    public static final String MALFORMED = "must be a decimal number";

    private static final int MAX_TEXT = 128;
    private static final Pattern SHAPE = Pattern.compile("[+-]?(\\d*)(?:\\.(\\d*))?(?:[eE]([+-]?\\d+))?");

    private Decimals() {
    }

    /** Parses {@code text} as a decimal bounded in digits and exponent; a 422 naming {@code field} otherwise. */
    public static BigDecimal bounded(String field, String text) {
        String rule = violation(text);
        if (MALFORMED.equals(rule)) {
            throw ProblemException.invalidField(field, rule);
        }
        if (rule != null) {
            throw outOfRange(field, rule);
        }
        BigDecimal value = new BigDecimal(text.strip());
        String range = rangeViolation(value);
        if (range != null) {
            throw outOfRange(field, range);
        }
        return value;
    }

    /** The same as {@link #bounded}, for an optional value. */
    public static BigDecimal boundedOrNull(String field, String text) {
        return text == null || text.isBlank() ? null : bounded(field, text);
    }

    /** Why {@code text} is not an acceptable decimal, or null when it is. Pure text inspection: no arithmetic. */
    public static String violation(String text) {
        if (text == null || text.isBlank()) {
            return MALFORMED;
        }
        String s = text.strip();
        if (s.length() > MAX_TEXT) {
            return "has too many characters for a decimal number";
        }
        Matcher m = SHAPE.matcher(s);
        if (!m.matches()) {
            return MALFORMED;
        }
        if (m.group(1).isEmpty() && (m.group(2) == null || m.group(2).isEmpty())) {
            return MALFORMED;
        }
        String integer = m.group(1).replaceFirst("^0+", "");
        String fraction = m.group(2) == null ? "" : m.group(2);
        String exp = m.group(3);
        if (exp != null && exp.replaceFirst("^[+-]", "").replaceFirst("^0+", "").length() > 6) {
            return "has an exponent out of range";
        }
        long exponent = exp == null ? 0 : Long.parseLong(exp);
        if (integer.length() + fraction.length() > MAX_DIGITS) {
            return "has more than " + MAX_DIGITS + " digits";
        }
        long scale = fraction.length() - exponent;
        if (Math.abs(scale) > MAX_SCALE || integer.length() + exponent > MAX_DIGITS) {
            return "has an exponent out of range";
        }
        return null;
    }

    /** Why an already bounded value does not fit a money column, or null. */
    public static String rangeViolation(BigDecimal value) {
        if (value.precision() - value.scale() > MONEY_INTEGER_DIGITS) {
            return "must have at most " + MONEY_INTEGER_DIGITS + " digits before the decimal point";
        }
        return null;
    }

    static ProblemException outOfRange(String field, String rule) {
        return ProblemException.unprocessableField("validation", "Validation failed", field, rule);
    }
}
