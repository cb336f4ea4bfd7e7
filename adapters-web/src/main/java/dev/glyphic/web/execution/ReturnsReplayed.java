package dev.glyphic.web.execution;

import dev.glyphic.web.openapi.Headers;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The answer to a repeated request with the same Idempotency-Key: the execution the first request started. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ApiResponse(responseCode = "200", description = "A repeat of an earlier request with the same Idempotency-Key: the "
        + "execution that request started",
        content = @Content(mediaType = "application/json",
        schema = @Schema(implementation = ExecutionJson.Response.class)),
        headers = {
        @Header(name = Headers.REPLAYED, description = Headers.REPLAYED_DOC,
                schema = @Schema(type = "string", allowableValues = "true")),
        @Header(name = Headers.RATE_LIMIT, description = Headers.RATE_LIMIT_DOC,
                schema = @Schema(type = "string", maxLength = Headers.MAX_TEXT, pattern = Headers.PRINTABLE)),
        @Header(name = Headers.RATE_LIMIT_POLICY, description = Headers.RATE_LIMIT_POLICY_DOC,
                schema = @Schema(type = "string", maxLength = Headers.MAX_TEXT, pattern = Headers.PRINTABLE)),
        @Header(name = Headers.ALLOW_ORIGIN, description = Headers.ALLOW_ORIGIN_DOC,
                schema = @Schema(type = "string", maxLength = Headers.MAX_URI, pattern = Headers.PRINTABLE))})
@interface ReturnsReplayed {
}
