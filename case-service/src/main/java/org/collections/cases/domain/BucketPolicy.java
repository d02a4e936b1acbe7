package org.collections.cases.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Delinquency buckets by days past due. Ranges are contiguous, start at 1 and the last is open-ended, e.g.
 * {@code 1-30,31-60,61-90,91-120,121-180,181+}. A case that is not past due is {@value #CURRENT}.
 */
public final class BucketPolicy {

    public static final String CURRENT = "CURRENT";
    public static final String DEFAULT_SPEC = "1-30,31-60,61-90,91-120,121-180,181+";

    public record Bucket(String label, int from, Integer to) {
        public boolean contains(int dpd) {
            return dpd >= from && (to == null || dpd <= to);
        }
    }

    private final List<Bucket> buckets;

    private BucketPolicy(List<Bucket> buckets) {
        this.buckets = List.copyOf(buckets);
    }

    public static BucketPolicy parse(String spec) {
        List<Bucket> buckets = new ArrayList<>();
        int expectedFrom = 1;
        String[] parts = spec.split(",");
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            boolean last = i == parts.length - 1;
            Bucket bucket;
            if (part.endsWith("+")) {
                if (!last) {
                    throw new IllegalArgumentException("Only the last bucket may be open-ended: " + spec);
                }
                bucket = new Bucket(part, Integer.parseInt(part.substring(0, part.length() - 1)), null);
            } else {
                String[] range = part.split("-");
                if (range.length != 2) {
                    throw new IllegalArgumentException("Bucket '" + part + "' is not a range like 1-30");
                }
                bucket = new Bucket(part, Integer.parseInt(range[0]), Integer.parseInt(range[1]));
                if (bucket.to() < bucket.from()) {
                    throw new IllegalArgumentException("Bucket '" + part + "' ends before it starts");
                }
            }
            if (bucket.from() != expectedFrom) {
                throw new IllegalArgumentException("Buckets must be contiguous from 1; '" + part + "' should start at "
                        + expectedFrom);
            }
            buckets.add(bucket);
            expectedFrom = bucket.to() == null ? -1 : bucket.to() + 1;
        }
        if (buckets.isEmpty() || buckets.get(buckets.size() - 1).to() != null) {
            throw new IllegalArgumentException("The last bucket must be open-ended, like 181+: " + spec);
        }
        return new BucketPolicy(buckets);
    }

    public static int daysPastDue(LocalDate oldestUnpaid, LocalDate today) {
        return oldestUnpaid == null ? 0 : (int) Math.max(0, ChronoUnit.DAYS.between(oldestUnpaid, today));
    }

    public String bucketFor(int daysPastDue) {
        if (daysPastDue < 0) {
            throw new IllegalArgumentException("Days past due cannot be negative: " + daysPastDue);
        }
        for (Bucket bucket : buckets) {
            if (bucket.contains(daysPastDue)) {
                return bucket.label();
            }
        }
        return CURRENT;
    }

    public List<Bucket> buckets() {
        return buckets;
    }
}
