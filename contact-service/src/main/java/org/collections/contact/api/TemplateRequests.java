package org.collections.contact.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.collections.contact.compliance.Channel;
import org.collections.contact.messaging.TemplateVariable;
import org.collections.contact.model.MessageTemplate;
import org.collections.contact.service.ContactCommands;
import org.collections.contact.service.TemplateService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and views of the template API. */
public final class TemplateRequests {

    static final String VARIABLES = "Placeholders: {{debtorName}}, {{amountDue}}, {{currency}}, {{dueDate}}, "
            + "{{creditorId}}, {{caseReference}}, {{optOutText}}; anything else is refused.";

    private TemplateRequests() {
    }

    @Schema(description = "A message text for one code, channel and language. " + VARIABLES)
    public record NewTemplate(
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,63}", message = "must be upper case letters, digits and _, like FIRST_REMINDER")
            @Schema(description = "The template's code: upper case letters, digits and _, up to 64",
                    examples = "FIRST_REMINDER") String code,
            @NotNull @Schema(description = "SMS, EMAIL or LETTER") Channel channel,
            @NotBlank @Schema(description = "BCP 47 language tag", examples = "en") String language,
            @Schema(description = "Rule packs the template is written for (US_REGF, CN, UK_CONC); none: generic. SMS and "
                    + "EMAIL templates for US_REGF must contain {{optOutText}}, and only such templates may be sent "
                    + "under US_REGF.", examples = "[\"US_REGF\"]") Set<@NotBlank String> rulePacks,
            @Size(max = 200) @Schema(description = "EMAIL and LETTER only", examples = "Your account with {{creditorId}}") String subject,
            @NotBlank @Size(max = 10_000) @Schema(description = "The text with {{variable}} placeholders, up to 10,000 "
                    + "characters", examples = "Hello {{debtorName}}, {{amountDue}} was due on {{dueDate}}. {{optOutText}}")
            String body) {

        ContactCommands.NewTemplate toCommand() {
            return new ContactCommands.NewTemplate(code, channel, language, rulePacks, subject, body);
        }
    }

    @Schema(description = "New content of a template; code, channel and language never change. " + VARIABLES)
    public record TemplateUpdate(
            @Schema(description = "Rule packs the template is written for; replaces the old ones (none: generic)",
                    examples = "[\"US_REGF\"]") Set<@NotBlank String> rulePacks,
            @Size(max = 200) @Schema(description = "EMAIL and LETTER only; replaces the old subject (absent: none)")
            String subject,
            @NotBlank @Size(max = 10_000) @Schema(description = "The new text with {{variable}} placeholders, up to 10,000 "
                    + "characters") String body) {

        ContactCommands.TemplateChange toCommand() {
            return new ContactCommands.TemplateChange(rulePacks, subject, body);
        }
    }

    @Schema(description = "A message template")
    public record TemplateView(
            @Schema(description = "The template's id") UUID id,
            @Schema(description = "The template's code", examples = "FIRST_REMINDER") String code,
            @Schema(description = "SMS, EMAIL or LETTER") Channel channel,
            @Schema(description = "BCP 47 language tag", examples = "en") String language,
            @Schema(description = "Rule packs it is written for; empty: generic") List<String> rulePacks,
            @Schema(description = "Subject of an EMAIL or LETTER; null otherwise") String subject,
            @Schema(description = "The text with {{variable}} placeholders") String body,
            @Schema(description = "The variables subject and body use", examples = "[\"debtorName\", \"amountDue\"]")
            List<String> variables,
            @Schema(description = "Entity version, also the ETag; increased by every update", examples = "0")
            int version,
            @Schema(description = "When it was created (UTC)") Instant createdAt,
            @Schema(description = "Who created it") String createdBy,
            @Schema(description = "When it last changed (UTC)") Instant updatedAt,
            @Schema(description = "Who last changed it") String updatedBy) {

        static TemplateView of(MessageTemplate t) {
            return new TemplateView(t.id, t.code, t.channel, t.language, List.copyOf(t.rulePackSet()), t.subject,
                    t.body, t.variables().stream().map(TemplateVariable::placeholder).toList(), t.version, t.createdAt,
                    t.createdBy, t.updatedAt, t.updatedBy);
        }
    }

    @Schema(description = "Render a template: with sample variables, or with the variables of a case (then the "
            + "debtor's preferred language is used unless a language is given)")
    public record PreviewRequest(@NotNull @Schema(description = "The channel of the template to render", examples = "SMS")
    Channel channel,
            @Schema(description = "Default: the debtor's preferred language, or en", examples = "zh-CN") String language,
            @Schema(description = "Take the variables from this case") UUID caseId,
            @Schema(description = "Sample values by variable name; amountDue is a decimal and needs currency, dueDate is "
                    + "an ISO date", examples = "{\"debtorName\":\"Li Wei\",\"amountDue\":\"1015.5\",\"currency\":\"CNY\",\"dueDate\":\"2026-11-30\"}")
            Map<String, String> variables) {

        ContactCommands.TemplatePreview toCommand() {
            return new ContactCommands.TemplatePreview(channel, language, caseId, variables);
        }
    }

    @Schema(description = "A template rendered, not sent")
    public record PreviewView(
            @Schema(description = "The template used") UUID templateId,
            @Schema(description = "Its code", examples = "FIRST_REMINDER") String code,
            @Schema(description = "Its channel") Channel channel,
            @Schema(description = "The language of the template used (the closest to the one asked for)",
                    examples = "zh-CN") String language,
            @Schema(description = "The version of the template used", examples = "0") int templateVersion,
            @Schema(description = "The rendered subject; null for SMS") String subject,
            @Schema(description = "The rendered text") String body,
            @Schema(description = "Variables without a value, left as placeholders") List<String> missingVariables) {

        static PreviewView of(TemplateService.Rendered x) {
            return new PreviewView(x.template().id, x.template().code, x.template().channel, x.template().language,
                    x.template().version, x.subject(), x.body(),
                    x.missing().stream().map(TemplateVariable::placeholder).toList());
        }
    }
}
