package org.collections.contact.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.collections.contact.compliance.RulePackCatalog;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The rule pack documents, loaded and checked once at startup: a bad document stops the service with a message
 * naming the file and the field.
 */
@Singleton
public class RulePackDocuments {

    private static final Logger LOG = Logger.getLogger(RulePackDocuments.class);

    @ConfigProperty(name = "contact.rule-packs.directory", defaultValue = "rule-packs")
    String directory;

    private volatile RulePackCatalog catalog;

    void onStart(@Observes StartupEvent event) {
        RulePackCatalog loaded = catalog();
        LOG.infof("rule packs loaded from %s: %s", directory, loaded.packIds().stream()
                .flatMap(id -> loaded.versions(id).stream()).map(p -> p.version()).toList());
    }

    public RulePackCatalog catalog() {
        RulePackCatalog loaded = catalog;
        if (loaded == null) {
            synchronized (this) {
                if (catalog == null) {
                    catalog = RulePackFiles.load(Thread.currentThread().getContextClassLoader(), directory);
                }
                loaded = catalog;
            }
        }
        return loaded;
    }
}
