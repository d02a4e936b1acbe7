package org.collections.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The DEV-ONLY keys of {@code dev-keys/} (repository root), as the environment variables the services' configuration
 * reads. Registered as a config source, so a {@code @QuarkusTest} (test-support is on the test class path only)
 * finds them exactly where a production start finds its Secret; {@link ServiceProcess} passes {@link #environment}
 * to the jars it starts. The real environment (ordinal 300) wins over this source.
 */
public class DevKeys implements ConfigSource {

    public static final String JWT_PUBLIC_KEY = "dev-keys/DEV-ONLY-jwt-public.pem";
    /** The gateway signs client-credential tokens with the private half (gateway.token-issuer.private-key-location). */
    public static final String JWT_PRIVATE_KEY = "dev-keys/DEV-ONLY-jwt-private.pem";
    private static final Map<String, String> COMMON = load();

    /** Everything a service needs to start with the DEV-ONLY keys; the JWT key as a file outside any jar. */
    public static Map<String, String> environment(String service) {
        Map<String, String> env = new LinkedHashMap<>(COMMON);
        env.put("EVENTS_SIGNING_KEY_ID", service + "-dev");
        env.put("JWT_PUBLIC_KEY_LOCATION", keyFile(JWT_PUBLIC_KEY).toString());
        env.put("TOKEN_ISSUER_PRIVATE_KEY_LOCATION", keyFile(JWT_PRIVATE_KEY).toString());
        String ownSecret = COMMON.get(serviceSecretVariable(service));
        if (ownSecret != null) {
            env.put("SERVICE_CLIENT_SECRET", ownSecret);
        }
        return env;
    }

    /** The dev.env line with a service's own client secret at the gateway: SERVICE_CLIENT_SECRET_CONTACT_SERVICE... */
    public static String serviceSecretVariable(String service) {
        return "SERVICE_CLIENT_SECRET_" + service.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    }

    /** One DEV-ONLY value of dev-keys/dev.env by its variable name. */
    public static String value(String name) {
        return COMMON.get(name);
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new LinkedHashMap<>(COMMON);
        properties.put("EVENTS_SIGNING_KEY_ID", "${outbox.source}-dev");
        properties.put("JWT_PUBLIC_KEY_LOCATION", JWT_PUBLIC_KEY);
        properties.put("TOKEN_ISSUER_PRIVATE_KEY_LOCATION", JWT_PRIVATE_KEY);
        return properties;
    }

    @Override
    public Set<String> getPropertyNames() {
        return getProperties().keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return getProperties().get(propertyName);
    }

    @Override
    public String getName() {
        return "DEV-ONLY keys (test-support dev-keys/dev.env)";
    }

    @Override
    public int getOrdinal() {
        return 50;
    }

    private static Map<String, String> load() {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : resource("dev-keys/dev.env").split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || !trimmed.contains("=")) {
                continue;
            }
            values.put(trimmed.substring(0, trimmed.indexOf('=')), trimmed.substring(trimmed.indexOf('=') + 1));
        }
        return Map.copyOf(values);
    }

    private static synchronized Path keyFile(String resource) {
        try {
            Path file = Path.of(System.getProperty("java.io.tmpdir"), "collections-dev-keys", Path.of(resource).getFileName().toString());
            Files.createDirectories(file.getParent());
            Files.writeString(file, resource(resource));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = DevKeys.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the class path (test-support packs dev-keys/)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
