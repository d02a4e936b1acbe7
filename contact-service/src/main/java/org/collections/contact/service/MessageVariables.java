package org.collections.contact.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.collections.commons.input.Dates;
import org.collections.commons.input.Decimals;
import org.collections.commons.money.Money;
import org.collections.commons.rules.RuleViolation;
import org.collections.contact.client.CaseSnapshot;
import org.collections.contact.messaging.MessageFormats;
import org.collections.contact.messaging.TemplateVariable;

/** The values of template variables, formatted for the reader's language. */
final class MessageVariables {

    private MessageVariables() {
    }

    /** From the case as case-service reports it; dueDate is when the oldest unpaid amount fell due. */
    static Map<TemplateVariable, String> ofCase(CaseSnapshot c, Locale locale) {
        Map<TemplateVariable, String> values = new EnumMap<>(TemplateVariable.class);
        if (c.debtor() != null && c.debtor().fullName() != null) {
            values.put(TemplateVariable.DEBTOR_NAME, c.debtor().fullName());
        }
        if (c.balance() != null && c.currency() != null) {
            values.put(TemplateVariable.AMOUNT_DUE,
                    MessageFormats.money(Money.of("balance", c.balance(), c.currency()), locale));
        }
        putIfPresent(values, TemplateVariable.CURRENCY, c.currency());
        c.oldestDueDate().ifPresent(d -> values.put(TemplateVariable.DUE_DATE, MessageFormats.date(d, locale)));
        putIfPresent(values, TemplateVariable.CREDITOR_ID, c.creditorId());
        putIfPresent(values, TemplateVariable.CASE_REFERENCE, c.externalRef());
        return values;
    }

    /** From sample values given by name; money and dates are formatted as real ones would be. */
    static Map<TemplateVariable, String> ofSamples(Map<String, String> samples, Locale locale) {
        Map<TemplateVariable, String> values = new EnumMap<>(TemplateVariable.class);
        samples.forEach((name, value) -> {
            TemplateVariable variable = TemplateVariable.byPlaceholder(name).orElseThrow(
                    () -> new RuleViolation("variables." + name, "is not a template variable"));
            if (variable == TemplateVariable.OPT_OUT_TEXT) {
                throw new RuleViolation("variables." + name, "is supplied by the service");
            }
            if (value != null) {
                values.put(variable, value);
            }
        });
        String currency = values.get(TemplateVariable.CURRENCY);
        String amount = values.get(TemplateVariable.AMOUNT_DUE);
        if (amount != null) {
            values.put(TemplateVariable.AMOUNT_DUE, MessageFormats.money(decimal(amount), currency(currency), locale));
        }
        String due = values.get(TemplateVariable.DUE_DATE);
        if (due != null) {
            values.put(TemplateVariable.DUE_DATE, MessageFormats.date(date(due), locale));
        }
        return values;
    }

    /**
     * From a contact step's variables, keyed by {@link TemplateVariable} name ({@code AMOUNT_DUE}) or placeholder
     * ({@code amountDue}), with plain values (money a decimal string, dates ISO), and the debtor's name when known.
     */
    static Map<TemplateVariable, String> ofStep(Map<String, String> given, String debtorName, Locale locale) {
        Map<String, String> byPlaceholder = new java.util.HashMap<>();
        given.forEach((name, value) -> byPlaceholder.put(java.util.Arrays.stream(TemplateVariable.values())
                .filter(v -> v.name().equals(name)).findFirst().map(TemplateVariable::placeholder).orElse(name), value));
        Map<TemplateVariable, String> values = ofSamples(byPlaceholder, locale);
        if (debtorName != null && !debtorName.isBlank()) {
            values.put(TemplateVariable.DEBTOR_NAME, debtorName);
        }
        return values;
    }

    private static void putIfPresent(Map<TemplateVariable, String> values, TemplateVariable variable, String value) {
        if (value != null) {
            values.put(variable, value);
        }
    }

    private static BigDecimal decimal(String value) {
        if (Decimals.MALFORMED.equals(Decimals.violation(value))) {
            throw new RuleViolation("variables.amountDue", "must be a decimal number like 1015.50");
        }
        return Decimals.bounded("variables.amountDue", value);
    }

    private static String currency(String code) {
        if (code == null) {
            throw new RuleViolation("variables.currency", "is required with amountDue");
        }
        try {
            return Currency.getInstance(code.strip()).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("variables.currency", "must be an ISO 4217 code like CNY or USD");
        }
    }

    private static LocalDate date(String value) {
        try {
            return Dates.requireInRange("variables.dueDate", LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new RuleViolation("variables.dueDate", "must be an ISO date like 2026-11-30");
        }
    }
}
