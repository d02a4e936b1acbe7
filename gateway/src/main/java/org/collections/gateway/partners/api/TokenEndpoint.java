package org.collections.gateway.partners.api;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.collections.gateway.partners.service.ClientCredentialTokens;
import org.collections.gateway.partners.service.ClientCredentialTokens.Outcome;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The OAuth2 token endpoint for the client credentials grant (RFC 6749 §4.4). The client authenticates with HTTP
 * Basic or with {@code client_id} and {@code client_secret} form fields (§2.3.1), never both; errors are the JSON
 * of §5.2, and a failed client authentication is a 401 with {@code WWW-Authenticate: Basic}.
 */
@Path("/oauth2/token")
@Tag(name = "OAuth2", description = "Client-credential tokens for partner agencies and the platform's own services")
@PermitAll
public class TokenEndpoint {

    static final String GRANT = "client_credentials";
    private static final String CHALLENGE = "Basic realm=\"collections\", charset=\"UTF-8\"";

    @Inject
    ClientCredentialTokens tokens;

    @POST
    @Blocking
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "issueClientCredentialToken", summary = "Get a token with client credentials",
            description = "Issues a bearer token for a partner client's agency (OAuth2 client credentials grant): "
                    + "grant_type=client_credentials, the client authenticated by HTTP Basic "
                    + "(client_id:client_secret) or by the form fields client_id and client_secret, never both. Open "
                    + "to any caller with client credentials; no bearer token needed. The token carries groups "
                    + "[agency], agency_id and sub client:<client_id> and lasts 15 minutes by default; repeated "
                    + "failures for a client are refused with 429 for a while. The platform's own services get their "
                    + "token here too (client_id = the service's name): groups [service] alone and sub "
                    + "service:<name>, for calls between the services; the gateway refuses such a token at its edge.")
    @APIResponse(responseCode = "200", description = "{\"access_token\": ..., \"token_type\": \"Bearer\", \"expires_in\": 900}")
    @APIResponse(responseCode = "400", description = "invalid_request or unsupported_grant_type (RFC 6749 §5.2)")
    @APIResponse(responseCode = "401", description = "invalid_client: unknown client, wrong secret or revoked client")
    @APIResponse(responseCode = "429", description = "Too many failed attempts for this client; see Retry-After")
    public Response token(MultivaluedMap<String, String> form,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        MultivaluedMap<String, String> fields = form == null ? new jakarta.ws.rs.core.MultivaluedHashMap<>() : form;
        for (Map.Entry<String, List<String>> field : fields.entrySet()) {
            if (field.getValue().size() > 1) {
                return error(400, "invalid_request", "A parameter is repeated");
            }
        }
        String grantType = fields.getFirst("grant_type");
        if (grantType == null || grantType.isEmpty()) {
            return error(400, "invalid_request", "grant_type is missing");
        }
        if (!GRANT.equals(grantType)) {
            return error(400, "unsupported_grant_type", "Only grant_type=client_credentials is supported");
        }
        boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        boolean inForm = fields.containsKey("client_id") || fields.containsKey("client_secret");
        if (basic && inForm) {
            return error(400, "invalid_request", "Use one client authentication method, not both");
        }
        String[] credentials = basic ? basicCredentials(authorization.substring(6).strip())
                : new String[] {fields.getFirst("client_id"), fields.getFirst("client_secret")};
        if (credentials == null || isBlank(credentials[0]) || isBlank(credentials[1])) {
            return invalidClient();
        }
        Outcome outcome = tokens.issue(credentials[0], credentials[1]);
        if (outcome instanceof Outcome.Issued issued) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("access_token", issued.accessToken());
            body.put("token_type", "Bearer");
            body.put("expires_in", issued.expiresInSeconds());
            return noStore(Response.ok(body, MediaType.APPLICATION_JSON_TYPE)).build();
        }
        if (outcome instanceof Outcome.TooManyFailures tooMany) {
            return noStore(Response.status(429).type(MediaType.APPLICATION_JSON_TYPE)
                    .header("Retry-After", tooMany.retryAfterSeconds())
                    .entity(body("slow_down", "Too many failed attempts for this client; retry after "
                            + tooMany.retryAfterSeconds() + " seconds"))).build();
        }
        return invalidClient();
    }

    /** client_id and client_secret of a Basic credential, each form-urlencoded first (RFC 6749 §2.3.1). */
    private static String[] basicCredentials(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return null;
            }
            return new String[] {
                    java.net.URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                    java.net.URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Response invalidClient() {
        return noStore(Response.status(401).type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
                .entity(body("invalid_client", "Client authentication failed"))).build();
    }

    private static Response error(int status, String code, String description) {
        return noStore(Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body(code, description)))
                .build();
    }

    private static Map<String, String> body(String code, String description) {
        return Map.of("error", code, "error_description", description);
    }

    private static Response.ResponseBuilder noStore(Response.ResponseBuilder builder) {
        return builder.header(HttpHeaders.CACHE_CONTROL, "no-store").header("Pragma", "no-cache");
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
