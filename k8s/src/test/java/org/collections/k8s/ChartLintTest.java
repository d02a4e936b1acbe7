package org.collections.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.marcnuri.helm.LintResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ChartLintTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void theChartLintsStrictlyWithoutWarnings() {
        LintResult result = Chart.lint();
        assertThat(result.isFailed()).as(String.join("\n", result.getMessages())).isFalse();
        assertThat(result.getMessages()).noneMatch(m -> m.contains("[WARNING]") || m.contains("[ERROR]"));
    }

    @Test
    void everyChartIsVersionedWithTheProjectAndNeedsNoDependencyDownload() throws IOException {
        JsonNode umbrella = YAML.readTree(Chart.DIR.resolve("Chart.yaml").toFile());
        assertThat(umbrella.get("version").asText()).isEqualTo(Chart.projectVersion());
        assertThat(umbrella.get("appVersion").asText()).as("appVersion is the default image tag").isEqualTo(Chart.projectVersion());
        for (JsonNode dependency : umbrella.get("dependencies")) {
            Path sub = Chart.DIR.resolve("charts").resolve(dependency.get("name").asText());
            assertThat(sub.resolve("Chart.yaml")).as("vendored sub-chart " + sub).isRegularFile();
            assertThat(dependency.has("repository")).as("no repository to download from").isFalse();
            JsonNode chart = YAML.readTree(sub.resolve("Chart.yaml").toFile());
            assertThat(chart.get("version").asText()).isEqualTo(dependency.get("version").asText())
                    .isEqualTo(Chart.projectVersion());
        }
        try (Stream<Path> files = Files.list(Chart.DIR.resolve("charts"))) {
            assertThat(files).as("no packaged or stray sub-charts").allMatch(Files::isDirectory);
        }
    }
}
