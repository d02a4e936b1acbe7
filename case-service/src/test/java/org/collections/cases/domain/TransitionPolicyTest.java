package org.collections.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.collections.cases.domain.TransitionPolicy.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every role × from × to, against the table as the business states it (written out here, not derived from the
 * policy). A = allowed, X = not in the lifecycle, D = through the dispute endpoints, P = only on plan-service events,
 * F = the role may not.
 */
class TransitionPolicyTest {

    // columns:                     NEW ACTIVE PTP IN_PLAN DISPUTED PAUSED LEGAL CLOSED
    private static final Map<CaseStatus, String> SUPERVISORY = Map.of(
            CaseStatus.NEW,            "X A X X D A X A",
            CaseStatus.ACTIVE,         "X X P P D A A A",
            CaseStatus.PROMISE_TO_PAY, "X P X P D A X A",
            CaseStatus.IN_PLAN,        "X P X X D A X A",
            CaseStatus.DISPUTED,       "X D X X X X X A",
            CaseStatus.PAUSED,         "X A X X X X A A",
            CaseStatus.LEGAL,          "X A X X X A X A",
            CaseStatus.CLOSED,         "X X X X X X X X");

    private static final Map<CaseStatus, String> COLLECTOR = Map.of(
            CaseStatus.NEW,            "X A X X D A X F",
            CaseStatus.ACTIVE,         "X X P P D A F F",
            CaseStatus.PROMISE_TO_PAY, "X P X P D A X F",
            CaseStatus.IN_PLAN,        "X P X X D A X F",
            CaseStatus.DISPUTED,       "X D X X X X X F",
            CaseStatus.PAUSED,         "X A X X X X F F",
            CaseStatus.LEGAL,          "X F X X X F X F",
            CaseStatus.CLOSED,         "X X X X X X X X");

    private static final Map<CaseStatus, String> AGENCY = Map.of(
            CaseStatus.NEW,            "X A X X D A X F",
            CaseStatus.ACTIVE,         "X X P P D A F F",
            CaseStatus.PROMISE_TO_PAY, "X P X P D A X F",
            CaseStatus.IN_PLAN,        "X P X X D A X F",
            CaseStatus.DISPUTED,       "X D X X X X X F",
            CaseStatus.PAUSED,         "X F X X X X F F",
            CaseStatus.LEGAL,          "X F X X X F X F",
            CaseStatus.CLOSED,         "X X X X X X X X");

    private static final String NOTHING = "F F F F F F F F";

    private static final CaseStatus[] COLUMNS = {CaseStatus.NEW, CaseStatus.ACTIVE, CaseStatus.PROMISE_TO_PAY,
            CaseStatus.IN_PLAN, CaseStatus.DISPUTED, CaseStatus.PAUSED, CaseStatus.LEGAL, CaseStatus.CLOSED};

    static Stream<Arguments> table() {
        List<Arguments> rows = new ArrayList<>();
        for (StaffRole role : StaffRole.values()) {
            for (CaseStatus from : CaseStatus.values()) {
                String row = switch (role) {
                    case ADMIN, SUPERVISOR -> SUPERVISORY.get(from);
                    case COLLECTOR -> COLLECTOR.get(from);
                    case AGENCY -> AGENCY.get(from);
                    case AUDITOR -> NOTHING;
                };
                String[] cells = row.split(" ");
                for (int i = 0; i < COLUMNS.length; i++) {
                    rows.add(Arguments.of(role, from, COLUMNS[i], outcome(cells[i])));
                }
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}: {1} -> {2} is {3}")
    @MethodSource("table")
    void everyRoleFromAndTo(StaffRole role, CaseStatus from, CaseStatus to, Outcome expected) {
        assertThat(TransitionPolicy.decide(role, from, to)).isEqualTo(expected);
    }

    @Test
    void theTableCoversEveryCombination() {
        assertThat(table().count()).isEqualTo((long) StaffRole.values().length * CaseStatus.values().length
                * CaseStatus.values().length);
    }

    @Test
    void onlySupervisorsAndAdminsWriteOff() {
        assertThat(Stream.of(StaffRole.values()).filter(TransitionPolicy::mayWriteOff))
                .containsExactlyInAnyOrder(StaffRole.ADMIN, StaffRole.SUPERVISOR);
    }

    private static Outcome outcome(String cell) {
        return switch (cell) {
            case "A" -> Outcome.ALLOWED;
            case "X" -> Outcome.ILLEGAL;
            case "D" -> Outcome.USE_DISPUTES;
            case "P" -> Outcome.USE_PLAN_SERVICE;
            case "F" -> Outcome.FORBIDDEN;
            default -> throw new IllegalArgumentException(cell);
        };
    }
}
