package org.collections.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.collections.commons.rules.RuleViolation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CaseStatusTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    /** The lifecycle as the business states it, written out independently of the implementation. */
    private static final Map<CaseStatus, Set<CaseStatus>> LEGAL = Map.of(
            CaseStatus.NEW, EnumSet.of(CaseStatus.ACTIVE, CaseStatus.DISPUTED, CaseStatus.PAUSED, CaseStatus.CLOSED),
            CaseStatus.ACTIVE, EnumSet.of(CaseStatus.PROMISE_TO_PAY, CaseStatus.IN_PLAN, CaseStatus.DISPUTED,
                    CaseStatus.PAUSED, CaseStatus.LEGAL, CaseStatus.CLOSED),
            CaseStatus.PROMISE_TO_PAY, EnumSet.of(CaseStatus.ACTIVE, CaseStatus.IN_PLAN, CaseStatus.DISPUTED,
                    CaseStatus.PAUSED, CaseStatus.CLOSED),
            CaseStatus.IN_PLAN, EnumSet.of(CaseStatus.ACTIVE, CaseStatus.DISPUTED, CaseStatus.PAUSED, CaseStatus.CLOSED),
            CaseStatus.DISPUTED, EnumSet.of(CaseStatus.ACTIVE, CaseStatus.CLOSED),
            CaseStatus.PAUSED, EnumSet.of(CaseStatus.ACTIVE, CaseStatus.LEGAL, CaseStatus.CLOSED),
            CaseStatus.LEGAL, EnumSet.of(CaseStatus.ACTIVE, CaseStatus.PAUSED, CaseStatus.CLOSED),
            CaseStatus.CLOSED, EnumSet.noneOf(CaseStatus.class));

    @ParameterizedTest
    @EnumSource(CaseStatus.class)
    void everyMoveIsLegalExactlyWhenTheLifecycleSaysSo(CaseStatus from) {
        for (CaseStatus to : CaseStatus.values()) {
            CollectionCase c = caseIn(from);
            CloseReason reason = to == CaseStatus.CLOSED ? CloseReason.WRITTEN_OFF : null;
            LocalDate pause = to == CaseStatus.PAUSED ? LocalDate.of(2027, 1, 31) : null;
            PauseType type = to == CaseStatus.PAUSED ? PauseType.HARDSHIP : null;
            if (LEGAL.get(from).contains(to)) {
                c.moveTo(to, reason, pause, type, Instant.EPOCH);
                assertThat(c.status).as(from + " -> " + to).isEqualTo(to);
            } else {
                assertThatThrownBy(() -> c.moveTo(to, reason, pause, type, Instant.EPOCH)).as(from + " -> " + to)
                        .isInstanceOf(IllegalTransitionException.class);
                assertThat(c.status).isEqualTo(from);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = CaseStatus.class, names = "CLOSED", mode = EnumSource.Mode.EXCLUDE)
    void closingNeedsAReasonAndPausingAnEndDate(CaseStatus from) {
        CollectionCase c = caseIn(from);
        if (from.canMoveTo(CaseStatus.CLOSED)) {
            assertThatThrownBy(() -> c.moveTo(CaseStatus.CLOSED, null, null, null, Instant.EPOCH))
                    .isInstanceOf(RuleViolation.class).hasMessageContaining("required");
        }
        if (from.canMoveTo(CaseStatus.PAUSED)) {
            assertThatThrownBy(() -> c.moveTo(CaseStatus.PAUSED, null, null, PauseType.HARDSHIP, Instant.EPOCH))
                    .isInstanceOf(RuleViolation.class);
            assertThatThrownBy(() -> c.moveTo(CaseStatus.PAUSED, null, LocalDate.of(2027, 1, 31), null, Instant.EPOCH))
                    .isInstanceOf(RuleViolation.class).hasMessageContaining("required");
        }
        assertThat(c.status).isEqualTo(from);
    }

    @ParameterizedTest
    @EnumSource(CaseStatus.class)
    void restrictionsFollowStatusAndFlags(CaseStatus status) {
        CollectionCase c = caseIn(status);
        Set<Restriction> expected = EnumSet.noneOf(Restriction.class);
        switch (status) {
            case DISPUTED -> expected.add(Restriction.DISPUTED);
            case PAUSED -> expected.add(Restriction.PAUSED);
            case CLOSED -> expected.add(Restriction.CLOSED);
            default -> {
            }
        }
        assertThat(c.restrictions(TODAY)).isEqualTo(expected);
        c.ceaseCommunication = true;
        assertThat(c.restrictions(TODAY)).contains(Restriction.CEASE_COMMUNICATION);
    }

    private static CollectionCase caseIn(CaseStatus status) {
        CollectionCase c = new CollectionCase();
        c.status = status;
        c.currency = "USD";
        c.totalDebt = new BigDecimal("100.00");
        c.paymentsReceived = BigDecimal.ZERO;
        return c;
    }
}
