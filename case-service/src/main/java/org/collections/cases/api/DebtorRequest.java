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
        @NotBlank @Size(max = 200) @Schema(description = "Full name, up to 200 characters", examples = "Li Wei")
        String fullName,
        @Size(max = 64) @Schema(description = "National id number; optional. Identifies the debtor: a second "
                + "registration with it returns the existing debtor", examples = "110101199003071234") String nationalId,
        @Size(max = 10) @Schema(description = "Up to 10 international numbers (+86 138 0013 8000), stored in E.164; a "
                + "number that is not a valid phone number is a 422")
        List<@NotBlank @Size(max = 40) String> phones,
        @Schema(description = "Up to 10 e-mail addresses; the domain is stored in lower case")
        @Size(max = 10) List<@NotBlank @Size(max = 254) String> emails,
        @Schema(description = "Postal address; optional") @Valid AddressRequest address,
        @NotBlank @Schema(description = "IANA time zone where the debtor lives; contact hours are checked in it",
                examples = "Asia/Shanghai") String timeZone,
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code like US, CN, UK")
        @Schema(description = "ISO 3166 country code; selects the compliance rule pack (US, CN, UK)", examples = "CN")
        String jurisdiction,
        @Pattern(regexp = "[a-z]{2,3}(-[A-Z]{2})?", message = "must be a language tag like en or zh-CN")
        @Schema(description = "Language tag for messages, like en or zh-CN; optional", examples = "zh-CN")
        String preferredLanguage,
        @Schema(description = "How the debtor asked to be contacted; optional")
        @Valid ContactPreferences contactPreferences) {

    /** Valid phones become E.164 and e-mail domains lower case; invalid values stay as sent, to be rejected (422). */
    public DebtorRequest {
        phones = phones == null ? null : phones.stream().map(p -> canonicalOr(ContactAddresses.e164(p), p)).toList();
        emails = emails == null ? null : emails.stream().map(e -> canonicalOr(ContactAddresses.email(e), e)).toList();
    }

    private static String canonicalOr(String canonical, String raw) {
        return canonical == null ? raw : canonical;
    }

    @Schema(description = "A postal address; encrypted at rest, never shown to agencies")
    public record AddressRequest(
            @NotBlank @Size(max = 200) @Schema(description = "Street and number", examples = "88 Century Avenue")
            String line1,
            @Size(max = 200) @Schema(description = "Building, floor, flat; optional") String line2,
            @NotBlank @Size(max = 100) @Schema(description = "City", examples = "Shanghai") String city,
            @Size(max = 100) @Schema(description = "State, province or county; optional") String region,
            @Size(max = 20) @Schema(description = "Postal code; optional", examples = "200120") String postalCode,
            @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code")
            @Schema(description = "ISO 3166 country code", examples = "CN") String country) {
    }

    @Schema(description = "How the debtor asked to be contacted.")
    public record ContactPreferences(
            @Schema(description = "The channels the debtor prefers; empty or absent: no preference")
            List<Channel> channels,
            @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]", message = "must be HH:mm")
            @Schema(description = "Earliest local time (HH:mm, the debtor's time zone) for contact; optional",
                    examples = "09:00") String notBefore,
            @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]", message = "must be HH:mm")
            @Schema(description = "Latest local time (HH:mm, the debtor's time zone) for contact; optional",
                    examples = "20:00") String notAfter) {
    }

    // Word for word contact-service's description of its Channel, so that the merged API document keeps one schema
    @Schema(description = "A way of contacting a debtor. CALL: telephone call; SMS: text message; EMAIL: e-mail; "
            + "LETTER: postal letter; VISIT: a visit in person.")
    public enum Channel {
        CALL, SMS, EMAIL, LETTER, VISIT
    }
}
