package org.collections.contact.compliance;

/** A rule pack parameter that is invalid or, in a creditor's override, more lenient than the pack; names it. */
public class InvalidRuleParameterException extends IllegalArgumentException {

    private final String parameter;

    public InvalidRuleParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** The parameter's name as in {@link RulePack} and {@link RuleOverride}, e.g. hoursEnd. */
    public String parameter() {
        return parameter;
    }
}
