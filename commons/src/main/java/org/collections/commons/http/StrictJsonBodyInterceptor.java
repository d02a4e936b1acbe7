package org.collections.commons.http;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.collections.commons.input.Utf8;
import org.collections.commons.problem.ProblemException;

/**
 * Refuses a JSON body that is not strict UTF-8 (overlong encodings, encoded surrogates) before Jackson, which would
 * decode some of them leniently, reads it. JSON bodies are small (the edge limits them); streamed imports are not JSON.
 */
@Provider
public class StrictJsonBodyInterceptor implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type != null && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"))) {
            byte[] body = context.getInputStream().readAllBytes();
            if (!Utf8.wellFormed(body)) {
                throw new ProblemException(400, "malformed-json", "Malformed JSON",
                        "The request body is not well-formed UTF-8");
            }
            context.setInputStream(new ByteArrayInputStream(body));
        }
        return context.proceed();
    }
}
