package org.collections.commons.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.collections.commons.problem.Problem;
import org.collections.commons.problem.ProblemException;
import org.junit.jupiter.api.Test;

class CursorPagingTest {

    @Test
    void theExtraRowFetchedSaysThereIsANextPageAndItsCursorIsTheLastItemShown() {
        CursorPage<Integer> page = CursorPage.of(List.of(1, 2, 3), 2, i -> "after-" + i);
        assertThat(page.items()).containsExactly(1, 2);
        assertThat(page.nextCursor()).isEqualTo("after-2");
        CursorPage<Integer> last = CursorPage.of(List.of(1, 2), 2, i -> "after-" + i);
        assertThat(last.items()).containsExactly(1, 2);
        assertThat(last.nextCursor()).isNull();
        assertThat(page.map(i -> "#" + i)).isEqualTo(new CursorPage<>(List.of("#1", "#2"), "after-2", 2));
    }

    @Test
    void cursorsCarryTheirKeysAndAnythingElseIsRefusedOnTheCursorField() {
        String cursor = Cursors.encode("2026-12-02T10:00:00Z", "3f1c");
        assertThat(Cursors.decode(cursor, 2)).containsExactly("2026-12-02T10:00:00Z", "3f1c");
        assertThat(Cursors.decode(null, 2)).isNull();
        for (String bad : new String[] {"not base64!", Cursors.encode("one"), "A".repeat(600)}) {
            assertRefused(() -> Cursors.decode(bad, 2), "cursor");
        }
    }

    @Test
    void pageSizesDefaultTo50AndStayBetween1And200() {
        assertThat(Cursors.limit(null)).isEqualTo(50);
        assertThat(Cursors.limit(1)).isEqualTo(1);
        assertThat(Cursors.limit(200)).isEqualTo(200);
        assertRefused(() -> Cursors.limit(0), "limit");
        assertRefused(() -> Cursors.limit(201), "limit");
    }

    @Test
    void enumParametersAreCaseInsensitiveAndAnUnknownValueListsTheAllowedOnes() {
        assertThat(QueryParams.enumValue("status", " active ", Status.class)).isEqualTo(Status.ACTIVE);
        assertThat(QueryParams.enumValue("status", "", Status.class)).isNull();
        assertThatThrownBy(() -> QueryParams.enumValue("status", "OPEN", Status.class))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.toProblem(null).errors())
                        .containsExactly(new Problem.FieldError("status", "must be one of [ACTIVE, CLOSED]")));
    }

    @Test
    void offsetPagesDeeperThanAMillionRowsAreRefusedBeforeAnyQuery() {
        assertThat(QueryParams.page(20_000, 50)).isEqualTo(20_000);
        assertRefused(() -> QueryParams.page(20_001, 50), "page");
    }

    private enum Status { ACTIVE, CLOSED }

    private static void assertRefused(Runnable call, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(422);
            assertThat(e.toProblem(null).errors()).extracting(Problem.FieldError::field).containsExactly(field);
        });
    }
}
