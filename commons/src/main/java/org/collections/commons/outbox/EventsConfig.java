package org.collections.commons.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Keys and rules for events between services. Each service signs what it sends with its own HMAC secret; a
 * receiver holds the secrets of the senders it accepts, by key id, and a list of the event types each sender may
 * send.
 */
@ConfigMapping(prefix = "events")
public interface EventsConfig {

    Signing signing();

    /**
     * The senders' secrets this service accepts events with: {@code keyId:sender:base64(secret),...}. Two ids per
     * sender during a rotation.
     */
    String verificationKeys();

    /** Per sender (its {@code outbox.source}), the event types it may send; {@code Plan*} matches a prefix. */
    Map<String, List<String>> senders();

    /** An event signed longer ago than this (or as far in the future) is refused. */
    @WithDefault("5m")
    Duration replayWindow();

    /** The most the event endpoint reads, before the signature is checked. */
    @WithDefault("262144")
    int maxBodyBytes();

    interface Signing {
        /** The id of this service's signing key, sent with every event. */
        String keyId();

        /** This service's own secret(s): {@code keyId:base64(secret of at least 256 bits),...}; the one named by keyId signs. */
        String keys();
    }
}
