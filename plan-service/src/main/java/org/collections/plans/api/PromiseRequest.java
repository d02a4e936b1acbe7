package org.collections.plans.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.collections.plans.domain.Promise;
import org.collections.plans.service.NewPromise;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A debtor's promise to pay an amount by a date")
public record PromiseRequest(
        @NotNull @Schema(description = "The case's id, as createCase returned it", examples = PlanExamples.CASE_ID) UUID caseId,
        @NotNull @Schema(type = SchemaType.STRING, description = "At most the case's balance", examples = "500.00") BigDecimal amount,
        @NotNull @Schema(description = "Today or later", examples = "2099-01-15") LocalDate dueDate,
        @NotNull @Schema(description = "How the promise was taken", examples = "CALL") Promise.Channel channel,
        @Size(max = 128) @Schema(deprecated = true, description = "Ignored: a promise is credited to the caller (the "
                + "token's subject)") String collector) {

    NewPromise toCommand() {
        return new NewPromise(caseId, amount, dueDate, channel);
    }
}
