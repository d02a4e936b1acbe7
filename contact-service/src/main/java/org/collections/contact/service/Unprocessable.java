package org.collections.contact.service;

import java.util.List;
import org.collections.commons.problem.Problem;
import org.collections.commons.problem.ProblemException;

/** 422: well-formed input whose value the rules cannot accept, naming the field. */
final class Unprocessable {

    private Unprocessable() {
    }

    static ProblemException field(String typeSlug, String title, String field, String message) {
        return new ProblemException(422, typeSlug, title, field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }
}
