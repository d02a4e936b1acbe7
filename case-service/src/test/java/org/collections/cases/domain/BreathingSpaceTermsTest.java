package org.collections.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.collections.cases.domain.BreathingSpace.Type;
import org.collections.commons.rules.RuleViolation;
import org.junit.jupiter.api.Test;

class BreathingSpaceTermsTest {

    private static final BreathingSpaceTerms TERMS = new BreathingSpaceTerms(60, 30);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @Test
    void aStandardOneLastsSixtyDaysFromItsStart() {
        BreathingSpace space = TERMS.start(null, Type.STANDARD, TODAY, TODAY);
        assertThat(space.endsOn()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(space.inForce(TODAY)).isTrue();
        assertThat(space.inForce(LocalDate.of(2026, 4, 29))).isTrue();
        assertThat(space.inForce(LocalDate.of(2026, 4, 30))).isFalse();
        assertThat(space.inForce(LocalDate.of(2026, 2, 28))).isFalse();
    }

    @Test
    void aStandardOneEndsAtOnceWhenCancelled() {
        BreathingSpace space = TERMS.start(null, Type.STANDARD, TODAY.minusDays(10), TODAY);
        BreathingSpace ended = TERMS.end(space, TODAY, TODAY);
        assertThat(ended.endsOn()).isEqualTo(TODAY);
        assertThat(ended.inForce(TODAY)).isFalse();
    }

    @Test
    void aCrisisLastsUntilItEndsThenThirtyDays() {
        BreathingSpace space = TERMS.start(null, Type.MENTAL_HEALTH_CRISIS, TODAY, TODAY);
        assertThat(space.endsOn()).isNull();
        assertThat(space.inForce(TODAY.plusYears(2))).isTrue();
        LocalDate crisisEnd = TODAY.plusDays(100);
        BreathingSpace ended = TERMS.end(space, crisisEnd, crisisEnd);
        assertThat(ended.endsOn()).isEqualTo(crisisEnd.plusDays(30));
        assertThat(ended.inForce(crisisEnd.plusDays(29))).isTrue();
        assertThat(ended.inForce(crisisEnd.plusDays(30))).isFalse();
        assertThatThrownBy(() -> TERMS.end(ended, crisisEnd.plusDays(1), crisisEnd.plusDays(1)))
                .isInstanceOf(StateConflictException.class);
    }

    @Test
    void durationsAreConfigurable() {
        BreathingSpaceTerms terms = new BreathingSpaceTerms(45, 10);
        assertThat(terms.start(null, Type.STANDARD, TODAY, TODAY).endsOn()).isEqualTo(TODAY.plusDays(45));
        BreathingSpace crisis = terms.start(null, Type.MENTAL_HEALTH_CRISIS, TODAY, TODAY);
        assertThat(terms.end(crisis, TODAY, TODAY).endsOn()).isEqualTo(TODAY.plusDays(10));
    }

    @Test
    void startsAndEndsAreChecked() {
        BreathingSpace inForce = TERMS.start(null, Type.STANDARD, TODAY, TODAY);
        assertThatThrownBy(() -> TERMS.start(inForce, Type.MENTAL_HEALTH_CRISIS, TODAY, TODAY))
                .isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> TERMS.start(null, Type.STANDARD, TODAY.plusDays(1), TODAY))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("future");
        assertThatThrownBy(() -> TERMS.start(null, Type.STANDARD, TODAY.minusDays(60), TODAY))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> TERMS.end(null, TODAY, TODAY)).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> TERMS.end(inForce, TODAY.plusDays(1), TODAY)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> TERMS.end(inForce, TODAY.minusDays(1), TODAY)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void aCaseIsRestrictedOnlyWhileItsBreathingSpaceIsInForceWhateverItsStatus() {
        CollectionCase c = new CollectionCase();
        c.status = CaseStatus.IN_PLAN;
        c.currency = "GBP";
        c.totalDebt = new BigDecimal("100.00");
        c.paymentsReceived = BigDecimal.ZERO;
        c.setBreathingSpace(java.util.UUID.randomUUID(), TERMS.start(null, Type.STANDARD, TODAY, TODAY));
        assertThat(c.restrictions(TODAY)).containsExactly(Restriction.BREATHING_SPACE);
        assertThat(c.restrictions(TODAY.plusDays(59))).containsExactly(Restriction.BREATHING_SPACE);
        assertThat(c.restrictions(TODAY.plusDays(60))).isEmpty();
        assertThat(c.status).isEqualTo(CaseStatus.IN_PLAN);
    }
}
