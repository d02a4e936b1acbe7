package org.collections.commons.http;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Converts the typed query parameters of every resource so that a value that does not fit is the platform's 422
 * naming the parameter. Left to JAX-RS, {@code ?limit=abc} answers 404: a query parameter that cannot be converted
 * means the resource does not exist. RESTEasy Reactive still wraps what a converter throws in that 404, as its cause;
 * {@code ProblemMappers} answers with the cause.
 *
 * <p>Path parameters are left alone: a malformed id in a path is a resource that does not exist (404). RESTEasy
 * Reactive converts java.time types itself, without asking any provider, so a date or instant query parameter is
 * declared {@code String} and parsed with {@code input/Dates}; {@link #supports} says which types a query parameter
 * may have, and an architecture rule holds every resource to it.
 */
@Provider
public class QueryParamConverters implements ParamConverterProvider {

    @Override
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = queryParamName(annotations);
        Function<String, Object> parse = name == null ? null : QueryValues.parser(rawType, name);
        return parse == null ? null : new Converter<>(parse);
    }

    /** Whether a query parameter of {@code type} converts with a 422 naming it: String, or a type parsed here. */
    public static boolean supports(Class<?> type) {
        return type == String.class || QueryValues.parser(type, "") != null;
    }

    /** The name of a query parameter, or null for any other kind (and for a {@code @RestQuery} that names none). */
    static String queryParamName(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof RestQuery query && !query.value().isEmpty()) {
                return query.value();
            }
        }
        return null;
    }

    private record Converter<T>(Function<String, Object> parse) implements ParamConverter<T> {

        @Override
        @SuppressWarnings("unchecked")
        public T fromString(String value) {
            return value == null ? null : (T) parse.apply(value);
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }
}
