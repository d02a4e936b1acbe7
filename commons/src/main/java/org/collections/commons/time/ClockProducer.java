package org.collections.commons.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every time-dependent rule takes this {@link Clock}; tests replace it to travel in time. With
 * {@code testing.clock-control.enabled} (the {@code system-test} profile only) it can be moved through
 * {@link ClockControlResource}.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @DefaultBean
    @Singleton
    Clock clock(@ConfigProperty(name = ClockControlResource.ENABLED, defaultValue = "false") boolean controllable) {
        return controllable ? new ShiftableClock(Clock.systemUTC()) : Clock.systemUTC();
    }
}
