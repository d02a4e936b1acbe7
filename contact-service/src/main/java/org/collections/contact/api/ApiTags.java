package org.collections.contact.api;

/** The tags of the public document, one per resource family, each with the description the document shows. */
final class ApiTags {

    static final String CONTACT_POINTS = "Contact points";
    static final String CONTACT_POINTS_TEXT = "Debtors' phone numbers, e-mail and postal addresses: stored encrypted, "
            + "masked for agencies, marked valid, invalid or opted out";
    static final String CONSENTS = "Consents";
    static final String CONSENTS_TEXT = "Consent given or withdrawn (night contact, a channel, one contact point); "
            + "append-only and applied at once";
    static final String ATTEMPTS = "Attempts";
    static final String ATTEMPTS_TEXT = "The append-only ledger of contact attempts and their outcomes, and agencies' "
            + "contact KPIs";
    static final String DECISIONS = "Contact decisions";
    static final String DECISIONS_TEXT = "May this contact happen now? ALLOW or BLOCK under the debtor's rule pack, "
            + "with every violated rule and the next permitted time";
    static final String PROFILES = "Contact profiles";
    static final String PROFILES_TEXT = "A debtor's possible time zones and stated contact times and channels";
    static final String SCHEDULING = "Scheduling";
    static final String SCHEDULING_TEXT = "Contact requests scheduled at the earliest permitted time, and the daily "
            + "contact plan";
    static final String DISPATCH = "Dispatch";
    static final String DISPATCH_TEXT = "Leases of due contacts, re-checked when handed out, and their outcomes";
    static final String MESSAGES = "Messages";
    static final String MESSAGES_TEXT = "Templated SMS, e-mails and letters sent to debtors";
    static final String CONTACT_STEPS = "Contact steps";
    static final String CONTACT_STEPS_TEXT = "Reminders and treatment steps other services ask for, carried out under "
            + "the contact rules, and what became of each";
    static final String RULE_PACKS = "Rule packs";
    static final String RULE_PACKS_TEXT = "Jurisdiction rule packs (US_REGF, CN, UK_CONC), their versions, creditors' "
            + "stricter-only overrides and choices of pack";
    static final String TEMPLATES = "Templates";
    static final String TEMPLATES_TEXT = "SMS, e-mail and letter texts with variables, in several languages";

    private ApiTags() {
    }
}
