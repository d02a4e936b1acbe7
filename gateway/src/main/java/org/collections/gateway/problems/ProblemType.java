package org.collections.gateway.problems;

import java.util.List;

/** One entry of the problem catalogue: what a problem {@code type} means, its usual causes and what to do. */
public record ProblemType(String slug, String title, List<Integer> status, String meaning, List<String> causes,
        String action) {
}
