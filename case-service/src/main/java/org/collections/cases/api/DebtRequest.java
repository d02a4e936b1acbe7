package org.collections.cases.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.collections.cases.domain.Debt;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One obligation. Amounts are decimal strings at the currency's minor unit.")
public record DebtRequest(
        @NotNull @Schema(description = "Kind of credit product", examples = "CREDIT_CARD") Debt.Product product,
        @Size(max = 64) @Schema(description = "The creditor's account reference, up to 64 characters; optional",
                examples = "CC-4421") String accountRef,
        @NotNull @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, examples = "1200.00",
                description = "Principal owed: decimal string, not negative, at most the currency's decimals")
        BigDecimal principal,
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, examples = "85.50",
                description = "Interest owed: decimal string like principal; 0 when absent") BigDecimal interest,
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, examples = "25.00",
                description = "Fees owed: decimal string like principal; 0 when absent") BigDecimal fees,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code like CNY")
        @Schema(description = "ISO 4217 code; the same for every debt of the case", examples = "CNY") String currency,
        @NotNull @Schema(description = "Date of the oldest unpaid amount, not in the future; days past due count from "
                + "it", examples = "2026-08-15") LocalDate oldestUnpaidDate,
        @Schema(description = "When the creditor charged the debt off; optional") LocalDate chargeOffDate,
        @Schema(description = "When the debt becomes time-barred; optional") LocalDate limitationDate) {
}
