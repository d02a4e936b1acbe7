package org.collections.contact.compliance;

/** A rule a contact would break: its id (e.g. US_REGF.CALL_FREQUENCY) and why, in words a collector reads. */
public record Violation(String ruleId, String reason) {
}
