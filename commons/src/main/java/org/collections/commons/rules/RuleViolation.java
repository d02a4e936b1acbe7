package org.collections.commons.rules;

/**
 * Well-formed input that a business rule refuses: answered 422, naming the field at fault when there is one. Raised by
 * pure domain code, so it carries no HTTP type; {@code ProblemMappers} renders it.
 */
public class RuleViolation extends RuntimeException {

    public static final String VALIDATION = "validation";

    private final String field;
    private final String type;
    private final String title;

    /** A field's value breaks a rule: the problem type {@code validation}. */
    public RuleViolation(String field, String message) {
        this(VALIDATION, "Validation failed", field, message);
    }

    /** A rule with its own problem type (e.g. {@code unaffordable}); {@code field} may be null. */
    public RuleViolation(String type, String title, String field, String message) {
        super(message);
        this.type = type;
        this.title = title;
        this.field = field;
    }

    public String field() {
        return field;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }
}
