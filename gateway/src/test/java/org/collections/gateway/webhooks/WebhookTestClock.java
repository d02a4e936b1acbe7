package org.collections.gateway.webhooks;

import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import org.collections.testsupport.MutableClock;

/** The application's clock in the webhook tests only (enabled by {@link WebhookTestProfile}): moved by hand. */
@Alternative
@Singleton
public class WebhookTestClock extends MutableClock {
}
