package org.collections.commons.time;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.collections.commons.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Test-only time travel: moves the service clock by an offset. The endpoint exists only in a jar built with
 * {@code collections.test-clock=true} (the system-test build); in every other build it is not there at all (404),
 * and no runtime setting can bring it back.
 */
@Path("/test/clock")
@Tag(name = "Test only")
@IfBuildProperty(name = ClockProducer.TEST_CLOCK, stringValue = "true")
public class ClockControlResource {

    @Inject
    Clock clock;

    public record ClockState(Instant now, Duration offset) {
    }

    public record ClockChange(Duration offset) {
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public ClockState read() {
        return state(controllable());
    }

    @PUT
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move the service clock", description = "offset: ISO-8601 duration from the system clock, e.g. P12D")
    public ClockState move(ClockChange change) {
        ShiftableClock shiftable = controllable();
        if (change == null || change.offset() == null) {
            throw ProblemException.invalidField("offset", "is required");
        }
        shiftable.offset(change.offset());
        return state(shiftable);
    }

    private ShiftableClock controllable() {
        if (!(clock instanceof ShiftableClock shiftable)) {
            throw new ProblemException(404, "not-found", "Not found", "Clock control is not enabled");
        }
        return shiftable;
    }

    private static ClockState state(ShiftableClock clock) {
        return new ClockState(clock.instant(), clock.offset());
    }
}
