package org.collections.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Merges the services' OpenAPI documents into the one public contract of the platform, on the JSON tree alone (the
 * gateway runs it on the documents it fetches; the api-client build runs it on the documents stored at build time).
 *
 * <ul>
 *   <li>Only {@code /api/v1} paths are kept, with the components they reach; everything else (internal inbox,
 *       test-only, framework endpoints, components only they use) stays out.</li>
 *   <li>A path template served by two documents ({@code /cases/{id}} and {@code /cases/{caseId}} are one template),
 *       or an operationId used twice, is a conflict: the first document keeps it and the conflict is reported.</li>
 *   <li>Components equal by name and content collapse into one. Components with one name and different content are
 *       all renamed with their document's prefix ({@code Status} → {@code CaseStatus}, {@code PlanStatus}) and every
 *       {@code $ref} to them rewritten, repeated until no name is ambiguous; the result does not depend on the
 *       order of the documents.</li>
 *   <li>Security is the platform's: a bearer JWT scheme describing authentication and an OAuth2 client-credentials
 *       scheme for partner agencies, required by every operation.</li>
 * </ul>
 */
public final class OpenApiMerger {

    public static final String TITLE = "Collections platform API";
    public static final String BEARER_SCHEME = "bearerJwt";
    public static final String OAUTH2_SCHEME = "agencyClientCredentials";
    public static final String TOKEN_URL = "/oauth2/token";
    public static final String UNAVAILABLE_EXTENSION = "x-unavailable-services";
    public static final String CONFLICTS_EXTENSION = "x-merge-conflicts";

    private static final String API_PREFIX = "/api/v1";
    private static final String REF_PREFIX = "#/components/";
    private static final List<String> SECTIONS = List.of("schemas", "responses", "parameters", "examples",
            "requestBodies", "headers", "links", "callbacks", "pathItems");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** One service's document; {@code prefix} names its components when their names collide. */
    public record Source(String name, String prefix, JsonNode document) {

        /** {@code case-service} → prefix {@code Case}; {@code gateway} → {@code Gateway}. */
        public static Source of(String name, JsonNode document) {
            String first = name.split("-")[0];
            return new Source(name, first.substring(0, 1).toUpperCase(Locale.ROOT) + first.substring(1), document);
        }
    }

    /** The merged document and what could not be merged (empty when the merge is clean). */
    public record Result(ObjectNode document, List<String> conflicts) {

        /** The document, or an exception naming every conflict: for builds, which must not ship an ambiguous contract. */
        public ObjectNode strict() {
            if (!conflicts.isEmpty()) {
                throw new IllegalStateException("The OpenAPI documents cannot be merged:\n  - "
                        + String.join("\n  - ", conflicts));
            }
            return document;
        }
    }

    private final String version;
    private final String description;
    private final String authentication;

    public OpenApiMerger(String version, String description, String authentication) {
        this.version = version;
        this.description = description;
        this.authentication = authentication;
    }

    /** Merges {@code sources} (in this order of precedence); {@code unavailable} names services without a document. */
    public Result merge(List<Source> sources, List<String> unavailable) {
        List<String> conflicts = new ArrayList<>();
        List<Map<String, JsonNode>> paths = sources.stream().map(OpenApiMerger::publicPaths).toList();
        List<Map<String, JsonNode>> reachable = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            reachable.add(reachableComponents(sources.get(i).document(), paths.get(i).values()));
        }
        List<Map<String, String>> renames = renames(sources, reachable);

        ObjectNode merged = JSON.objectNode();
        merged.put("openapi", openApiVersion(sources, conflicts));
        merged.set("info", info(unavailable));
        merged.set("servers", JSON.arrayNode().add(JSON.objectNode().put("url", "/")
                .put("description", "The gateway: the one entry to the platform (this host)")));
        merged.set("security", securityRequirement());

