package org.collections.contact.messaging;

import org.collections.contact.compliance.Channel;
import org.collections.contact.compliance.PersonRole;
import org.collections.contact.compliance.Violation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TemplateComplianceTest {

    private static final Set<TemplateVariable> WITH_OPT_OUT = EnumSet.of(TemplateVariable.DEBTOR_NAME, TemplateVariable.OPT_OUT_TEXT);
    private static final Set<TemplateVariable> WITHOUT_OPT_OUT = EnumSet.of(TemplateVariable.DEBTOR_NAME, TemplateVariable.AMOUNT_DUE);

    @Test
    void usSmsAndEmailTemplatesMustCarryTheOptOutText() {
        assertThat(TemplateCompliance.authoring(Channel.SMS, Set.of("US_REGF"), WITHOUT_OPT_OUT))
                .extracting(Violation::ruleId).containsExactly("US_REGF.OPT_OUT_TEXT");
        assertThat(TemplateCompliance.authoring(Channel.EMAIL, Set.of("US_REGF", "CN"), WITHOUT_OPT_OUT))
                .extracting(Violation::ruleId).containsExactly("US_REGF.OPT_OUT_TEXT");
        assertThat(TemplateCompliance.authoring(Channel.SMS, Set.of("US_REGF"), WITH_OPT_OUT)).isEmpty();
        assertThat(TemplateCompliance.authoring(Channel.LETTER, Set.of("US_REGF"), WITHOUT_OPT_OUT)).isEmpty();
        assertThat(TemplateCompliance.authoring(Channel.SMS, Set.of("CN"), WITHOUT_OPT_OUT)).isEmpty();
        assertThat(TemplateCompliance.authoring(Channel.SMS, Set.of(), WITHOUT_OPT_OUT)).isEmpty();
    }

    @Test
    void underUsRulesOnlyTemplatesDeclaredForThemMaySendSmsOrEmail() {
        assertThat(TemplateCompliance.use("GENERIC", Set.of(), WITH_OPT_OUT, "US_REGF", Channel.SMS, PersonRole.DEBTOR))
                .extracting(Violation::ruleId).containsExactly("US_REGF.OPT_OUT_TEXT");
        assertThat(TemplateCompliance.use("US", Set.of("US_REGF"), WITH_OPT_OUT, "US_REGF", Channel.SMS, PersonRole.DEBTOR)).isEmpty();
        assertThat(TemplateCompliance.use("GENERIC", Set.of(), WITHOUT_OPT_OUT, "US_REGF", Channel.LETTER, PersonRole.DEBTOR)).isEmpty();
        assertThat(TemplateCompliance.use("GENERIC", Set.of(), WITHOUT_OPT_OUT, "CN", Channel.SMS, PersonRole.DEBTOR)).isEmpty();
        assertThat(TemplateCompliance.use("CN_ONLY", Set.of("CN"), WITH_OPT_OUT, "US_REGF", Channel.SMS, PersonRole.DEBTOR))
                .extracting(Violation::ruleId).containsExactly("US_REGF.TEMPLATE_RULE_PACK");
    }

    @Test
    void thirdPartiesAreNeverToldAboutTheDebtUnderAnyPack() {
        for (String pack : new String[] {"CN", "US_REGF", "UK_CONC"}) {
            assertThat(TemplateCompliance.use("REMINDER", Set.of(pack), EnumSet.of(TemplateVariable.DEBTOR_NAME,
                    TemplateVariable.DUE_DATE, TemplateVariable.AMOUNT_DUE, TemplateVariable.OPT_OUT_TEXT), pack,
                    Channel.LETTER, PersonRole.THIRD_PARTY))
                    .singleElement().satisfies(v -> {
                        assertThat(v.ruleId()).isEqualTo(pack + ".THIRD_PARTY_DISCLOSURE");
                        assertThat(v.reason()).contains("{{amountDue}}, {{dueDate}}");
                    });
        }
        assertThat(TemplateCompliance.use("CALL_BACK", Set.of("CN"), WITH_OPT_OUT, "CN", Channel.SMS, PersonRole.THIRD_PARTY)).isEmpty();
    }
}
