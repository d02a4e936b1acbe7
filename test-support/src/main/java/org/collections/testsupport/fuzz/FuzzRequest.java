package org.collections.testsupport.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One request of a fuzz run: what it attacks, as whom, and exactly what is sent.
 *
 * @param attack what is wrong with the request ("valid" when nothing is)
 * @param body the exact bytes of the body, or null for none
 * @param mustReject whether only a 4xx is right (the request is wrong whatever the state), not also a 2xx
 */
public record FuzzRequest(ApiOperation operation, String attack, String role, String token, String method, String target,
        Map<String, String> headers, byte[] body, String contentType, boolean mustReject) {

    /** The request as a reader can replay it: method, target, role, attack and (cut) body. */
    public String describe() {
        String shownBody = "";
        if (body != null) {
            String text = new String(body, StandardCharsets.UTF_8).replace("\u0000", "\\u0000");
            shownBody = " body " + (text.length() > 240 ? text.substring(0, 240) + "…(" + body.length + " bytes)" : text);
        }
        String shownTarget = target.length() > 200 ? target.substring(0, 200) + "…" : target;
        return method + " " + shownTarget + " as " + role + " [" + attack + "]"
                + (contentType == null ? "" : " " + contentType) + shownBody;
    }

    FuzzRequest rejectOnly() {
        return new FuzzRequest(operation, attack, role, token, method, target, headers, body, contentType, true);
    }

    FuzzRequest withTarget(UnaryOperator<String> change) {
        return new FuzzRequest(operation, attack, role, token, method, change.apply(target), headers, body, contentType, mustReject);
    }
}
