package org.collections.plans.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.collections.plans.domain.ApprovalLimits;
import org.collections.plans.domain.PlanRules;

/** Plan rules and approval limits, with per-creditor overrides of the rules. */
@ConfigMapping(prefix = "plans")
public interface PlanConfig {

    @WithDefault("1")
    BigDecimal tolerancePercent();

    @WithDefault("3")
    int graceDays();

    @WithDefault("10")
    int brokenAfterDaysPastDue();

    @WithDefault("2")
    int brokenAfterMissedInstallments();

    /** The most of the debtor's disposable monthly income an installment may take without an override. */
    @WithDefault("50")
    BigDecimal maxDisposableIncomeSharePercent();

    DiscountLimit discountLimit();

    /** Whoever proposes a plan or settlement may not approve it; a creditor may switch it off. */
    @WithDefault("true")
    boolean fourEyes();

    /** Per-creditor rules, e.g. {@code plans.creditor."ACME".grace-days=5}. */
    Map<String, CreditorRules> creditor();

    interface DiscountLimit {
        @WithDefault("10")
        BigDecimal collector();

        @WithDefault("30")
        BigDecimal supervisor();

        @WithDefault("100")
        BigDecimal admin();
    }

    interface CreditorRules {
        Optional<BigDecimal> tolerancePercent();

        Optional<Integer> graceDays();

        Optional<Integer> brokenAfterDaysPastDue();

        Optional<Integer> brokenAfterMissedInstallments();

        Optional<Boolean> fourEyes();
    }

    default boolean fourEyesFor(String creditorId) {
        CreditorRules own = creditorId == null ? null : creditor().get(creditorId);
        return own == null ? fourEyes() : own.fourEyes().orElse(fourEyes());
    }

    default PlanRules rulesFor(String creditorId) {
        CreditorRules own = creditorId == null ? null : creditor().get(creditorId);
        return new PlanRules(
                own == null ? tolerancePercent() : own.tolerancePercent().orElse(tolerancePercent()),
                own == null ? graceDays() : own.graceDays().orElse(graceDays()),
                own == null ? brokenAfterDaysPastDue() : own.brokenAfterDaysPastDue().orElse(brokenAfterDaysPastDue()),
                own == null ? brokenAfterMissedInstallments()
                        : own.brokenAfterMissedInstallments().orElse(brokenAfterMissedInstallments()));
    }

    default ApprovalLimits approvalLimits() {
        return new ApprovalLimits(discountLimit().collector(), discountLimit().supervisor(), discountLimit().admin());
    }
}
