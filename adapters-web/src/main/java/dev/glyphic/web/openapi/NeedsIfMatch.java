package dev.glyphic.web.openapi;

import dev.glyphic.web.problem.Problem;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An operation that changes a versioned resource: without If-Match it answers 428, with a stale one 412. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ApiResponse(responseCode = "412", description = "If-Match names a version that is no longer the current one",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)),
        headers = {
        @Header(name = Headers.RATE_LIMIT, description = Headers.RATE_LIMIT_DOC,
                schema = @Schema(type = "string", maxLength = Headers.MAX_TEXT, pattern = Headers.PRINTABLE)),
        @Header(name = Headers.RATE_LIMIT_POLICY, description = Headers.RATE_LIMIT_POLICY_DOC,
                schema = @Schema(type = "string", maxLength = Headers.MAX_TEXT, pattern = Headers.PRINTABLE)),
        @Header(name = Headers.ALLOW_ORIGIN, description = Headers.ALLOW_ORIGIN_DOC,
                schema = @Schema(type = "string", maxLength = Headers.MAX_URI, pattern = Headers.PRINTABLE))})
@ApiResponse(responseCode = "428", description = "The change needs an If-Match header with the resource's ETag",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)),
        headers = {
        @Header(name = Headers.RATE_LIMIT, description = Headers.RATE_LIMIT_DOC,
                schema = @Schema(type = "string", maxLength = Headers.MAX_TEXT, pattern = Headers.PRINTABLE)),
        @Header(name = Headers.RATE_LIMIT_POLICY, description = Headers.RATE_LIMIT_POLICY_DOC,
                schema = @Schema(type = "string", maxLength = Headers.MAX_TEXT, pattern = Headers.PRINTABLE)),
        @Header(name = Headers.ALLOW_ORIGIN, description = Headers.ALLOW_ORIGIN_DOC,
                schema = @Schema(type = "string", maxLength = Headers.MAX_URI, pattern = Headers.PRINTABLE))})
public @interface NeedsIfMatch {
}
