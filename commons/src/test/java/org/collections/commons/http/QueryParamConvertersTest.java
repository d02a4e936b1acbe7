package org.collections.commons.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.collections.commons.problem.Problem;
import org.collections.commons.problem.ProblemException;
import org.jboss.resteasy.reactive.RestQuery;
import org.junit.jupiter.api.Test;

class QueryParamConvertersTest {

    private static final String[] BAD = {"abc", "1e1000000", "99999999999999999999", "1.5", "٣", "0x10", "+-1"};

    @SuppressWarnings("unused")
    interface Resource {

        void list(@QueryParam("limit") Integer limit, @QueryParam("dpdMin") int dpdMin, @QueryParam("since") Long since,
                @QueryParam("overdue") Boolean overdue, @QueryParam("minBalance") BigDecimal minBalance,
                @QueryParam("caseId") UUID caseId, @QueryParam("status") Status status, @RestQuery("page") Integer page,
                @RestQuery Integer unnamed, @PathParam("id") UUID id, @HeaderParam("X-Count") Integer count,
                @QueryParam("cursor") String cursor);
    }

    enum Status { ACTIVE, CLOSED }

    @Test
    void aPageSizeThatIsNotAWholeNumberIsRefusedOnLimitWithThePageSizeRule() {
        ParamConverter<Integer> limit = converter(0, Integer.class);
        assertThat(limit.fromString("20")).isEqualTo(20);
        assertThat(limit.fromString(" 7 ")).isEqualTo(7);
        for (String bad : BAD) {
            assertRefused(() -> limit.fromString(bad), "limit", Cursors.LIMIT_RULE);
        }
        assertThatThrownBy(() -> Cursors.limit(500)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.toProblem(null).errors()).containsExactly(new Problem.FieldError("limit", Cursors.LIMIT_RULE)));
    }

    @Test
    void wholeNumbersAreRefusedOnTheirParameterWhenMalformedOrBeyondTheirType() {
        ParamConverter<Integer> dpdMin = converter(1, int.class);
        assertThat(dpdMin.fromString("-3")).isEqualTo(-3);
        for (String bad : BAD) {
            assertRefused(() -> dpdMin.fromString(bad), "dpdMin", null);
        }
        assertRefused(() -> dpdMin.fromString("2147483648"), "dpdMin", "must be a whole number between -2147483648 and 2147483647");
        ParamConverter<Long> since = converter(2, Long.class);
        assertThat(since.fromString("9223372036854775807")).isEqualTo(Long.MAX_VALUE);
        assertRefused(() -> since.fromString("9223372036854775808"), "since", null);
    }

    @Test
    void blankIsAbsentForBoxedTypesAndRefusedForPrimitives() {
        assertThat(converter(0, Integer.class).fromString("")).isNull();
        assertThat(converter(3, Boolean.class).fromString(" ")).isNull();
        assertThat(converter(5, UUID.class).fromString("")).isNull();
        assertRefused(() -> converter(1, int.class).fromString(""), "dpdMin", QueryValues.WHOLE_NUMBER);
    }

    @Test
    void booleansDecimalsUuidsAndEnumsAreRefusedOnTheirParameter() {
        ParamConverter<Boolean> overdue = converter(3, Boolean.class);
        assertThat(overdue.fromString("TRUE")).isTrue();
        assertThat(overdue.fromString("false")).isFalse();
        assertRefused(() -> overdue.fromString("yes"), "overdue", QueryValues.BOOLEAN);

        ParamConverter<BigDecimal> minBalance = converter(4, BigDecimal.class);
        assertThat(minBalance.fromString("1000.50")).isEqualByComparingTo("1000.50");
        assertRefused(() -> minBalance.fromString("lots"), "minBalance", null);
        assertRefused(() -> minBalance.fromString("1e1000000"), "minBalance", null);

        ParamConverter<UUID> caseId = converter(5, UUID.class);
        UUID id = UUID.randomUUID();
        assertThat(caseId.fromString(id.toString())).isEqualTo(id);
        assertRefused(() -> caseId.fromString("1-1-1-1-1"), "caseId", QueryValues.UUID_RULE);

        ParamConverter<Status> status = converter(6, Status.class);
        assertThat(status.fromString("closed")).isEqualTo(Status.CLOSED);
        assertRefused(() -> status.fromString("SLEEPING"), "status", "must be one of [ACTIVE, CLOSED]");
    }

    @Test
    void namedRestQueryParametersAreConvertedTooAndTheNameIsTheirs() {
        assertRefused(() -> converter(7, Integer.class).fromString("x"), "page", null);
    }

    @Test
    void pathHeaderStringAndUnnamedParametersAreLeftToJaxRs() {
        QueryParamConverters converters = new QueryParamConverters();
        assertThat(converters.getConverter(Integer.class, Integer.class, annotations(8))).isNull();
        assertThat(converters.getConverter(UUID.class, UUID.class, annotations(9))).isNull();
        assertThat(converters.getConverter(Integer.class, Integer.class, annotations(10))).isNull();
        assertThat(converters.getConverter(String.class, String.class, annotations(11))).isNull();
        assertThat(converters.getConverter(Integer.class, Integer.class, null)).isNull();
    }

    @Test
    void javaTimeTypesAreNotSupportedBecauseRestEasyReactiveNeverAsksForThem() {
        assertThat(QueryParamConverters.supports(String.class)).isTrue();
        assertThat(QueryParamConverters.supports(int.class)).isTrue();
        assertThat(QueryParamConverters.supports(Status.class)).isTrue();
        assertThat(QueryParamConverters.supports(Instant.class)).isFalse();
        assertThat(QueryParamConverters.supports(LocalDate.class)).isFalse();
        assertThat(QueryParamConverters.supports(Double.class)).isFalse();
    }

    @Test
    void aRefusalNeverEchoesTheValue() {
        String value = "<script>alert(1)</script>";
        for (int i = 0; i <= 6; i++) {
            ParamConverter<Object> converter = converter(i, list().getParameterTypes()[i]);
            assertThatThrownBy(() -> converter.fromString(value)).isInstanceOfSatisfying(ProblemException.class, e -> {
                Problem problem = e.toProblem(null);
                assertThat(problem.detail()).doesNotContain("script");
                assertThat(problem.errors()).allSatisfy(error -> assertThat(error.message()).doesNotContain("script"));
            });
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> ParamConverter<T> converter(int parameter, Class<?> type) {
        ParamConverter<T> converter = (ParamConverter<T>) new QueryParamConverters()
                .getConverter(type, type, annotations(parameter));
        assertThat(converter).as("converter of parameter %d", parameter).isNotNull();
        return converter;
    }

    private static Annotation[] annotations(int parameter) {
        return list().getParameterAnnotations()[parameter];
    }

    private static Method list() {
        return Arrays.stream(Resource.class.getMethods()).filter(m -> m.getName().equals("list")).findFirst().orElseThrow();
    }

    private static void assertRefused(Runnable call, String field, String message) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(422);
            Problem.FieldError error = e.toProblem(null).errors().get(0);
            assertThat(error.field()).isEqualTo(field);
            if (message != null) {
                assertThat(error.message()).isEqualTo(message);
            }
        });
    }
}
