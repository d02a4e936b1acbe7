package org.collections.gateway.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The build-time merge (run by the api-client module): {@code OpenApiMergeMain <output-dir> <service>=<openapi.json>...}
 * writes {@code collections-api.json} and {@code collections-api.yaml}, and fails on a missing document or any
 * conflict, so an ambiguous contract never reaches the generated client.
 */
public final class OpenApiMergeMain {

    public static final String FILE_NAME = "collections-api";

    private OpenApiMergeMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: OpenApiMergeMain <output-dir> <service>=<openapi.json>...");
        }
        List<OpenApiMerger.Source> sources = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("expected <service>=<openapi.json>, got " + args[i]);
            }
            Path file = Path.of(args[i].substring(eq + 1));
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("no OpenAPI document at " + file.toAbsolutePath() + ": build "
                        + args[i].substring(0, eq) + " first (it stores its document at build time)");
            }
            sources.add(OpenApiMerger.Source.of(args[i].substring(0, eq),
                    PlatformApi.parse(Files.readString(file, StandardCharsets.UTF_8))));
        }
        ObjectNode merged = PlatformApi.merger().merge(sources, List.of()).strict();
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        Files.writeString(out.resolve(FILE_NAME + ".json"), PlatformApi.json(merged), StandardCharsets.UTF_8);
        Files.writeString(out.resolve(FILE_NAME + ".yaml"), PlatformApi.yaml(merged), StandardCharsets.UTF_8);
    }
}
