package org.collections.contact.messaging;

import java.util.Arrays;
import java.util.Optional;

/**
 * The variables a message template may use, written {@code {{name}}}. Those that reveal the debt may never reach a
 * third party.
 */
public enum TemplateVariable {
    DEBTOR_NAME("debtorName", false),
    AMOUNT_DUE("amountDue", true),
    CURRENCY("currency", true),
    DUE_DATE("dueDate", true),
    CREDITOR_ID("creditorId", true),
    CASE_REFERENCE("caseReference", true),
    OPT_OUT_TEXT("optOutText", false);

    private final String placeholder;
    private final boolean revealsDebt;

    TemplateVariable(String placeholder, boolean revealsDebt) {
        this.placeholder = placeholder;
        this.revealsDebt = revealsDebt;
    }

    public String placeholder() {
        return placeholder;
    }

    public boolean revealsDebt() {
        return revealsDebt;
    }

    public static Optional<TemplateVariable> byPlaceholder(String name) {
        return Arrays.stream(values()).filter(v -> v.placeholder.equals(name)).findFirst();
    }
}
