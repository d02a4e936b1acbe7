package org.collections.cases.treatment;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.collections.commons.rules.RuleViolation;

/** What a strategy must be to be stored; the first fault found is reported with the field's path. */
public final class StrategyRules {

    static final int MAX_SEGMENTS = 50;
    static final int MAX_STEPS = 20;
    static final int MAX_AFTER_DAYS = 365;
    static final Set<String> MESSAGE_CHANNELS = Set.of("SMS", "EMAIL", "LETTER");

    private StrategyRules() {
    }

    /** @param buckets the delinquency buckets in use (CURRENT included) */
    public static void check(List<Segment> segments, Set<String> buckets) {
        if (segments == null || segments.isEmpty() || segments.size() > MAX_SEGMENTS) {
            throw new RuleViolation("segments", "must hold 1 to " + MAX_SEGMENTS + " segments");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < segments.size(); i++) {
            String at = "segments[" + i + "]";
            Segment s = segments.get(i);
            if (s == null || s.name() == null || s.name().isBlank() || s.name().length() > 100) {
                throw new RuleViolation(at + ".name", "is required (at most 100 characters)");
            }
            if (!names.add(s.name())) {
                throw new RuleViolation(at + ".name", "names another segment too: " + s.name());
            }
            criteria(at + ".when", s.when(), buckets);
            path(at + ".path", s.path());
        }
    }

    private static void criteria(String at, SegmentCriteria c, Set<String> buckets) {
        for (String b : c.buckets()) {
            if (!buckets.contains(b)) {
                throw new RuleViolation(at + ".buckets", "names no delinquency bucket: " + b + " (buckets: "
                        + String.join(", ", buckets.stream().sorted().toList()) + ")");
            }
        }
        amount(at + ".minBalance", c.minBalance());
        amount(at + ".maxBalance", c.maxBalance());
        if (c.minBalance() != null && c.maxBalance() != null && c.minBalance().compareTo(c.maxBalance()) >= 0) {
            throw new RuleViolation(at + ".maxBalance", "must be above minBalance");
        }
        score(at + ".minScore", c.minScore());
        score(at + ".maxScore", c.maxScore());
        if (c.minScore() != null && c.maxScore() != null && c.minScore() >= c.maxScore()) {
            throw new RuleViolation(at + ".maxScore", "must be above minScore");
        }
    }

    private static void path(String at, List<PathStep> path) {
        if (path == null || path.isEmpty() || path.size() > MAX_STEPS) {
            throw new RuleViolation(at, "must hold 1 to " + MAX_STEPS + " steps");
        }
        int previous = 0;
        for (int i = 0; i < path.size(); i++) {
            String step = at + "[" + i + "]";
            PathStep p = path.get(i);
            if (p == null || p.action() == null) {
                throw new RuleViolation(step + ".action", "is required: MESSAGE, CALL or PLACE");
            }
            if (p.afterDays() < previous || p.afterDays() > MAX_AFTER_DAYS) {
                throw new RuleViolation(step + ".afterDays", "must be from the previous step's (" + previous + ") to "
                        + MAX_AFTER_DAYS);
            }
            previous = p.afterDays();
            switch (p.action()) {
                case MESSAGE -> {
                    if (p.channels().isEmpty() || !MESSAGE_CHANNELS.containsAll(p.channels())
                            || new HashSet<>(p.channels()).size() != p.channels().size()) {
                        throw new RuleViolation(step + ".channels", "must list distinct channels of SMS, EMAIL, LETTER");
                    }
                    if (p.template() == null || p.template().isBlank()) {
                        throw new RuleViolation(step + ".template", "is required for a MESSAGE step");
                    }
                }
                case CALL -> {
                    if (!p.channels().isEmpty() || p.template() != null) {
                        throw new RuleViolation(step + ".channels", "a CALL step takes no channels or template");
                    }
                }
                case PLACE -> {
                    if (p.agencyId() == null || p.agencyId().isBlank()) {
                        throw new RuleViolation(step + ".agencyId", "is required for a PLACE step");
                    }
                }
            }
            if (p.action() != StepAction.PLACE && p.agencyId() != null) {
                throw new RuleViolation(step + ".agencyId", "only a PLACE step names an agency");
            }
        }
    }

    private static void amount(String at, BigDecimal value) {
        if (value != null && (value.signum() < 0 || value.scale() > 4)) {
            throw new RuleViolation(at, "must be zero or more, with at most 4 decimals");
        }
    }

    private static void score(String at, Integer value) {
        if (value != null && (value < 0 || value > 1000)) {
            throw new RuleViolation(at, "must be from 0 to 1000");
        }
    }
}
