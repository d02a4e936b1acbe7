package org.collections.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The PrometheusRule and the Grafana dashboard use only metrics the services expose, and cover what SREs watch. */
class MonitoringObjectsTest {

    /** A metric name directly followed by its label matchers: every selector in the chart has some. */
    private static final Pattern SELECTOR = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\{");
    private static final Set<String> FUNCTIONS_AND_KEYWORDS = Set.of("sum", "max", "min", "avg", "rate", "increase",
            "histogram_quantile", "topk", "by", "without");

    private static Manifests production;
    private static Properties catalogue;

    @BeforeAll
    static void render() throws IOException {
        production = Rendered.of(Scenario.production());
        catalogue = new Properties();
        try (InputStream in = MonitoringObjectsTest.class.getResourceAsStream("/exposed-metrics.properties")) {
            catalogue.load(in);
        }
    }

    @Test
    void alertsCoverErrorsLatencyBacklogDeadLettersPoolsAndRestarts() {
        List<Rule> rules = rules();
        assertThat(rules).extracting(Rule::getAlert).containsExactlyInAnyOrder(
                "CollectionsServiceErrorRate", "CollectionsGatewayUpstreamErrorRate",
                "CollectionsServiceLatencyP99", "CollectionsGatewayLatencyP99",
                "CollectionsOutboxBacklog", "CollectionsOutboxParked", "CollectionsWebhookDeadLetters", "CollectionsMoneyDrift",
                "CollectionsDatabasePoolSaturated", "CollectionsPodRestarting");
        for (Rule rule : rules) {
            String expr = rule.getExpr().getStrVal();
            assertThat(expr).as(rule.getAlert() + " is scoped to the release's namespace")
                    .contains("namespace=\"" + Chart.NAMESPACE + "\"");
            assertThat(rule.getLabels()).as(rule.getAlert()).containsKey("severity");
            assertThat(rule.getAnnotations()).as(rule.getAlert()).containsKeys("summary", "description");
            assertThat(balanced(expr)).as(rule.getAlert() + " parentheses and braces").isTrue();
        }
        assertThat(exprOf(rules, "CollectionsServiceLatencyP99")).contains("histogram_quantile(0.99");
        assertThat(exprOf(rules, "CollectionsWebhookDeadLetters")).contains("outcome=\"dead\"");
        assertThat(exprOf(rules, "CollectionsOutboxParked")).contains("outbox_parked{", ") > 0");
    }

    @Test
    void alertsAndDashboardUseOnlyExposedMetrics() throws IOException {
        List<String> expressions = new ArrayList<>();
        rules().forEach(r -> expressions.add(r.getExpr().getStrVal()));
        expressions.addAll(dashboardExpressions());
        Set<String> used = new TreeSet<>();
        for (String expr : expressions) {
            Matcher m = SELECTOR.matcher(expr);
            while (m.find()) {
                if (!FUNCTIONS_AND_KEYWORDS.contains(m.group(1))) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty().allSatisfy(metric -> assertThat(
                catalogue.containsKey(metric) || metric.startsWith("kube_"))
                .as(metric + " is not in exposed-metrics.properties (kube_* come from kube-state-metrics)").isTrue());
        // and every catalogued metric is used somewhere: the catalogue is not a wish list
        assertThat(used).containsAll(catalogue.stringPropertyNames());
    }

    @Test
    void theDashboardShowsRedPerServiceAndTheCollectionsFigures() throws IOException {
        JsonNode dashboard = dashboard();
        assertThat(dashboard.get("uid").asText()).isEqualTo("collections-platform");
        List<String> expressions = dashboardExpressions();
        assertThat(expressions).anyMatch(e -> e.contains("rate(http_server_requests_seconds_count") && e.contains("by (job)"));
        assertThat(expressions).anyMatch(e -> e.contains("status=~\"5..\"") && e.contains("http_server_requests"));
        assertThat(expressions).anyMatch(e -> e.contains("histogram_quantile(0.99") && e.contains("http_server_requests_seconds_bucket"));
        assertThat(expressions).anyMatch(e -> e.contains("gateway_requests_seconds_bucket"));
        assertThat(expressions).anyMatch(e -> e.contains("cases_open") && e.contains("by (bucket)"));
        assertThat(expressions).anyMatch(e -> e.contains("contact_decisions_blocked_total") && e.contains("by (rule)"));
        assertThat(expressions).anyMatch(e -> e.contains("payments_posted_total"));
        assertThat(expressions).allMatch(MonitoringObjectsTest::balanced);
    }

    private static List<Rule> rules() {
        PrometheusRule rule = production.require(PrometheusRule.class, Chart.RELEASE + "-alerts");
        assertThat(rule.getMetadata().getLabels()).containsEntry("release", "kube-prometheus-stack");
        return rule.getSpec().getGroups().stream().flatMap(g -> g.getRules().stream()).toList();
    }

    private static String exprOf(List<Rule> rules, String alert) {
        return rules.stream().filter(r -> r.getAlert().equals(alert)).findFirst().orElseThrow().getExpr().getStrVal();
    }

    private static JsonNode dashboard() throws IOException {
        ConfigMap map = production.require(ConfigMap.class, Chart.RELEASE + "-dashboard");
        assertThat(map.getMetadata().getLabels()).containsEntry("grafana_dashboard", "1");
        return new ObjectMapper().readTree(map.getData().get("collections.json"));
    }

    private static List<String> dashboardExpressions() throws IOException {
        List<String> expressions = new ArrayList<>();
        dashboard().findValues("expr").forEach(e -> expressions.add(e.asText()));
        assertThat(expressions).hasSizeGreaterThan(10);
        return expressions;
    }

    private static boolean balanced(String expr) {
        int round = 0;
        int curly = 0;
        for (char c : expr.toCharArray()) {
            round += c == '(' ? 1 : c == ')' ? -1 : 0;
            curly += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (round < 0 || curly < 0) {
                return false;
            }
        }
        return round == 0 && curly == 0;
    }
}
