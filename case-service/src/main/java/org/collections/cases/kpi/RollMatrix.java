package org.collections.cases.kpi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the cases of one group went between the start and the end of a period: cases per (bucket at start, bucket
 * at end). A cell's roll rate is its share of the cases that started in its bucket; the cure rate is the share of
 * the cases past due at the start that were {@value #CURRENT} at the end.
 */
public final class RollMatrix {

    public static final String CURRENT = "CURRENT";

    /** Cases that moved from one bucket to another (or stayed); {@code rate} is null until computed. */
    public record Cell(String fromBucket, String toBucket, long cases, BigDecimal rate) {
    }

    private final Map<String, Map<String, Long>> counts = new HashMap<>();

    public void add(String fromBucket, String toBucket, long cases) {
        counts.computeIfAbsent(fromBucket, k -> new HashMap<>()).merge(toBucket, cases, Long::sum);
    }

    public long pastDueAtStart() {
        return counts.entrySet().stream().filter(e -> !e.getKey().equals(CURRENT))
                .mapToLong(e -> total(e.getValue())).sum();
    }

    public long cured() {
        return counts.entrySet().stream().filter(e -> !e.getKey().equals(CURRENT))
                .mapToLong(e -> e.getValue().getOrDefault(CURRENT, 0L)).sum();
    }

    public BigDecimal cureRate() {
        return Ratios.rate(cured(), pastDueAtStart());
    }

    /** The cells with their roll rates, ordered by bucket at start and at end (CURRENT first, then by days). */
    public List<Cell> cells() {
        List<Cell> cells = new ArrayList<>();
        counts.forEach((from, row) -> {
            long started = total(row);
            row.forEach((to, cases) -> cells.add(new Cell(from, to, cases, Ratios.rate(cases, started))));
        });
        Comparator<String> byDays = Comparator.comparingInt(RollMatrix::firstDay);
        cells.sort(Comparator.comparing(Cell::fromBucket, byDays.thenComparing(Comparator.naturalOrder()))
                .thenComparing(Cell::toBucket, byDays.thenComparing(Comparator.naturalOrder())));
        return cells;
    }

    private static long total(Map<String, Long> row) {
        return row.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The first day past due of a bucket label like {@code 31-60} or {@code 181+}; CURRENT is day 0. */
    private static int firstDay(String bucket) {
        int end = 0;
        while (end < bucket.length() && Character.isDigit(bucket.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Integer.parseInt(bucket.substring(0, end));
    }
}
