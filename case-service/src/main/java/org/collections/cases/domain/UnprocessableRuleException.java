package org.collections.cases.domain;

/** Well-formed input the rules cannot accept (422), naming the field at fault. */
public class UnprocessableRuleException extends DomainRuleException {

    public UnprocessableRuleException(String field, String message) {
        super(field, message);
    }
}
