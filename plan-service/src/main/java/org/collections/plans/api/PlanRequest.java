package org.collections.plans.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.collections.plans.domain.Frequency;
import org.collections.plans.domain.PlanOffer;
import org.collections.plans.domain.PlanType;
import org.collections.plans.domain.ScheduleMethod;
import org.collections.plans.service.NewPlan;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A proposed plan. Amounts are decimal strings in the case's currency.")
public record PlanRequest(
        @NotNull @Schema(description = "The case's id, as createCase returned it", examples = PlanExamples.CASE_ID) UUID caseId,
        @NotNull @Schema(description = "Installment, settlement or hardship plan", examples = "INSTALLMENT")
        PlanType type,
        @NotNull @Schema(type = SchemaType.STRING, description = "What the plan repays before interest; for a settlement the settlement amount. At most the case's balance.", examples = "1200.00") BigDecimal amount,
        @NotNull @Min(1) @Max(600) @Schema(description = "Number of regular installments, 1 to 600 (a down payment "
                + "comes on top)", examples = "12") Integer installments,
        @NotNull @Schema(description = "How often installments fall due", examples = "MONTHLY") Frequency frequency,
        @NotNull @Schema(description = "Today or later", examples = "2099-01-15") LocalDate firstDueDate,
        @Schema(type = SchemaType.STRING, description = "Nominal annual rate in percent; 0 or absent for none", examples = "0") BigDecimal annualInterestRate,
        @Schema(description = "Default EQUAL_INSTALLMENTS") ScheduleMethod method,
        @Schema(type = SchemaType.STRING, description = "Paid before the first installment; less than the amount", examples = "100.00") BigDecimal downPayment,
        @Schema(description = "Required with a down payment; before firstDueDate", examples = "2099-01-01") LocalDate downPaymentDate,
        @Schema(description = "Settlement offers only (required there): the last day the offer can be approved", examples = "2099-01-10") LocalDate offerExpiresOn,
        @Schema(description = "The debtor's stated monthly budget; optional. When given, the largest installment "
                + "(as a monthly amount) must fit the allowed share of disposable income") @Valid Affordability affordability,
        @Schema(description = "Save as DRAFT instead of submitting for approval", examples = "false") Boolean draft) {

    NewPlan toCommand() {
        return new NewPlan(caseId, new PlanOffer(type, amount, installments, frequency, firstDueDate, annualInterestRate,
                method, downPayment, downPaymentDate, offerExpiresOn, affordability == null ? null
                        : new PlanOffer.Budget(affordability.monthlyIncome(), affordability.monthlyExpenses(),
                                affordability.overrideReason())),
                Boolean.TRUE.equals(draft));
    }

    @Schema(description = "The debtor's stated monthly budget; an installment above the allowed share of disposable "
            + "income is refused unless a supervisor overrides it with a reason")
    public record Affordability(
            @NotNull @Schema(type = SchemaType.STRING, description = "Monthly net income, decimal string in the case's "
                    + "currency", examples = "8000.00") BigDecimal monthlyIncome,
            @NotNull @Schema(type = SchemaType.STRING, description = "Monthly essential expenses, decimal string in the "
                    + "case's currency", examples = "6500.00") BigDecimal monthlyExpenses,
            @Size(max = 500) @Schema(description = "Supervisor override: why the plan is accepted anyway") String overrideReason) {
    }

    @Schema(name = "PlanDecision", description = "Why a plan is submitted, approved or cancelled")
    public record Decision(@NotBlank @Size(max = 500) @Schema(description = "Why, up to 500 characters; audited",
            examples = "Debtor agreed by phone") String reason) {
    }
}
