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

/** A Server-Sent Events stream of an execution: {@code status} events (an execution) and {@code log} events. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ApiResponse(responseCode = "200", description = "A text/event-stream: event status (data: an execution, as "
        + "showExecution answers without node runs) on connect and on each change, event log (data: a log line, id: "
        + "its id) as lines are written; the stream ends after the final status",
        content = @Content(mediaType = "text/event-stream", schema = @Schema(type = "string", maxLength = 1048576)),
        headers = {
        @Header(name = Headers.RATE_LIMIT, description = Headers.RATE_LIMIT_DOC,
                schema = @Schema(type = "string", maxLength = Headers.MAX_TEXT, pattern = Headers.PRINTABLE)),
        @Header(name = Headers.RATE_LIMIT_POLICY, description = Headers.RATE_LIMIT_POLICY_DOC,
                schema = @Schema(type = "string", maxLength = Headers.MAX_TEXT, pattern = Headers.PRINTABLE)),
        @Header(name = Headers.ALLOW_ORIGIN, description = Headers.ALLOW_ORIGIN_DOC,
                schema = @Schema(type = "string", maxLength = Headers.MAX_URI, pattern = Headers.PRINTABLE))})
@interface ReturnsEventStream {
}
