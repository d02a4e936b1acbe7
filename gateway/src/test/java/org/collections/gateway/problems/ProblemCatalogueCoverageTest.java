package org.collections.gateway.problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every problem type the code can answer has its catalogue page: the sources of every module are scanned for the
 * ways a problem slug is written, so a new problem type cannot ship without its page.
 */
class ProblemCatalogueCoverageTest {

    private static final String SLUG = "([a-z0-9]+(?:-[a-z0-9]+)*)";
    /** How the code names a problem type: each pattern's first group is the slug. */
    private static final List<Pattern> LITERAL_SLUGS = List.of(
            Pattern.compile("TYPE_BASE\\s*\\+\\s*\"" + SLUG + "\""),
            // new ProblemException(409, "case-exists", ...), refuse(rc, 414, "uri-too-long", ...)
            Pattern.compile("\\(\\s*(?:\\w+\\s*,\\s*)?[45]\\d\\d\\s*,\\s*\"" + SLUG + "\""),
            Pattern.compile("\\b(?:conflict|unprocessableField)\\(\\s*\"" + SLUG + "\""),
            Pattern.compile("new \\w*ConflictException\\(\\s*\"" + SLUG + "\""),
            // the documented examples of ProblemResponsesFilter
            Pattern.compile("new String\\[]\\s*\\{\\s*\"" + SLUG + "\""));
    /** new ProblemException(403, FourEyes.RULE, ...): the constant is looked up in the sources. */
    private static final Pattern CONSTANT_SLUG = Pattern.compile("\\(\\s*[45]\\d\\d\\s*,\\s*(?:[A-Z]\\w*\\.)?([A-Z][A-Z0-9_]+)\\b");
    /**
     * ProblemMappers.webApplication names the framework's own errors after their reason phrase ("Method Not Allowed"
     * becomes method-not-allowed): the statuses Quarkus REST raises by itself.
     */
    private static final Set<String> FRAMEWORK_SLUGS = Set.of("bad-request", "not-found", "method-not-allowed",
            "not-acceptable", "unsupported-media-type", "request-entity-too-large", "internal-server-error",
            "service-unavailable");

    @Test
    void everyProblemTypeInTheCodeHasAPage() throws IOException {
        Map<String, Set<String>> used = usedSlugs(repositoryRoot());
        FRAMEWORK_SLUGS.forEach(slug -> used.computeIfAbsent(slug, s -> new TreeSet<>()).add("ProblemMappers (framework)"));
        ProblemCatalogue catalogue = ProblemCatalogue.load();

        assertThat(used).as("the scan finds the problem types of every module")
                .containsKeys("validation", "case-exists", "contact-not-permitted", "plan-exists", "uri-too-long",
                        "four-eyes", "breathing-space-in-force", "dependency-unavailable");
        Map<String, Set<String>> missing = new TreeMap<>(used);
        missing.keySet().removeIf(slug -> catalogue.find(slug).isPresent());
        assertThat(missing).as("problem types without a page in gateway/src/main/resources/"
                + ProblemCatalogue.RESOURCE + " (slug -> where it is used)").isEmpty();
    }

    @Test
    void anEntryWithoutWhatToDoIsRefused() throws IOException {
        var yaml = new YAMLMapper().readTree("""
                validation:
                  title: Validation failed
                  status: [422]
                  meaning: A field is wrong.
                  causes: [a missing field]
                """);
        assertThatThrownBy(() -> ProblemCatalogue.parse(yaml)).hasMessageContaining("validation has no action");
    }

    static Map<String, Set<String>> usedSlugs(Path root) throws IOException {
        Map<String, Set<String>> used = new TreeMap<>();
        Map<String, String> constants = new TreeMap<>();
        Map<Path, String> sources = new TreeMap<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.filter(m -> Files.isDirectory(m.resolve("src/main/java"))).toList()) {
                try (Stream<Path> files = Files.walk(module.resolve("src/main/java"))) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                        sources.put(file, Files.readString(file));
                    }
                }
            }
        }
        Pattern constant = Pattern.compile("\\b([A-Z][A-Z0-9_]+)\\s*=\\s*\"" + SLUG + "\"");
        sources.values().forEach(text -> {
            Matcher m = constant.matcher(text);
            while (m.find()) {
                constants.put(m.group(1), m.group(2));
            }
        });
        sources.forEach((file, text) -> {
            String where = root.relativize(file).toString();
            for (Pattern pattern : LITERAL_SLUGS) {
                Matcher m = pattern.matcher(text);
                while (m.find()) {
                    used.computeIfAbsent(m.group(1), s -> new TreeSet<>()).add(where);
                }
            }
            Matcher m = CONSTANT_SLUG.matcher(text);
            while (m.find()) {
                String slug = constants.get(m.group(1));
                if (slug != null) {
                    used.computeIfAbsent(slug, s -> new TreeSet<>()).add(where);
                }
            }
        });
        return used;
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("the repository root (holding mvnw) above " + Path.of("").toAbsolutePath()).isNotNull();
        return dir;
    }
}
