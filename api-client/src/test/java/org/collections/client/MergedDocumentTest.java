package org.collections.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openapitools.empoa.swagger.core.internal.SwAdapter;
import org.openapitools.openapistylevalidator.OpenApiSpecStyleValidator;
import org.openapitools.openapistylevalidator.ValidatorParameters;
import org.openapitools.openapistylevalidator.styleerror.StyleError;

/**
 * The merged document (target/openapi/collections-api.json, written by this module's build) is a contract a client
 * can be generated from: it parses without a message, passes the style validator, and keeps to the API conventions.
 */
class MergedDocumentTest {

    static final Path DOCUMENT = Path.of("target/openapi/collections-api.json");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    private static String text;
    private static JsonNode document;

    @BeforeAll
    static void read() throws IOException {
        text = Files.readString(DOCUMENT);
        document = new ObjectMapper().readTree(text);
    }

    @Test
    void swaggerParserReadsItWithoutAnyMessage() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIParser().readContents(text, null, options);

        assertThat(result.getOpenAPI()).isNotNull();
        assertThat(result.getMessages()).isEmpty();
    }

    /**
     * Every check of openapi-style-validator 1.11 is on, with these naming conventions: paths hyphen-case
     * ({@code /case-imports}), path and query parameters and properties camelCase, schemas PascalCase, headers
     * Hyphen-Upper-Case ({@code Idempotency-Key}). One check is off, see {@link #styleParameters()}.
     */
    @Test
    void passesTheStyleValidator() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        var parsed = new OpenAPIParser().readContents(text, null, options).getOpenAPI();
        List<StyleError> errors = new OpenApiSpecStyleValidator(SwAdapter.toOpenAPI(parsed)).validate(styleParameters());

        assertThat(errors).extracting(StyleError::toString).isEmpty();
    }

    static ValidatorParameters styleParameters() {
        return new ValidatorParameters()
                .setValidateInfoLicense(true)
                .setValidateInfoDescription(true)
                .setValidateInfoContact(true)
                .setValidateOperationOperationId(true)
                .setValidateOperationDescription(true)
                .setValidateOperationTag(true)
                .setValidateOperationSummary(true)
                .setValidateModelPropertiesDescription(true)
                .setValidateModelRequiredProperties(true)
                .setValidateModelNoLocalDef(true)
                .setValidateNaming(true)
                // Off: a literal example on every property of every model (ids, timestamps, nested views). The
                // document carries examples where they help a client: whole request bodies that succeed when sent.
                .setValidateModelPropertiesExample(false)
                .setPathNamingConvention(ValidatorParameters.NamingConvention.HyphenCase)
                .setParameterNamingConvention(ValidatorParameters.NamingConvention.CamelCase)
                .setPathParamNamingConvention(ValidatorParameters.NamingConvention.CamelCase)
                .setQueryParamNamingConvention(ValidatorParameters.NamingConvention.CamelCase)
                .setHeaderNamingConvention(ValidatorParameters.NamingConvention.HyphenUpperCase)
                .setSchemaNamingConvention(ValidatorParameters.NamingConvention.PascalCase)
                .setPropertyNamingConvention(ValidatorParameters.NamingConvention.CamelCase);
    }

    /**
     * The style validator skips properties that are a {@code $ref} (ids, instants, nested views, enums) and enum
     * schemas; a client's Javadoc needs those described too.
     */
    @Test
    void everyPropertyAndEveryEnumIsDescribed() {
        Set<String> undescribed = new TreeSet<>();
        document.path("components").path("schemas").properties().forEach(schema -> {
            if (schema.getValue().has("enum") && schema.getValue().path("description").asText("").isBlank()) {
                undescribed.add("enum " + schema.getKey());
            }
            collectUndescribedProperties(schema.getKey(), schema.getValue(), undescribed);
        });

        assertThat(undescribed).isEmpty();
    }

    private static void collectUndescribedProperties(String where, JsonNode schema, Set<String> undescribed) {
        schema.path("properties").properties().forEach(property -> {
            if (property.getValue().path("description").asText("").isBlank()) {
                undescribed.add(where + "." + property.getKey());
            }
            collectUndescribedProperties(where + "." + property.getKey(), property.getValue(), undescribed);
        });
        if (schema.has("items")) {
            collectUndescribedProperties(where + "[]", schema.get("items"), undescribed);
        }
    }

    /**
     * An enum two services share (Channel, Restriction) stays one schema only while both describe it word for word;
     * otherwise the merge keeps both under service-prefixed names and the client gets two types for one thing.
     */
    @Test
    void noEnumIsInTheDocumentTwice() {
        Map<JsonNode, List<String>> byValues = new HashMap<>();
        document.path("components").path("schemas").properties().forEach(schema -> {
            if (schema.getValue().has("enum")) {
                byValues.computeIfAbsent(schema.getValue().get("enum"), k -> new ArrayList<>()).add(schema.getKey());
            }
        });
        byValues.values().removeIf(names -> names.size() == 1);

        assertThat(byValues.values()).isEmpty();
    }

    @Test
    void everyOperationHasAUniqueOperationId() {
        Map<String, List<String>> byId = new HashMap<>();
        List<String> without = new ArrayList<>();
        forEachOperation((where, operation) -> {
            String id = operation.path("operationId").asText("");
            if (id.isEmpty()) {
                without.add(where);
            } else {
                byId.computeIfAbsent(id, k -> new ArrayList<>()).add(where);
            }
        });
        byId.values().removeIf(uses -> uses.size() == 1);

        assertThat(without).as("operations without an operationId").isEmpty();
        assertThat(byId).as("operationIds used more than once").isEmpty();
    }

    @Test
    void onlyPublicPathsAndEveryServiceIsPresent() {
        List<String> paths = new ArrayList<>();
        document.path("paths").fieldNames().forEachRemaining(paths::add);

        assertThat(paths).isNotEmpty().allMatch(path -> path.startsWith("/api/v1/"), "is under /api/v1/");
        assertThat(text).doesNotContain("/internal/", "/test/clock", "\"/q/");
        assertThat(paths).contains("/api/v1/cases", "/api/v1/plans")
                .anyMatch(path -> path.contains("contact-decisions") || path.contains("contact-points"));
        assertThat(document.has("x-unavailable-services")).isFalse();
    }

    @Test
    void everyErrorResponseIsAProblemAndEverySuccessHasItsSchema() {
        Set<String> violations = new TreeSet<>();
        forEachOperation((where, operation) -> operation.path("responses").properties().forEach(response -> {
            String status = response.getKey();
            JsonNode content = resolve(response.getValue()).path("content");
            if (status.startsWith("4") || status.startsWith("5")) {
                if (!content.has("application/problem+json")
                        || !content.path("application/problem+json").path("schema").path("$ref").asText()
                                .equals("#/components/schemas/Problem")) {
                    violations.add(where + " " + status + ": not the Problem schema as application/problem+json");
                }
            } else if (status.startsWith("2") && !status.equals("204") && !status.equals("202")) {
                if (content.isEmpty() || content.properties().stream().anyMatch(m -> m.getValue().path("schema").isMissingNode())) {
                    violations.add(where + " " + status + ": success without a schema");
                }
            }
            if (status.equals("201") && !resolve(response.getValue()).path("headers").has("Location")) {
                violations.add(where + " 201: no Location header");
            }
        }));
        forEachOperation((where, operation) -> {
            if (!operation.path("responses").has("401") || !operation.path("responses").has("422")) {
                violations.add(where + ": 401 or 422 not documented");
            }
        });

        assertThat(violations).isEmpty();
    }

    @Test
    void noModelIsAnUntypedJsonTree() {
        assertThat(document.path("components").path("schemas").has("JsonNode")).as("Jackson's JsonNode as a model")
                .isFalse();
        assertThat(text).doesNotContain("#/components/schemas/JsonNode", "#/components/schemas/ObjectNode");
    }

    @Test
    void problemExamplesCarryARealStatusAndAResolvableType() {
        Set<String> violations = new TreeSet<>();
        forEachOperation((where, operation) -> operation.path("responses").properties().forEach(response -> {
            JsonNode example = resolve(response.getValue()).path("content").path("application/problem+json").path("example");
            if (!example.isMissingNode()) {
                if (example.path("status").asInt() != Integer.parseInt(response.getKey())) {
                    violations.add(where + " " + response.getKey() + ": example status " + example.path("status"));
                }
                if (!example.path("type").asText().startsWith("/problems/")) {
                    violations.add(where + " " + response.getKey() + ": example type " + example.path("type"));
                }
            }
        }));
        assertThat(violations).isEmpty();
    }

    private static JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#/") ? document.at(ref.substring(1)) : node;
    }

    private static void forEachOperation(java.util.function.BiConsumer<String, JsonNode> action) {
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (METHODS.contains(operation.getKey())) {
                action.accept(operation.getKey().toUpperCase() + " " + path.getKey(), operation.getValue());
            }
        }));
    }
}
