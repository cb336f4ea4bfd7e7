package dev.glyphic.web.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.stream.Collectors;

/**
 * Every error the framework raises on its own (no such route, wrong method, unsupported media type, missing body,
 * rejected credentials) leaves as problem+json too, so a client has one error format to read.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public final class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        int status = response.code();
        String detail = status >= 500 ? null : context.getErrors().stream()
                .map(Error::getMessage)
                .collect(Collectors.joining("; "));
        Problem problem = Problems.forStatus(status, detail == null || detail.isBlank() ? null : detail);
        return response.contentType(Problem.MEDIA_TYPE).body(problem);
    }
}
