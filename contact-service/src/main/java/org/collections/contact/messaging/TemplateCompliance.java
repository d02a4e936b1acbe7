package org.collections.contact.messaging;

import org.collections.contact.compliance.Channel;
import org.collections.contact.compliance.PersonRole;
import org.collections.contact.compliance.Violation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the rule packs demand of message content. A template names the rule packs it is written for (none: it is
 * generic). Under US_REGF, SMS and e-mail must tell the debtor how to opt out, so such templates must carry
 * {@code {{optOutText}}} and be declared for US_REGF. Under every pack a third party is never told about the debt
 * (CN's guideline says so in words, US 12 CFR 1006.6(d) and UK CONC 7.9 in effect).
 */
public final class TemplateCompliance {

    private static final Map<String, Set<Channel>> OPT_OUT_REQUIRED = Map.of("US_REGF", EnumSet.of(Channel.SMS, Channel.EMAIL));

    private TemplateCompliance() {
    }

    /** What is wrong with a template written for {@code rulePacks}. */
    public static List<Violation> authoring(Channel channel, Set<String> rulePacks, Set<TemplateVariable> variables) {
        List<Violation> violations = new ArrayList<>();
        for (String pack : rulePacks) {
            if (optOutRequired(pack, channel) && !variables.contains(TemplateVariable.OPT_OUT_TEXT)) {
                violations.add(optOutMissing(pack, channel));
            }
        }
        return violations;
    }

    /** What is wrong with using a template for a contact with {@code person} under {@code casePack}. */
    public static List<Violation> use(String templateCode, Set<String> templatePacks, Set<TemplateVariable> variables,
            String casePack, Channel channel, PersonRole person) {
        List<Violation> violations = new ArrayList<>();
        if (person == PersonRole.THIRD_PARTY) {
            String revealing = variables.stream().filter(TemplateVariable::revealsDebt)
                    .map(v -> "{{" + v.placeholder() + "}}").sorted().collect(Collectors.joining(", "));
            if (!revealing.isEmpty()) {
                violations.add(new Violation(casePack + ".THIRD_PARTY_DISCLOSURE", "third parties are never told about"
                        + " the debt, and template " + templateCode + " shows " + revealing));
            }
        }
        if (!templatePacks.isEmpty() && !templatePacks.contains(casePack)) {
            violations.add(new Violation(casePack + ".TEMPLATE_RULE_PACK", "template " + templateCode
                    + " is written for " + templatePacks.stream().sorted().toList() + ", not for " + casePack));
        } else if (optOutRequired(casePack, channel)
                && (!templatePacks.contains(casePack) || !variables.contains(TemplateVariable.OPT_OUT_TEXT))) {
            violations.add(new Violation(casePack + ".OPT_OUT_TEXT", channel + " under " + casePack
                    + " needs a template declared for " + casePack + " that carries {{optOutText}}; " + templateCode
                    + " is not"));
        }
        return violations;
    }

    private static boolean optOutRequired(String pack, Channel channel) {
        return OPT_OUT_REQUIRED.getOrDefault(pack, Set.of()).contains(channel);
    }

    private static Violation optOutMissing(String pack, Channel channel) {
        return new Violation(pack + ".OPT_OUT_TEXT", channel + " templates for " + pack + " must contain {{optOutText}}");
    }
}
