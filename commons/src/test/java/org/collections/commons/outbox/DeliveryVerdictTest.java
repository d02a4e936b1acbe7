package org.collections.commons.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeliveryVerdictTest {

    @ParameterizedTest
    @ValueSource(ints = {408, 425, 429, 502, 503, 504})
    void anOutageIsRetriedHoweverLongItLasts(int status) {
        assertThat(DeliveryVerdict.of(status, 1_000, 10)).isEqualTo(DeliveryVerdict.OUTAGE);
    }

    @Test
    void noAnswerAtAllIsAnOutage() {
        assertThat(DeliveryVerdict.of(null, 1_000, 10)).isEqualTo(DeliveryVerdict.OUTAGE);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 410, 413, 415, 422})
    void anEventTheSubscriberCanNeverAcceptIsParkedAtOnce(int status) {
        assertThat(DeliveryVerdict.of(status, 0, 10)).isEqualTo(DeliveryVerdict.PARK);
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403, 404, 409, 500, 501})
    void otherErrorsAreCountedAndParkAtTheLimit(int status) {
        assertThat(DeliveryVerdict.of(status, 0, 10)).isEqualTo(DeliveryVerdict.REFUSED);
        assertThat(DeliveryVerdict.of(status, 8, 10)).isEqualTo(DeliveryVerdict.REFUSED);
        assertThat(DeliveryVerdict.of(status, 9, 10)).as("the tenth refusal").isEqualTo(DeliveryVerdict.PARK);
    }

    @Test
    void aLimitOfOneParksAtTheFirstError() {
        assertThat(DeliveryVerdict.of(500, 0, 1)).isEqualTo(DeliveryVerdict.PARK);
    }
}
