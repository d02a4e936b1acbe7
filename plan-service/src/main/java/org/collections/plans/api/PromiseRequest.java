package org.collections.plans.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.collections.plans.domain.Promise;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A debtor's promise to pay an amount by a date")
public record PromiseRequest(
        @NotNull UUID caseId,
        @NotNull @Schema(type = SchemaType.STRING, examples = "500.00") BigDecimal amount,
        @NotNull @Schema(examples = "2026-12-05") LocalDate dueDate,
        @NotNull @Schema(examples = "CALL") Promise.Channel channel,
        @Size(max = 128) @Schema(deprecated = true, description = "Ignored: a promise is credited to the caller (the "
                + "token's subject)") String collector) {

    /** {@code collector} is whoever took the promise: always the caller (the token's subject). */
    public record View(UUID id, UUID caseId, String amount, String currency, LocalDate dueDate, Promise.Channel channel,
            String collector, Promise.Status status, String paid, Instant createdAt, Instant resolvedAt) {
    }
}
