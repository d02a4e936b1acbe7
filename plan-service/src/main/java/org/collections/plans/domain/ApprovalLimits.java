package org.collections.plans.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Who may approve a settlement discount alone: collectors up to 10 %, supervisors up to 30 %, above that an
 * admin on behalf of the creditor (defaults; configurable).
 */
public record ApprovalLimits(BigDecimal collector, BigDecimal supervisor, BigDecimal admin) {

    public enum Role {
        COLLECTOR, SUPERVISOR, ADMIN
    }

    public BigDecimal limitOf(Role role) {
        return switch (role) {
            case COLLECTOR -> collector;
            case SUPERVISOR -> supervisor;
            case ADMIN -> admin;
        };
    }

    public boolean mayApprove(Role role, BigDecimal discountPercent) {
        return discountPercent.compareTo(limitOf(role)) <= 0;
    }

    /** The least senior role that may approve the discount. */
    public Role requiredRole(BigDecimal discountPercent) {
        for (Role role : Role.values()) {
            if (mayApprove(role, discountPercent)) {
                return role;
            }
        }
        return Role.ADMIN;
    }

    /** Discount in percent of the balance, to two decimals. */
    public static BigDecimal discountPercent(BigDecimal balance, BigDecimal settlementAmount) {
        if (balance.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        return balance.subtract(settlementAmount).multiply(BigDecimal.valueOf(100))
                .divide(balance, 2, RoundingMode.HALF_UP).max(BigDecimal.ZERO);
    }
}
