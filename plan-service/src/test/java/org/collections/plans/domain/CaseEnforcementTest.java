package org.collections.plans.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.collections.plans.domain.CaseEnforcement.Change;
import org.junit.jupiter.api.Test;

class CaseEnforcementTest {

    private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");
    private static final Instant T1 = Instant.parse("2026-12-10T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-12-22T10:00:00Z");

    private final CaseEnforcement replica = CaseEnforcement.unrestricted(UUID.randomUUID(), 1, T0);

    @Test
    void everyRestrictionButClosedHoldsEnforcement() {
        assertThat(EnumSet.allOf(Restriction.class).stream().filter(Restriction::holdsEnforcement))
                .containsExactlyInAnyOrder(Restriction.DISPUTED, Restriction.PAUSED, Restriction.BREATHING_SPACE,
                        Restriction.CEASE_COMMUNICATION, Restriction.BANKRUPTCY, Restriction.DECEASED);
        assertThat(replica.apply(Set.of(Restriction.CLOSED), 2, T0, T0).change()).isEqualTo(Change.NONE);
        assertThat(replica.held()).isFalse();
        assertThat(Restriction.parse("SOMETHING_NEW")).isEmpty();
    }

    @Test
    void aHoldStartsWhenAHoldingRestrictionAppearsAndEndsWhenNoneIsLeft() {
        assertThat(replica.apply(Set.of(Restriction.DISPUTED), 2, T0, T0).change()).isEqualTo(Change.STARTED);
        assertThat(replica.heldSince).isEqualTo(T0);
        var widened = replica.apply(Set.of(Restriction.DISPUTED, Restriction.PAUSED), 3, T1, T1);
        assertThat(widened.change()).isEqualTo(Change.WIDENED);
        assertThat(replica.heldSince).isEqualTo(T0);
        assertThat(replica.apply(Set.of(Restriction.PAUSED), 4, T1, T1).change()).isEqualTo(Change.NONE);
        var ended = replica.apply(Set.of(), 5, T2, T2);
        assertThat(ended.change()).isEqualTo(Change.ENDED);
        assertThat(ended.ended()).isEqualTo(new EnforcementHold(T0, T2));
        assertThat(ended.restrictions()).containsExactlyInAnyOrder(Restriction.DISPUTED, Restriction.PAUSED);
        assertThat(replica.held()).isFalse();
        assertThat(replica.caseVersion).isEqualTo(5);
    }

    @Test
    void lateDuplicateAndOutOfOrderChangesChangeNothing() {
        replica.apply(Set.of(Restriction.DISPUTED), 4, T0, T0);
        assertThat(replica.apply(Set.of(Restriction.DISPUTED), 4, T0, T0).change()).isEqualTo(Change.NONE); // duplicate
        assertThat(replica.apply(Set.of(), 3, T1, T1).change()).isEqualTo(Change.NONE); // older, arriving late
        assertThat(replica.held()).isTrue();
        assertThat(replica.apply(Set.of(), 6, T2, T2).change()).isEqualTo(Change.ENDED);
        assertThat(replica.apply(Set.of(Restriction.DISPUTED), 5, T1, T1).change()).isEqualTo(Change.NONE);
        assertThat(replica.held()).isFalse();
        assertThat(replica.caseVersion).isEqualTo(6);
    }

    @Test
    void anEndStampedBeforeTheHoldBeganEndsItWithoutLength() {
        replica.apply(Set.of(Restriction.BREATHING_SPACE), 2, T1, T1);
        var ended = replica.apply(Set.of(), 3, T0, T1);
        assertThat(ended.ended().lengthInDays()).isZero();
    }
}
