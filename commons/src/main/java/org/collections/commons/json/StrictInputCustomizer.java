package org.collections.commons.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Predicate;
import org.collections.commons.input.Dates;
import org.collections.commons.input.Decimals;
import org.collections.commons.input.Texts;

/**
 * Makes every service's JSON input strict in one place: duplicate keys are malformed JSON; decimals are bounded in
 * digits and exponent before they become a BigDecimal; dates and instants lie between 1900 and 2200; strings carry
 * no NUL and no unpaired surrogates.
 */
@Singleton
public class StrictInputCustomizer implements ObjectMapperCustomizer {

    @Override
    public int priority() {
        // after Quarkus' own customizers, so these deserializers are registered last and win
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        SimpleModule module = new SimpleModule("collections-strict-input");
        module.addDeserializer(BigDecimal.class, new BoundedDecimal());
        module.addDeserializer(LocalDate.class,
                new BoundedTime<>(LocalDate.class, LocalDateDeserializer.INSTANCE, Dates::inRange));
        module.addDeserializer(Instant.class, new BoundedTime<>(Instant.class, InstantDeserializer.INSTANT, Dates::inRange));
        module.addDeserializer(String.class, new CleanString());
        mapper.registerModule(module);
    }

    static final class BoundedDecimal extends StdScalarDeserializer<BigDecimal> {
        BoundedDecimal() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT
                    && token != JsonToken.VALUE_STRING) {
                return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
            }
            String text = p.getText();
            if (token == JsonToken.VALUE_STRING && text.isBlank()) {
                return null;
            }
            String rule = Decimals.violation(text);
            if (rule == null) {
                BigDecimal value = new BigDecimal(text.strip());
                rule = Decimals.rangeViolation(value);
                if (rule == null) {
                    return value;
                }
            }
            throw new InputRejectedException(p, 422, rule);
        }
    }

    /** A date or instant read by Jackson's own deserializer, refused when it lies outside {@link Dates}' range. */
    static final class BoundedTime<T> extends StdScalarDeserializer<T> {

        private final JsonDeserializer<T> delegate;
        private final Predicate<T> inRange;

        BoundedTime(Class<T> type, JsonDeserializer<T> delegate, Predicate<T> inRange) {
            super(type);
            this.delegate = delegate;
            this.inRange = inRange;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            T value = delegate.deserialize(p, ctxt);
            if (!inRange.test(value)) {
                throw new InputRejectedException(p, 422, Dates.RULE);
            }
            return value;
        }
    }

    static final class CleanString extends StdScalarDeserializer<String> {
        CleanString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = StringDeserializer.instance.deserialize(p, ctxt);
            String rule = Texts.violation(text);
            if (rule != null) {
                throw new InputRejectedException(p, 422, rule);
            }
            return text;
        }
    }
}
