package org.collections.cases.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.collections.cases.domain.RetentionPolicies;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The retention policies: the document shipped with the service, or the one at {@code retention.policies-file}
 * (a file an operator mounts, e.g. from a ConfigMap). Read and checked at startup.
 */
@ApplicationScoped
public class RetentionConfig {

    static final String BUILT_IN = "retention/retention-policies.yaml";

    @Produces
    @Singleton
    RetentionPolicies retentionPolicies(@ConfigProperty(name = "retention.policies-file") Optional<String> file) {
        try (InputStream in = file.isPresent() ? Files.newInputStream(Path.of(file.get()))
                : Thread.currentThread().getContextClassLoader().getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException(BUILT_IN + " is missing from the class path");
            }
            return RetentionPolicyFile.read(file.orElse(BUILT_IN), in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the retention policies " + file.orElse(BUILT_IN), e);
        }
    }

    void checkAtStartup(@Observes StartupEvent start, RetentionPolicies policies) {
        policies.versions();
    }
}
