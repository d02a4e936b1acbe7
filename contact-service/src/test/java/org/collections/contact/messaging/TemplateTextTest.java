package org.collections.contact.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTextTest {

    @Test
    void replacesEveryPlaceholderAndKeepsTheRestAsIs() {
        TemplateText text = TemplateText.parse("Hello {{debtorName}}, {{ amountDue }} is due {{dueDate}}. $5 {x} \\1 {{optOutText}}");

        TemplateText.Rendered r = text.render(Map.of(TemplateVariable.DEBTOR_NAME, "Li $1 Wei",
                TemplateVariable.AMOUNT_DUE, "$900.00", TemplateVariable.DUE_DATE, "November 30, 2026",
                TemplateVariable.OPT_OUT_TEXT, "Reply STOP to opt out."));

        assertThat(r.text()).isEqualTo("Hello Li $1 Wei, $900.00 is due November 30, 2026. $5 {x} \\1 Reply STOP to opt out.");
        assertThat(r.missing()).isEmpty();
        assertThat(text.variables()).containsExactlyInAnyOrder(TemplateVariable.DEBTOR_NAME, TemplateVariable.AMOUNT_DUE,
                TemplateVariable.DUE_DATE, TemplateVariable.OPT_OUT_TEXT);
    }

    @Test
    void placeholdersWithoutAValueStayAndAreListed() {
        TemplateText.Rendered r = TemplateText.parse("{{debtorName}} owes {{amountDue}}").render(Map.of(TemplateVariable.DEBTOR_NAME, "Li Wei"));

        assertThat(r.text()).isEqualTo("Li Wei owes {{amountDue}}");
        assertThat(r.missing()).containsExactly(TemplateVariable.AMOUNT_DUE);
    }

    @Test
    void unknownVariablesAndStrayBracesAreRefusedByName() {
        assertThatThrownBy(() -> TemplateText.parse("Hi {{debtorName}}, your PIN is {{pin}} and {{balance.foo}}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown variable {{pin}}; unknown variable {{balance.foo}}");
        assertThatThrownBy(() -> TemplateText.parse("Hi {{debtorName}"))
                .hasMessage("unbalanced {{ or }}");
        assertThatThrownBy(() -> TemplateText.parse("Hi {{#if debtorName}}x{{/if}}"))
                .hasMessageContaining("unknown variable {{#if debtorName}}");
    }

    @Test
    void debtVariablesAreTheOnesThatRevealTheDebt() {
        assertThat(TemplateVariable.values()).filteredOn(TemplateVariable::revealsDebt)
                .extracting(TemplateVariable::placeholder)
                .containsExactlyInAnyOrder("amountDue", "currency", "dueDate", "creditorId", "caseReference");
    }
}
