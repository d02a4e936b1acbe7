package org.collections.plans;

import io.quarkus.vertx.VertxContextSupport;
import org.collections.commons.outbox.OutboxRelay;
import org.collections.testsupport.Jdbc;

/** Delivers plan-service's pending events to the case-service process now (the relay is off in tests). */
public final class Relay {

    private Relay() {
    }

    public static void drain(OutboxRelay relay) throws Throwable {
        for (int i = 0; i < 30 && Jdbc.count("select count(*) from outbox_delivery where status = 'PENDING'") > 0; i++) {
            VertxContextSupport.subscribeAndAwait(() -> relay.relayOnce());
        }
    }
}