        Map<String, JsonNode> mergedPaths = new TreeMap<>();
        Map<String, String> templateOwner = new HashMap<>();
        Map<String, String> operationOwner = new HashMap<>();
        Set<String> usedTags = new LinkedHashSet<>();
        for (int i = 0; i < sources.size(); i++) {
            String service = sources.get(i).name();
            for (Map.Entry<String, JsonNode> path : paths.get(i).entrySet()) {
                String template = path.getKey().replaceAll("\\{[^}/]*}", "{}");
                String owner = templateOwner.putIfAbsent(template, service);
                if (owner != null) {
                    conflicts.add("path " + path.getKey() + " is served by both " + owner + " and " + service);
                    continue;
                }
                ObjectNode item = (ObjectNode) rewrite(path.getValue(), renames.get(i));
                operations(item).forEach(operation -> {
                    String id = operation.path("operationId").asText(null);
                    if (id != null) {
                        String first = operationOwner.putIfAbsent(id, service);
                        if (first != null) {
                            conflicts.add("operationId " + id + " is used by both " + first + " and " + service
                                    + " (" + path.getKey() + ")");
                        }
                    }
                    operation.path("tags").forEach(tag -> usedTags.add(tag.asText()));
                    if (operation.has("security") && !operation.get("security").isEmpty()) {
                        operation.set("security", securityRequirement());
                    }
                });
                mergedPaths.put(path.getKey(), item);
            }
        }
        merged.set("tags", tags(sources, usedTags));
        ObjectNode pathsNode = merged.putObject("paths");
        mergedPaths.forEach(pathsNode::set);
        merged.set("components", components(sources, reachable, renames, conflicts));
        if (!unavailable.isEmpty()) {
            ArrayNode names = merged.putArray(UNAVAILABLE_EXTENSION);
            unavailable.forEach(names::add);
        }
        if (!conflicts.isEmpty()) {
            ArrayNode listed = merged.putArray(CONFLICTS_EXTENSION);
            conflicts.forEach(listed::add);
        }
        return new Result(merged, List.copyOf(conflicts));
    }

    private static Map<String, JsonNode> publicPaths(Source source) {
        Map<String, JsonNode> kept = new LinkedHashMap<>();
        source.document().path("paths").properties().forEach(entry -> {
            String path = entry.getKey();
            if (path.equals(API_PREFIX) || path.startsWith(API_PREFIX + "/")) {
                kept.put(path, entry.getValue().deepCopy());
            }
        });
        return kept;
    }

    private static List<ObjectNode> operations(ObjectNode pathItem) {
        List<ObjectNode> operations = new ArrayList<>();
        pathItem.properties().forEach(entry -> {
            if (METHODS.contains(entry.getKey()) && entry.getValue() instanceof ObjectNode operation) {
                operations.add(operation);
            }
        });
        return operations;
    }

    /** The components (by "section/name") reachable through $refs from the given nodes, with their content. */
    private static Map<String, JsonNode> reachableComponents(JsonNode document, Iterable<JsonNode> roots) {
        Map<String, JsonNode> found = new TreeMap<>();
        Deque<JsonNode> pending = new ArrayDeque<>();
        roots.forEach(pending::add);
        while (!pending.isEmpty()) {
            for (String key : refs(pending.pop())) {
                if (found.containsKey(key)) {
                    continue;
                }
                int slash = key.indexOf('/');
                JsonNode component = document.path("components").path(key.substring(0, slash))
                        .path(key.substring(slash + 1));
                if (!component.isMissingNode()) {
                    found.put(key, component);
                    pending.add(component);
                }
            }
        }
        return found;
    }

    private static Set<String> refs(JsonNode node) {
        Set<String> refs = new LinkedHashSet<>();
        collectRefs(node, false, refs);
        return refs;
    }

    private static void collectRefs(JsonNode node, boolean inMapping, Set<String> refs) {
        if (node.isObject()) {
            node.properties().forEach(entry -> {
                JsonNode value = entry.getValue();
                if (value.isTextual() && (entry.getKey().equals("$ref") || inMapping)) {
                    String key = componentKey(value.asText());
                    if (key != null) {
                        refs.add(key);
                    }
                } else {
                    collectRefs(value, entry.getKey().equals("mapping"), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(element -> collectRefs(element, false, refs));
        }
    }

    /** "#/components/schemas/Case" → "schemas/Case"; null for any other reference. */
    private static String componentKey(String ref) {
        if (!ref.startsWith(REF_PREFIX)) {
            return null;
        }
        String rest = ref.substring(REF_PREFIX.length());
        int slash = rest.indexOf('/');
        return slash > 0 && rest.indexOf('/', slash + 1) < 0 && SECTIONS.contains(rest.substring(0, slash))
                ? rest : null;
    }

    /** A deep copy of {@code node} with every $ref (and discriminator mapping) to a renamed component rewritten. */
    private static JsonNode rewrite(JsonNode node, Map<String, String> renames) {
        JsonNode copy = node.deepCopy();
        if (!renames.isEmpty()) {
            rewriteInPlace(copy, false, renames);
        }
        return copy;
    }

    private static void rewriteInPlace(JsonNode node, boolean inMapping, Map<String, String> renames) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String field : names) {
                JsonNode value = object.get(field);
                if (value.isTextual() && (field.equals("$ref") || inMapping)) {
                    String key = componentKey(value.asText());
                    if (key != null && renames.containsKey(key)) {
                        object.set(field, TextNode.valueOf(REF_PREFIX + key.substring(0, key.indexOf('/') + 1)
                                + renames.get(key)));
                    }
                } else {
                    rewriteInPlace(value, field.equals("mapping"), renames);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> rewriteInPlace(element, false, renames));
        }
    }

    /**
     * Per source, "section/name" → new name for every component whose name means different things in different
     * documents; repeated because renaming one component changes the content of those that refer to it.
     */
    private static List<Map<String, String>> renames(List<Source> sources, List<Map<String, JsonNode>> reachable) {
        List<Map<String, String>> renames = new ArrayList<>();
        sources.forEach(source -> renames.add(new HashMap<>()));
        boolean changed = true;
        while (changed) {
            changed = false;
            Map<String, Map<JsonNode, List<Integer>>> byFinalName = new TreeMap<>();
            for (int i = 0; i < sources.size(); i++) {
                for (Map.Entry<String, JsonNode> component : reachable.get(i).entrySet()) {
                    byFinalName.computeIfAbsent(finalKey(component.getKey(), renames.get(i)), k -> new LinkedHashMap<>())
                            .computeIfAbsent(rewrite(component.getValue(), renames.get(i)), k -> new ArrayList<>())
                            .add(i);
                }
            }
            for (Map.Entry<String, Map<JsonNode, List<Integer>>> group : byFinalName.entrySet()) {
                if (group.getValue().size() < 2) {
                    continue;
                }
                for (List<Integer> holders : group.getValue().values()) {
                    for (int i : holders) {
                        String key = group.getKey();
                        if (!renames.get(i).containsKey(key) && reachable.get(i).containsKey(key)) {
                            int slash = key.indexOf('/');
                            renames.get(i).put(key, sources.get(i).prefix() + key.substring(slash + 1));
                            changed = true;
                        }
                    }
                }
            }
        }
        return renames;
    }

    private static String finalKey(String key, Map<String, String> renames) {
        String renamed = renames.get(key);
        return renamed == null ? key : key.substring(0, key.indexOf('/') + 1) + renamed;
    }

    private ObjectNode components(List<Source> sources, List<Map<String, JsonNode>> reachable,
            List<Map<String, String>> renames, List<String> conflicts) {
        Map<String, Map<String, JsonNode>> sections = new TreeMap<>();
        Map<String, String> owners = new HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            for (Map.Entry<String, JsonNode> component : reachable.get(i).entrySet()) {
                String key = finalKey(component.getKey(), renames.get(i));
                int slash = key.indexOf('/');
                JsonNode content = rewrite(component.getValue(), renames.get(i));
                Map<String, JsonNode> section = sections.computeIfAbsent(key.substring(0, slash), k -> new TreeMap<>());
                JsonNode existing = section.putIfAbsent(key.substring(slash + 1), content);
                if (existing != null && !existing.equals(content)) {
                    conflicts.add("component " + key + " differs between " + owners.get(key) + " and "
                            + sources.get(i).name() + " even after renaming");
                }
                owners.putIfAbsent(key, sources.get(i).name());
            }
        }
        ObjectNode components = JSON.objectNode();
        SECTIONS.stream().filter(sections::containsKey).forEach(name -> {
            ObjectNode section = components.putObject(name);
            sections.get(name).forEach(section::set);
        });
        components.set("securitySchemes", securitySchemes());
        return components;
    }

    private ObjectNode securitySchemes() {
        ObjectNode schemes = JSON.objectNode();
        schemes.putObject(BEARER_SCHEME).put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT")
                .put("description", authentication);
        ObjectNode oauth2 = schemes.putObject(OAUTH2_SCHEME).put("type", "oauth2")
                .put("description", "Partner agencies without a client certificate: the OAuth2 client-credentials "
                        + "grant at " + TOKEN_URL + " returns a bearer JWT for the agency (15 minutes), used like "
                        + "any other bearer token.");
        oauth2.putObject("flows").putObject("clientCredentials").put("tokenUrl", TOKEN_URL).putObject("scopes");
        return schemes;
    }

    private static ArrayNode securityRequirement() {
        ArrayNode requirement = JSON.arrayNode();
        requirement.addObject().putArray(BEARER_SCHEME);
        requirement.addObject().putArray(OAUTH2_SCHEME);
        return requirement;
    }

    private ObjectNode info(List<String> unavailable) {
        String text = description;
        if (!unavailable.isEmpty()) {
            text += "\n\n**Incomplete:** the operations of " + String.join(", ", unavailable)
                    + " are missing while the gateway cannot reach them; they appear again when they answer.";
        }
        ObjectNode info = JSON.objectNode().put("title", TITLE).put("version", version).put("description", text);
        info.putObject("contact").put("name", "Collections platform operators");
        info.putObject("license").put("name", "Proprietary; for the platform's clients and partner agencies")
                .put("identifier", "LicenseRef-Proprietary");
        return info;
    }

    private static String openApiVersion(List<Source> sources, List<String> conflicts) {
        Set<String> versions = new LinkedHashSet<>();
        sources.forEach(source -> versions.add(source.document().path("openapi").asText("3.0.3")));
        if (versions.size() > 1) {
            conflicts.add("the documents use different OpenAPI versions " + versions);
        }
        return versions.isEmpty() ? "3.0.3" : versions.iterator().next();
    }

    /** The tags the kept operations use, with the description of the first document that describes each. */
    private static ArrayNode tags(List<Source> sources, Set<String> used) {
        Map<String, JsonNode> described = new TreeMap<>();
        for (Source source : sources) {
            source.document().path("tags").forEach(tag -> {
                String name = tag.path("name").asText();
                if (used.contains(name)) {
                    described.putIfAbsent(name, tag.deepCopy());
                }
            });
        }
        used.forEach(name -> described.putIfAbsent(name, JSON.objectNode().put("name", name)));
        ArrayNode tags = JSON.arrayNode();
        described.values().forEach(tags::add);
        return tags;
    }
}
