package org.collections.contact.service;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Tries the contact steps that wait for a permitted time; every replica may run it (claims skip locked rows). */
@ApplicationScoped
public class ContactStepJob {

    private static final Logger LOG = Logger.getLogger(ContactStepJob.class);

    @Inject
    ContactStepService steps;

    @ConfigProperty(name = "contact.steps.batch-size", defaultValue = "100")
    int batchSize;

    @Scheduled(every = "{contact.steps.drain-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> drain() {
        return steps.drain(batchSize).invoke(tried -> {
            if (tried > 0) {
                LOG.infof("Contact steps: %d due steps tried", tried);
            }
        }).replaceWithVoid();
    }
}
