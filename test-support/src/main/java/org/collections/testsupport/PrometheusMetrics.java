package org.collections.testsupport;

import static io.restassured.RestAssured.given;

import java.net.URL;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a service exposes to Prometheus on its management interface ({@code /q/metrics}), read the way Prometheus
 * reads it: by metric name and labels.
 */
public final class PrometheusMetrics {

    // a sample line may end with a timestamp or, with tracing on, an exemplar ("# {trace_id=...} 1.0")
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{([^}]*)})? (\\S+)(?: [^\\n]*)?$",
            Pattern.MULTILINE);
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final String text;

    private PrometheusMetrics(String text) {
        this.text = text;
    }

    /** Scrapes the management interface at {@code managementRoot} (a {@code @TestHTTPResource(management = true)}). */
    public static PrometheusMetrics scrape(URL managementRoot) {
        String base = managementRoot.getProtocol() + "://" + managementRoot.getHost() + ":" + managementRoot.getPort();
        return new PrometheusMetrics(given().get(base + "/q/metrics").then().statusCode(200).extract().asString());
    }

    /** The sum of the samples of {@code name} whose labels include {@code labels}; 0 when there is none. */
    public double value(String name, Map<String, String> labels) {
        double sum = 0;
        Matcher m = SAMPLE.matcher(text);
        while (m.find()) {
            if (m.group(1).equals(name) && labelsOf(m.group(3)).entrySet().containsAll(labels.entrySet())) {
                sum += Double.parseDouble(m.group(4));
            }
        }
        return sum;
    }

    /** Whether some sample of {@code name} with these labels is exposed at all. */
    public boolean has(String name, Map<String, String> labels) {
        Matcher m = SAMPLE.matcher(text);
        while (m.find()) {
            if (m.group(1).equals(name) && labelsOf(m.group(3)).entrySet().containsAll(labels.entrySet())) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> labelsOf(String labels) {
        Map<String, String> parsed = new java.util.HashMap<>();
        if (labels != null) {
            Matcher m = LABEL.matcher(labels);
            while (m.find()) {
                parsed.put(m.group(1), m.group(2));
            }
        }
        return parsed;
    }
}
