package org.collections.system;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.awaitility.Awaitility;
import org.hamcrest.Matcher;

/** Waits for state that travels between services by events. */
final class Eventually {

    // events take a few seconds; the bound is for a build machine whose 2 cores several builds share
    static final Duration EVENT_DELIVERY = Duration.ofSeconds(60);

    private Eventually() {
    }

    static <T> T until(String what, Callable<T> value, Matcher<? super T> matcher) {
        return Awaitility.await(what).atMost(EVENT_DELIVERY).pollInterval(Duration.ofMillis(100)).until(value, matcher);
    }
}
