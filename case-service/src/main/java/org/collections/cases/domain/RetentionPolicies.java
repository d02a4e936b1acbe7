package org.collections.cases.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every version of every jurisdiction's retention policy; the one in force on a day is the latest that started by it. */
public record RetentionPolicies(List<RetentionPolicy> versions) {

    public RetentionPolicies {
        versions = List.copyOf(versions);
        long distinct = versions.stream().map(RetentionPolicy::version).distinct().count();
        if (distinct != versions.size()) {
            throw new IllegalArgumentException("a jurisdiction has two retention policies with the same effectiveFrom");
        }
    }

    public Optional<RetentionPolicy> inForce(String jurisdiction, LocalDate day) {
        return versions.stream()
                .filter(p -> p.jurisdiction().equals(jurisdiction) && !p.effectiveFrom().isAfter(day))
                .max(Comparator.comparing(RetentionPolicy::effectiveFrom));
    }

    /** The policy in force on {@code day} of each jurisdiction that has one, by jurisdiction. */
    public List<RetentionPolicy> inForce(LocalDate day) {
        return versions.stream().map(RetentionPolicy::jurisdiction).distinct().sorted()
                .flatMap(j -> inForce(j, day).stream()).toList();
    }
}
