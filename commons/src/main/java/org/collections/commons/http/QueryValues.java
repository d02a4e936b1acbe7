package org.collections.commons.http;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.collections.commons.input.Decimals;
import org.collections.commons.problem.ProblemException;

/**
 * Parses one query parameter's text into its Java type, or refuses it with a 422 naming the parameter and the rule,
 * never the value. A blank value of a boxed type is absent (null), as {@link QueryParams#enumValue} treats it; a
 * primitive has no absent value, so a blank one is refused like any other value that does not parse. {@code limit},
 * every list's page size, has one rule for a value that is not a number and one out of range.
 */
final class QueryValues {

    static final String WHOLE_NUMBER = "must be a whole number";
    static final String BOOLEAN = "must be true or false";
    static final String UUID_RULE = "must be a UUID like 7d9f3a52-3c1e-4a8e-9f7a-0f6a1c2b3d4e";

    // ASCII digits only (the JDK's parsers also take other scripts' digits), and few enough to parse cheaply
    private static final Pattern WHOLE_TEXT = Pattern.compile("[+-]?[0-9]{1,19}");
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

    private QueryValues() {
    }

    /** How to parse a parameter {@code name} of {@code type}; null for a type not parsed here. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Function<String, Object> parser(Class<?> type, String name) {
        Function<String, Object> parse;
        if (type == Integer.class || type == int.class) {
            parse = text -> (int) whole(name, text, Integer.MIN_VALUE, Integer.MAX_VALUE);
        } else if (type == Long.class || type == long.class) {
            parse = text -> whole(name, text, Long.MIN_VALUE, Long.MAX_VALUE);
        } else if (type == Short.class || type == short.class) {
            parse = text -> (short) whole(name, text, Short.MIN_VALUE, Short.MAX_VALUE);
        } else if (type == Boolean.class || type == boolean.class) {
            parse = text -> bool(name, text);
        } else if (type == BigDecimal.class) {
            parse = text -> Decimals.bounded(name, text);
        } else if (type == UUID.class) {
            parse = text -> uuid(name, text);
        } else if (type.isEnum()) {
            Class enumType = type;
            return text -> QueryParams.enumValue(name, text, enumType);
        } else {
            return null;
        }
        boolean primitive = type.isPrimitive();
        return text -> text.isBlank() && !primitive ? null : parse.apply(text.strip());
    }

    private static long whole(String name, String text, long min, long max) {
        boolean pageSize = Cursors.LIMIT.equals(name);
        if (!WHOLE_TEXT.matcher(text).matches()) {
            throw ProblemException.invalidField(name, pageSize ? Cursors.LIMIT_RULE : WHOLE_NUMBER);
        }
        BigInteger value = new BigInteger(text);
        if (value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(BigInteger.valueOf(max)) > 0) {
            throw ProblemException.invalidField(name, pageSize ? Cursors.LIMIT_RULE
                    : WHOLE_NUMBER + " between " + min + " and " + max);
        }
        return value.longValue();
    }

    private static boolean bool(String name, String text) {
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        if (text.equalsIgnoreCase("false")) {
            return false;
        }
        throw ProblemException.invalidField(name, BOOLEAN);
    }

    private static UUID uuid(String name, String text) {
        if (!UUID_TEXT.matcher(text).matches()) {
            throw ProblemException.invalidField(name, UUID_RULE);
        }
        return UUID.fromString(text);
    }
}
