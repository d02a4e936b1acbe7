package org.collections.commons.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.junit.jupiter.api.Test;

class ProblemResponsesFilterTest {

    @Test
    void theDocumentKeepsOnlyApiPathsDescribesAuthenticationAndAnswersEveryErrorAsAProblem() {
        OpenAPI openAPI = OASFactory.createOpenAPI()
                .paths(OASFactory.createPaths()
                        .addPathItem("/api/v1/agencies", OASFactory.createPathItem().POST(OASFactory.createOperation()
                                .operationId("registerAgency")
                                .requestBody(OASFactory.createRequestBody())
                                .responses(OASFactory.createAPIResponses().addAPIResponse("409",
                                        OASFactory.createAPIResponse().description("Registered already")))))
                        .addPathItem("/internal/v1/events", OASFactory.createPathItem().POST(OASFactory.createOperation()))
                        .addPathItem("/test/clock", OASFactory.createPathItem().POST(OASFactory.createOperation())))
                .components(OASFactory.createComponents().addSecurityScheme("SecurityScheme",
                        OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")));

        new ProblemResponsesFilter().filterOpenAPI(openAPI);

        assertThat(openAPI.getPaths().getPathItems()).containsOnlyKeys("/api/v1/agencies");
        assertThat(openAPI.getComponents().getSecuritySchemes().get("SecurityScheme").getDescription())
                .contains("`collections-platform`", "`collections-api`", "`groups`", "`agency_id`", "24 hours",
                        "/oauth2/token", "WWW-Authenticate: Bearer realm=\"collections\"");
        var responses = openAPI.getPaths().getPathItem("/api/v1/agencies").getPOST().getResponses();
        assertThat(responses.getAPIResponses()).containsKeys("400", "401", "403", "404", "409", "412", "413", "414",
                "415", "422");
        var conflict = responses.getAPIResponse("409");
        assertThat(conflict.getDescription()).isEqualTo("Registered already");
        var problem = conflict.getContent().getMediaType(Problem.MEDIA_TYPE);
        assertThat(problem.getSchema().getRef()).isEqualTo("#/components/schemas/Problem");
        assertThat(problem.getExample()).isEqualTo(Map.of("type", "/problems/conflict", "title", "Conflict",
                "status", 409, "detail", "Registered already"));
        assertThat(responses.getAPIResponse("422").getContent().getMediaType(Problem.MEDIA_TYPE).getExample())
                .asString().contains("errors=", "status=422");
    }

    @Test
    void anErrorAnOperationDeclaresIsAProblemOfItsStatusWithItsDescriptionAsTheDetail() {
        var responses = OASFactory.createAPIResponses()
                .addAPIResponse("422", OASFactory.createAPIResponse().description("Unknown pack"))
                .addAPIResponse("428", OASFactory.createAPIResponse().description("If-Match is missing"))
                .addAPIResponse("503", OASFactory.createAPIResponse().description("case-service is unavailable"));
        OpenAPI openAPI = OASFactory.createOpenAPI().paths(OASFactory.createPaths().addPathItem("/api/v1/things",
                OASFactory.createPathItem().PUT(OASFactory.createOperation().responses(responses))));

        new ProblemResponsesFilter().filterOpenAPI(openAPI);

        Map<String, List<String>> typeAndTitle = Map.of(
                "422", List.of("/problems/validation", "Validation failed"),
                "428", List.of("/problems/precondition-required", "Precondition required"),
                "503", List.of("/problems/dependency-unavailable", "Service unavailable"));
        typeAndTitle.forEach((status, expected) -> {
            var response = responses.getAPIResponse(status);
            assertThat(response.getContent().getMediaType(Problem.MEDIA_TYPE).getExample()).isEqualTo(Map.of(
                    "type", expected.get(0), "title", expected.get(1), "status", Integer.parseInt(status),
                    "detail", response.getDescription()));
        });
    }

    @Test
    void theChallengeNamesTheRealmAndTheErrorOnlyWhenATokenWasSent() {
        assertThat(org.collections.commons.http.EdgeRequestFilter.challenge(false)).isEqualTo("Bearer realm=\"collections\"");
        assertThat(org.collections.commons.http.EdgeRequestFilter.challenge(true))
                .isEqualTo("Bearer realm=\"collections\", error=\"invalid_token\"");
    }
}
