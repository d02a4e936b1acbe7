package org.collections.gateway.proxy;

import java.util.Arrays;
import java.util.List;

/**
 * A path pattern of the routing table: literal segments, {@code *} for exactly one segment and a trailing {@code **}
 * for any number of further segments (none included). Patterns compare by specificity, segment by segment: a literal
 * beats {@code *}, which beats {@code **}; when one pattern is a prefix of the other, the longer one is more specific,
 * except that {@code /a/b} beats {@code /a/b/**}.
 */
record PathPattern(String text, List<String> segments) implements Comparable<PathPattern> {

    static PathPattern parse(String text) {
        String trimmed = text.strip();
        if (!trimmed.startsWith("/")) {
            throw new IllegalArgumentException("A route path must start with '/': " + text);
        }
        List<String> segments = split(trimmed);
        for (int i = 0; i < segments.size(); i++) {
            String s = segments.get(i);
            if (s.equals("**") && i != segments.size() - 1) {
                throw new IllegalArgumentException("'**' may only end a route path: " + text);
            }
            if (!s.equals("*") && !s.equals("**") && s.contains("*")) {
                throw new IllegalArgumentException("'*' must be a whole segment: " + text);
            }
        }
        return new PathPattern(trimmed, segments);
    }

    boolean matches(List<String> path) {
        for (int i = 0; i < segments.size(); i++) {
            String s = segments.get(i);
            if (s.equals("**")) {
                return true;
            }
            if (i >= path.size() || (!s.equals("*") && !s.equals(path.get(i)))) {
                return false;
            }
        }
        return path.size() == segments.size();
    }

    /** Negative when this pattern is more specific than {@code other}. */
    @Override
    public int compareTo(PathPattern other) {
        int n = Math.min(segments.size(), other.segments.size());
        for (int i = 0; i < n; i++) {
            int c = Integer.compare(rank(segments.get(i)), rank(other.segments.get(i)));
            if (c != 0) {
                return c;
            }
        }
        if (segments.size() == other.segments.size()) {
            return 0;
        }
        // One is a prefix of the other: the longer is more specific unless all it adds is a trailing "**".
        boolean thisLonger = segments.size() > other.segments.size();
        String extra = thisLonger ? segments.get(n) : other.segments.get(n);
        boolean longerWins = !extra.equals("**");
        return thisLonger == longerWins ? -1 : 1;
    }

    private static int rank(String segment) {
        return switch (segment) {
            case "**" -> 2;
            case "*" -> 1;
            default -> 0;
        };
    }

    static List<String> split(String path) {
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
    }
}
