package org.collections.cases.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.collections.commons.contactpoints.ContactAddresses;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A debtor's identity and how to reach them. Personal data is encrypted at rest.")
public record DebtorRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "Li Wei") String fullName,
        @Size(max = 64) @Schema(examples = "110101199003071234") String nationalId,
        @Size(max = 10) @Schema(description = "International numbers (+86 138 0013 8000), stored in E.164")
        List<@NotBlank @Size(max = 40) String> phones,
        @Size(max = 10) List<@NotBlank @Size(max = 254) String> emails,
        @Valid AddressRequest address,
        @NotBlank @Schema(description = "IANA time zone", examples = "Asia/Shanghai") String timeZone,
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code like US, CN, UK")
        @Schema(examples = "CN") String jurisdiction,
        @Pattern(regexp = "[a-z]{2,3}(-[A-Z]{2})?", message = "must be a language tag like en or zh-CN")
        @Schema(examples = "zh-CN") String preferredLanguage,
        @Valid ContactPreferences contactPreferences) {

    /** Valid phones become E.164 and e-mail domains lower case; invalid values stay as sent, to be rejected (422). */
    public DebtorRequest {
        phones = phones == null ? null : phones.stream().map(p -> canonicalOr(ContactAddresses.e164(p), p)).toList();
        emails = emails == null ? null : emails.stream().map(e -> canonicalOr(ContactAddresses.email(e), e)).toList();
    }

    private static String canonicalOr(String canonical, String raw) {
        return canonical == null ? raw : canonical;
    }

    public record AddressRequest(
            @NotBlank @Size(max = 200) String line1,
            @Size(max = 200) String line2,
            @NotBlank @Size(max = 100) String city,
            @Size(max = 100) String region,
            @Size(max = 20) String postalCode,
            @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code") String country) {
    }

    @Schema(description = "How the debtor asked to be contacted.")
    public record ContactPreferences(
            List<Channel> channels,
            @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]", message = "must be HH:mm") String notBefore,
            @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]", message = "must be HH:mm") String notAfter) {
    }

    public enum Channel {
        CALL, SMS, EMAIL, LETTER, VISIT
    }
}
