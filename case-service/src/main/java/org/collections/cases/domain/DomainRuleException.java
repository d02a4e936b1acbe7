package org.collections.cases.domain;

/** Input that is well-formed but breaks a business rule (e.g. mixed currencies in one case). */
public class DomainRuleException extends RuntimeException {

    private final String field;

    public DomainRuleException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
