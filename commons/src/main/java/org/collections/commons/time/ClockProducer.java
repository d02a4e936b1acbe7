package org.collections.commons.time;

import io.quarkus.arc.DefaultBean;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.arc.properties.UnlessBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Every time-dependent rule takes this {@link Clock}; tests replace it to travel in time. Only a jar BUILT with
 * {@code collections.test-clock=true} (the system-test build, see the parent pom) gets a {@link ShiftableClock} and
 * {@link ClockControlResource}; a production jar has neither, whatever its runtime configuration says.
 */
@ApplicationScoped
public class ClockProducer {

    /** The build-time property that puts time travel into a jar. */
    public static final String TEST_CLOCK = "collections.test-clock";

    @Produces
    @DefaultBean
    @Singleton
    @UnlessBuildProperty(name = TEST_CLOCK, stringValue = "true", enableIfMissing = true)
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @DefaultBean
    @Singleton
    @IfBuildProperty(name = TEST_CLOCK, stringValue = "true")
    Clock shiftableClock() {
        return new ShiftableClock(Clock.systemUTC());
    }
}
