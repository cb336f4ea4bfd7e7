package dev.glyphic.web.problem;

import dev.glyphic.web.openapi.Headers;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents, on a controller, the errors any of its operations may answer, each an RFC 9457 problem document. Listed
 * by code, not as {@code default}: micronaut-openapi turns a class-level {@code default} into the success answer.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ApiResponse(responseCode = "400",
        description = "Malformed: unreadable JSON, a bad query parameter or path id (malformed-json, invalid-query, …)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)),
        headers = {
        @Header(name = Headers.RATE_LIMIT, description = Headers.RATE_LIMIT_DOC,
                schema = @Schema(type = "string", maxLength = Headers.MAX_TEXT, pattern = Headers.PRINTABLE)),
        @Header(name = Headers.RATE_LIMIT_POLICY, description = Headers.RATE_LIMIT_POLICY_DOC,
                schema = @Schema(type = "string", maxLength = Headers.MAX_TEXT, pattern = Headers.PRINTABLE)),
        @Header(name = Headers.ALLOW_ORIGIN, description = Headers.ALLOW_ORIGIN_DOC,
                schema = @Schema(type = "string", maxLength = Headers.MAX_URI, pattern = Headers.PRINTABLE))})
@ApiResponse(responseCode = "401",
        description = "No valid credentials: a missing, expired or revoked token, or a wrong email or password",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)),
        headers = {
        @Header(name = Headers.RATE_LIMIT, description = Headers.RATE_LIMIT_DOC,
                schema = @Schema(type = "string", maxLength = Headers.MAX_TEXT, pattern = Headers.PRINTABLE)),
        @Header(name = Headers.RATE_LIMIT_POLICY, description = Headers.RATE_LIMIT_POLICY_DOC,
                schema = @Schema(type = "string", maxLength = Headers.MAX_TEXT, pattern = Headers.PRINTABLE)),
        @Header(name = Headers.ALLOW_ORIGIN, description = Headers.ALLOW_ORIGIN_DOC,
                schema = @Schema(type = "string", maxLength = Headers.MAX_URI, pattern = Headers.PRINTABLE))})
@ApiResponse(responseCode = "403",
        description = "The caller's role does not allow this (problem types forbidden, self-approval, …)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)),
        headers = {
        @Header(name = Headers.RATE_LIMIT, description = Headers.RATE_LIMIT_DOC,
                schema = @Schema(type = "string", maxLength = Headers.MAX_TEXT, pattern = Headers.PRINTABLE)),
        @Header(name = Headers.RATE_LIMIT_POLICY, description = Headers.RATE_LIMIT_POLICY_DOC,
                schema = @Schema(type = "string", maxLength = Headers.MAX_TEXT, pattern = Headers.PRINTABLE)),
        @Header(name = Headers.ALLOW_ORIGIN, description = Headers.ALLOW_ORIGIN_DOC,
                schema = @Schema(type = "string", maxLength = Headers.MAX_URI, pattern = Headers.PRINTABLE))})
@ApiResponse(responseCode = "404",
        description = "No such resource, or one of another organization: the two are indistinguishable",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)),
        headers = {
        @Header(name = Headers.RATE_LIMIT, description = Headers.RATE_LIMIT_DOC,
                schema = @Schema(type = "string", maxLength = Headers.MAX_TEXT, pattern = Headers.PRINTABLE)),
        @Header(name = Headers.RATE_LIMIT_POLICY, description = Headers.RATE_LIMIT_POLICY_DOC,
                schema = @Schema(type = "string", maxLength = Headers.MAX_TEXT, pattern = Headers.PRINTABLE)),
        @Header(name = Headers.ALLOW_ORIGIN, description = Headers.ALLOW_ORIGIN_DOC,
                schema = @Schema(type = "string", maxLength = Headers.MAX_URI, pattern = Headers.PRINTABLE))})
@ApiResponse(responseCode = "409",
        description = "The resource's state does not allow this (problem types last-owner, execution-final, …)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)),
        headers = {
        @Header(name = Headers.RATE_LIMIT, description = Headers.RATE_LIMIT_DOC,
                schema = @Schema(type = "string", maxLength = Headers.MAX_TEXT, pattern = Headers.PRINTABLE)),
        @Header(name = Headers.RATE_LIMIT_POLICY, description = Headers.RATE_LIMIT_POLICY_DOC,
                schema = @Schema(type = "string", maxLength = Headers.MAX_TEXT, pattern = Headers.PRINTABLE)),
        @Header(name = Headers.ALLOW_ORIGIN, description = Headers.ALLOW_ORIGIN_DOC,
                schema = @Schema(type = "string", maxLength = Headers.MAX_URI, pattern = Headers.PRINTABLE))})
@ApiResponse(responseCode = "422",
        description = "The body breaks rules; errors points at each offending field with a JSON Pointer",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)),
        headers = {
        @Header(name = Headers.RATE_LIMIT, description = Headers.RATE_LIMIT_DOC,
                schema = @Schema(type = "string", maxLength = Headers.MAX_TEXT, pattern = Headers.PRINTABLE)),
        @Header(name = Headers.RATE_LIMIT_POLICY, description = Headers.RATE_LIMIT_POLICY_DOC,
                schema = @Schema(type = "string", maxLength = Headers.MAX_TEXT, pattern = Headers.PRINTABLE)),
        @Header(name = Headers.ALLOW_ORIGIN, description = Headers.ALLOW_ORIGIN_DOC,
                schema = @Schema(type = "string", maxLength = Headers.MAX_URI, pattern = Headers.PRINTABLE))})
@ApiResponse(responseCode = "429", description = "Over a rate limit or quota; try again after Retry-After seconds",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)),
        headers = {
        @Header(name = Headers.RETRY_AFTER, description = Headers.RETRY_AFTER_DOC, schema = @Schema(type = "integer",
                format = "int32", minimum = "0", maximum = "86400")),
        @Header(name = Headers.RATE_LIMIT, description = Headers.RATE_LIMIT_DOC,
                schema = @Schema(type = "string", maxLength = Headers.MAX_TEXT, pattern = Headers.PRINTABLE)),
        @Header(name = Headers.RATE_LIMIT_POLICY, description = Headers.RATE_LIMIT_POLICY_DOC,
                schema = @Schema(type = "string", maxLength = Headers.MAX_TEXT, pattern = Headers.PRINTABLE)),
        @Header(name = Headers.ALLOW_ORIGIN, description = Headers.ALLOW_ORIGIN_DOC,
                schema = @Schema(type = "string", maxLength = Headers.MAX_URI, pattern = Headers.PRINTABLE))})
@ApiResponse(responseCode = "500", description = "A failure of the server; the answer names the request id to quote",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)),
        headers = {
        @Header(name = Headers.RATE_LIMIT, description = Headers.RATE_LIMIT_DOC,
                schema = @Schema(type = "string", maxLength = Headers.MAX_TEXT, pattern = Headers.PRINTABLE)),
        @Header(name = Headers.RATE_LIMIT_POLICY, description = Headers.RATE_LIMIT_POLICY_DOC,
                schema = @Schema(type = "string", maxLength = Headers.MAX_TEXT, pattern = Headers.PRINTABLE)),
        @Header(name = Headers.ALLOW_ORIGIN, description = Headers.ALLOW_ORIGIN_DOC,
                schema = @Schema(type = "string", maxLength = Headers.MAX_URI, pattern = Headers.PRINTABLE))})
public @interface ProblemResponses {
}
