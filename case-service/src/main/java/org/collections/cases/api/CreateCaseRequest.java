package org.collections.cases.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.collections.commons.ids.Identifiers;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new case: the creditor's reference, the debtor (existing by id, or new) and the debts.")
public record CreateCaseRequest(
        @NotBlank @Size(max = 64) @Schema(examples = "ACME-BANK", description = "Canonicalised (NFKC, upper-case), "
                + "then must match the pattern (422 otherwise)", pattern = Identifiers.PATTERN) String creditorId,
        @NotBlank @Size(max = 128) @Schema(description = "The creditor's own reference; unique per creditor; NFKC, then "
                + "must match the pattern (422 otherwise)", examples = "ACC-000123", pattern = Identifiers.REFERENCE_PATTERN) String externalRef,
        @Schema(description = "An existing debtor; give either this or debtor") UUID debtorId,
        @Schema(description = "A debtor to register with the case; give either this or debtorId. A debtor with the "
                + "same national id is re-used as stored") @Valid DebtorRequest debtor,
        @Schema(description = "1 to 50 debts, all in one currency, which becomes the case's currency")
        @NotEmpty @Size(max = 50) List<@Valid DebtRequest> debts) {
}
