package org.collections.cases.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.collections.cases.domain.BreathingSpaceTerms;
import org.collections.cases.domain.BucketPolicy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class DelinquencyConfig {

    @Produces
    @Singleton
    BucketPolicy bucketPolicy(@ConfigProperty(name = "delinquency.buckets", defaultValue = BucketPolicy.DEFAULT_SPEC) String spec) {
        return BucketPolicy.parse(spec);
    }

    @Produces
    @Singleton
    BreathingSpaceTerms breathingSpaceTerms(CasesConfig config) {
        return new BreathingSpaceTerms(config.breathingSpace().standardDays(), config.breathingSpace().crisisAfterDays());
    }
}
