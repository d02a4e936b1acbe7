package org.collections.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The routing table of application.properties against every public operation of the three services, read from their
 * JAX-RS resources ({@code @Path} and the HTTP method annotations of each {@code api/} class): each must route to the
 * service that serves it. An endpoint added to a service without a route (or under a prefix another service owns)
 * fails here.
 */
class GatewayRoutingTest {

    private static final Map<String, String> OWNERS = Map.of("case-service", "case", "contact-service", "contact",
            "plan-service", "plan");
    private static final Pattern PATH = Pattern.compile("@Path\\(\"([^\"]*)\"\\)");
    private static final Pattern CLASS = Pattern.compile("(?m)^(public |final |abstract )*class ");
    private static final Pattern VERB = Pattern.compile("@(GET|POST|PUT|PATCH|DELETE|HEAD)\\b");

    record Operation(String module, String method, String path) {
    }

    private final RoutingTable table = table();

    @Test
    void everyOperationOfEveryServiceRoutesToThatService() throws IOException {
        List<Operation> operations = operations();
        assertThat(operations).hasSizeGreaterThan(60);
        for (Operation op : operations) {
            String concrete = op.path().replaceAll("\\{[^}]+}", "0b3f2c1e-0000-4000-8000-000000000001");
            assertThat(table.match(op.method(), concrete))
                    .as("%s %s (%s)", op.method(), op.path(), op.module())
                    .hasValueSatisfying(route -> assertThat(route.upstream()).isEqualTo(OWNERS.get(op.module())));
        }
    }

    @Test
    void sharedPrefixesGoToTheServiceOfTheSubPath() {
        assertThat(table.match("GET", "/api/v1/agencies").orElseThrow().upstream()).isEqualTo("case");
        assertThat(table.match("GET", "/api/v1/agencies/AGENCY-A").orElseThrow().upstream()).isEqualTo("case");
        assertThat(table.match("GET", "/api/v1/agencies/AGENCY-A/kpis").orElseThrow().upstream()).isEqualTo("contact");
        assertThat(table.match("GET", "/api/v1/kpis/collection").orElseThrow().upstream()).isEqualTo("case");
        assertThat(table.match("GET", "/api/v1/kpis/decisions").orElseThrow().upstream()).isEqualTo("contact");
        assertThat(table.match("GET", "/api/v1/debtors/42").orElseThrow().upstream()).isEqualTo("case");
        assertThat(table.match("PUT", "/api/v1/debtors/42/contact-profile").orElseThrow().upstream()).isEqualTo("contact");
    }

    @Test
    void searchesByPersonalDataAndBulkImportsHaveTheirStricterClasses() {
        assertThat(table.match("GET", "/api/v1/cases").orElseThrow().routeClass()).isEqualTo("search");
        assertThat(table.match("POST", "/api/v1/debtors").orElseThrow().routeClass()).isEqualTo("search");
        assertThat(table.match("POST", "/api/v1/cases").orElseThrow().routeClass()).isEqualTo("default");
        assertThat(table.match("GET", "/api/v1/cases/42").orElseThrow().routeClass()).isEqualTo("default");
        assertThat(table.match("POST", "/api/v1/case-imports").orElseThrow().routeClass()).isEqualTo("bulk");
        assertThat(table.match("POST", "/api/v1/contact-decisions").orElseThrow().routeClass()).isEqualTo("decision");
        assertThat(table.match("POST", "/api/v1/score-models").orElseThrow().routeClass()).isEqualTo("training");
        assertThat(table.match("GET", "/api/v1/score-models").orElseThrow().routeClass()).isEqualTo("default");
        assertThat(table.match("GET", "/api/v1/score-models/42").orElseThrow().upstream()).isEqualTo("case");
    }

    @Test
    void pathsNoRuleClaimsHaveNoRoute() {
        assertThat(table.match("GET", "/api/v1/widgets")).isEmpty();
        assertThat(table.match("GET", "/api/v2/cases")).isEmpty();
        assertThat(table.match("GET", "/api/v1")).isEmpty();
        assertThat(table.match("GET", "/api/v1/casesx")).isEmpty();
    }

