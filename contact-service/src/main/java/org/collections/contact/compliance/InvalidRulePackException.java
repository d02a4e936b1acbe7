package org.collections.contact.compliance;

/** A rule pack document that cannot be used; names the file and the field, so that it can be corrected. */
public class InvalidRulePackException extends IllegalStateException {

    private final String file;
    private final String field;

    public InvalidRulePackException(String file, String field, String problem) {
        super("rule pack file " + file + ", field " + field + ": " + problem);
        this.file = file;
        this.field = field;
    }

    public String file() {
        return file;
    }

    public String field() {
        return field;
    }
}
