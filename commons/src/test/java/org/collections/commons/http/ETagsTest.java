package org.collections.commons.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.collections.commons.problem.ProblemException;
import org.junit.jupiter.api.Test;

class ETagsTest {

    @Test
    void ifMatchAcceptsTheETagsThisApiReturns() {
        assertThat(ETags.expectedVersion(ETags.of(7))).isEqualTo(7);
        assertThat(ETags.expectedVersion("W/\"3\"")).isEqualTo(3);
        assertThat(ETags.expectedVersion(null)).isNull();
        assertThat(ETags.expectedVersion("*")).isNull();
        assertThatThrownBy(() -> ETags.expectedVersion("\"abc\"")).isInstanceOf(ProblemException.class)
                .extracting(e -> ((ProblemException) e).status()).isEqualTo(422);
    }
}
