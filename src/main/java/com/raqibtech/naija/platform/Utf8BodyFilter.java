package com.raqibtech.naija.platform;

import com.raqibtech.naija.shared.error.ProblemException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * JSON bodies must be well-formed UTF-8 and of reasonable size. The JSON reader would quietly turn broken bytes
 * into U+FFFD and store them; here they are refused with a clear 400 instead, and oversized bodies with 413.
 */
@Provider
public class Utf8BodyFilter implements ContainerRequestFilter {

    static final int MAX_BODY_BYTES = 64 * 1024;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        MediaType type = request.getMediaType();
        if (!request.hasEntity() || type == null || !type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("json")) {
            return;
        }
        byte[] body;
        try (InputStream in = request.getEntityStream()) {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (body.length > MAX_BODY_BYTES) {
            throw new ProblemException(Response.Status.REQUEST_ENTITY_TOO_LARGE, "body-too-large", "Too large",
                    "The request body is larger than " + MAX_BODY_BYTES / 1024 + " KB.");
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException broken) {
            throw ProblemException.badRequest("invalid-utf8", "The request body is not valid UTF-8 text.");
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }
}
