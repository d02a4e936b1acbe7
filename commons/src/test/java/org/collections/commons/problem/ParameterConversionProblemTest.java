package org.collections.commons.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterConversionProblemTest {

    @Test
    void aQueryParameterThatDidNotConvertIsItsOwn422NotTheWrapping404() {
        Response response = new ProblemMappers().webApplication(
                new NotFoundException(ProblemException.invalidField("limit", "must be a whole number between 1 and 200")), null);

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        Problem problem = (Problem) response.getEntity();
        assertThat(problem.errors()).isEqualTo(List.of(new Problem.FieldError("limit", "must be a whole number between 1 and 200")));
        assertThat(problem.detail()).isEqualTo("limit: must be a whole number between 1 and 200");
    }

    @Test
    void aPathParameterThatDidNotConvertStaysANotFound() {
        Response response = new ProblemMappers().webApplication(
                new NotFoundException(new IllegalArgumentException("Invalid UUID string: not-a-uuid")), null);

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(((Problem) response.getEntity()).detail()).isEqualTo("The resource does not exist");
    }
}