    @Test
    void twoRulesClaimingTheSamePathAreRefusedAtStartup() {
        Map<String, String> properties = Map.of(
                "gateway.routes.a.upstream", "case", "gateway.routes.a.paths", "/api/v1/things/**",
                "gateway.routes.b.upstream", "plan", "gateway.routes.b.paths", "/api/v1/things/**");
        assertThatThrownBy(() -> RoutingTable.fromProperties(properties, Set.of("case", "plan"), Set.of("default")))
                .hasMessageContaining("Two routes claim");
    }

    @Test
    void aLocalRuleKeepsPathsUnderAServicesPrefixForTheGateway() {
        Map<String, String> properties = Map.of(
                "gateway.routes.a.upstream", "case", "gateway.routes.a.paths", "/api/v1/agencies/**",
                "gateway.routes.hooks.upstream", "local", "gateway.routes.hooks.paths", "/api/v1/agencies/*/webhooks/**");
        RoutingTable local = RoutingTable.fromProperties(properties, Set.of("case"), Set.of("default"));
        assertThat(local.match("POST", "/api/v1/agencies/A/webhooks").orElseThrow().local()).isTrue();
        assertThat(local.match("GET", "/api/v1/agencies/A").orElseThrow().upstream()).isEqualTo("case");
    }

    @Test
    void aRuleNamingAnUnknownUpstreamIsRefusedAtStartup() {
        Map<String, String> properties = Map.of("gateway.routes.a.upstream", "billing",
                "gateway.routes.a.paths", "/api/v1/bills/**");
        assertThatThrownBy(() -> RoutingTable.fromProperties(properties, Set.of("case"), Set.of("default")))
                .hasMessageContaining("gateway.routes.a.upstream");
    }

    private static RoutingTable table() {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> flat = new HashMap<>();
        properties.forEach((k, v) -> {
            if (!k.toString().startsWith("%")) {
                flat.put(k.toString(), v.toString());
            }
        });
        return RoutingTable.fromProperties(flat, Set.of("case", "contact", "plan"), Set.of("default", "search", "decision", "bulk",
                "training"));
    }

    /** Every (method, path template) of the services' api packages, from the resource classes' annotations. */
    static List<Operation> operations() throws IOException {
        List<Operation> operations = new ArrayList<>();
        for (String module : OWNERS.keySet()) {
            Path sources = Path.of("..", module, "src", "main", "java");
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.getParent().endsWith("api") && f.toString().endsWith(".java")).toList()) {
                    operations.addAll(operations(module, Files.readString(file)));
                }
            }
        }
        return operations;
    }

    private static List<Operation> operations(String module, String source) {
        Matcher declaration = CLASS.matcher(source);
        if (!declaration.find()) {
            return List.of();
        }
        int classStart = declaration.start();
        Matcher classPath = PATH.matcher(source.substring(0, classStart));
        if (!classPath.find()) {
            return List.of();
        }
        String base = classPath.group(1);
        List<Operation> operations = new ArrayList<>();
        String verb = null;
        String sub = "";
        for (String line : source.substring(classStart).split("\n")) {
            String trimmed = line.strip();
            Matcher v = VERB.matcher(trimmed);
            if (trimmed.startsWith("@") && v.lookingAt()) {
                verb = v.group(1);
            }
            Matcher p = PATH.matcher(trimmed);
            if (trimmed.startsWith("@Path") && p.lookingAt()) {
                sub = p.group(1);
            }
            if (trimmed.startsWith("public ") && trimmed.contains("(")) {
                if (verb != null) {
                    operations.add(new Operation(module, verb, join(base, sub)));
                }
                verb = null;
                sub = "";
            }
        }
        return operations;
    }

    private static String join(String base, String sub) {
        String path = (base + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
