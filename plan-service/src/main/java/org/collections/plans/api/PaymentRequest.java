package org.collections.plans.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import org.collections.plans.service.NewPayment;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Money received towards a plan")
public record PaymentRequest(
        @NotNull @Schema(type = SchemaType.STRING, description = "Amount received: a positive decimal string with at "
                + "most the currency's decimals", examples = "833.33") BigDecimal amount,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code")
        @Schema(description = "ISO 4217 code; must be the plan's (or promise's) currency", examples = "CNY")
        String currency,
        @NotBlank @Size(max = 128) @Schema(description = "The payer's or processor's reference; a payment is counted once per reference", examples = "BANK-TX-20261215-0042") String payerReference,
        @Schema(description = "When the money was received; default now", examples = "2026-12-15T09:30:00Z") Instant receivedAt) {

    NewPayment toCommand() {
        return new NewPayment(amount, currency, payerReference, receivedAt);
    }

    @Schema(name = "PaymentReversal", description = "Why a payment is reversed")
    public record Reversal(@NotBlank @Size(max = 500) @Schema(description = "Why, up to 500 characters; audited",
            examples = "Chargeback: card reported stolen") String reason) {
    }
}
