package org.collections.commons.problem;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(problem.getExample()).asString().contains("status=409", "type=/problems/conflict");
    }

    @Test
    void theChallengeNamesTheRealmAndTheErrorOnlyWhenATokenWasSent() {
        assertThat(org.collections.commons.http.EdgeRequestFilter.challenge(false)).isEqualTo("Bearer realm=\"collections\"");
        assertThat(org.collections.commons.http.EdgeRequestFilter.challenge(true))
                .isEqualTo("Bearer realm=\"collections\", error=\"invalid_token\"");
    }
}
