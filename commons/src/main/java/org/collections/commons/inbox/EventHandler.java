package org.collections.commons.inbox;

import io.smallrye.mutiny.Uni;
import org.collections.commons.outbox.EventEnvelope;

/** A service's reaction to one type of event; runs in the transaction that records the event in the inbox. */
public interface EventHandler {

    boolean handles(String eventType);

    Uni<Void> apply(EventEnvelope event);
}
