package org.collections.commons.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

class DependencyProblemMapperTest {

    @Test
    void unavailableProblemCarriesRetryAfter() {
        Response response = new DependencyProblemMapper()
                .unavailable(new DependencyUnavailableException("case-service", 5, null), null);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
        assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(response.getEntity()).isEqualTo(new Problem(Problem.TYPE_BASE + "dependency-unavailable",
                "Service unavailable", 503, "case-service is unavailable; retry later", null, null));
    }

    @Test
    void aWrappedUnavailableDependencyKeepsItsRetryAfter() {
        Response response = new ProblemMappers().unexpected(
                new IllegalStateException(new DependencyUnavailableException("case-service", 7, null)), null);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("7");
    }
}
