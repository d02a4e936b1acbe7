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
            @Schema(examples = "FIRST_REMINDER") String code,
            @NotNull @Schema(description = "SMS, EMAIL or LETTER") Channel channel,
            @NotBlank @Schema(description = "BCP 47 language tag", examples = "en") String language,
            @Schema(description = "Rule packs the template is written for (US_REGF, CN, UK_CONC); none: generic. SMS and "
                    + "EMAIL templates for US_REGF must contain {{optOutText}}, and only such templates may be sent "
                    + "under US_REGF.", examples = "[\"US_REGF\"]") Set<@NotBlank String> rulePacks,
            @Size(max = 200) @Schema(description = "EMAIL and LETTER only", examples = "Your account with {{creditorId}}") String subject,
            @NotBlank @Size(max = 10_000) @Schema(examples = "Hello {{debtorName}}, {{amountDue}} was due on {{dueDate}}. {{optOutText}}") String body) {
    }

    @Schema(description = "New content of a template; code, channel and language never change. " + VARIABLES)
    public record TemplateUpdate(Set<@NotBlank String> rulePacks, @Size(max = 200) String subject,
            @NotBlank @Size(max = 10_000) String body) {
    }

    public record TemplateView(UUID id, String code, Channel channel, String language, List<String> rulePacks,
            String subject, String body, List<String> variables, int version, Instant createdAt, String createdBy,
            Instant updatedAt, String updatedBy) {
    }

    @Schema(description = "Render a template: with sample variables, or with the variables of a case (then the "
            + "debtor's preferred language is used unless a language is given)")
    public record PreviewRequest(@NotNull Channel channel,
            @Schema(description = "Default: the debtor's preferred language, or en", examples = "zh-CN") String language,
            @Schema(description = "Take the variables from this case") UUID caseId,
            @Schema(description = "Sample values by variable name; amountDue is a decimal and needs currency, dueDate is "
                    + "an ISO date", examples = "{\"debtorName\":\"Li Wei\",\"amountDue\":\"1015.5\",\"currency\":\"CNY\",\"dueDate\":\"2026-11-30\"}")
            Map<String, String> variables) {
    }

    public record PreviewView(UUID templateId, String code, Channel channel, String language, int templateVersion,
            String subject, String body, List<String> missingVariables) {
    }
}
