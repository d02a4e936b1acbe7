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
        @NotNull Debt.Product product,
        @Size(max = 64) @Schema(examples = "CC-4421") String accountRef,
        @NotNull @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, examples = "1200.00") BigDecimal principal,
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, examples = "85.50") BigDecimal interest,
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, examples = "25.00") BigDecimal fees,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code like CNY") @Schema(examples = "CNY") String currency,
        @NotNull @Schema(description = "Date of the oldest unpaid amount", examples = "2026-08-15") LocalDate oldestUnpaidDate,
        LocalDate chargeOffDate,
        LocalDate limitationDate) {
}
