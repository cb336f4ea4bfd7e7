package dev.glyphic.web.openapi;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Created: the new workflow, where it lives, and its version as ETag; the body is the method's return type.
 * The method also carries {@code @Status(HttpStatus.CREATED)}: micronaut-openapi reads the success code there.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ApiResponse(responseCode = "201", description = "Created: the new workflow, where it lives, and its version as ETag",
        headers = {
        @Header(name = Headers.LOCATION, description = Headers.LOCATION_DOC,
                schema = @Schema(type = "string", format = "uri-reference", maxLength = Headers.MAX_URI)),
        @Header(name = Headers.ETAG, description = Headers.ETAG_DOC,
                schema = @Schema(type = "string", maxLength = 11, pattern = Headers.ETAG_PATTERN)),
        @Header(name = Headers.RATE_LIMIT, description = Headers.RATE_LIMIT_DOC,
                schema = @Schema(type = "string", maxLength = Headers.MAX_TEXT, pattern = Headers.PRINTABLE)),
        @Header(name = Headers.RATE_LIMIT_POLICY, description = Headers.RATE_LIMIT_POLICY_DOC,
                schema = @Schema(type = "string", maxLength = Headers.MAX_TEXT, pattern = Headers.PRINTABLE)),
        @Header(name = Headers.ALLOW_ORIGIN, description = Headers.ALLOW_ORIGIN_DOC,
                schema = @Schema(type = "string", maxLength = Headers.MAX_URI, pattern = Headers.PRINTABLE))})
public @interface ReturnsCreatedVersioned {
}
