package dev.glyphic.web.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.JacksonExceptionHandler;
import io.micronaut.http.server.exceptions.JsonExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.json.JsonSyntaxException;
import jakarta.inject.Singleton;

/**
 * The three routes by which a bad body reaches us from the framework, all answered by {@link JsonBodyProblems}: raw
 * Jackson failures, body conversion failures (which wrap them), and syntax errors.
 */
final class JsonBodyErrorHandlers {
    private JsonBodyErrorHandlers() {
    }

    @Singleton
    @Replaces(JacksonExceptionHandler.class)
    static final class Jackson implements ExceptionHandler<JsonProcessingException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, JsonProcessingException exception) {
            return JsonBodyProblems.of(exception);
        }
    }

    @Singleton
    @Replaces(JsonExceptionHandler.class)
    static final class Syntax implements ExceptionHandler<JsonSyntaxException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, JsonSyntaxException exception) {
            return exception.getCause() instanceof JsonProcessingException jackson
                    ? JsonBodyProblems.of(jackson) : JsonBodyProblems.malformed("");
        }
    }

    /** Conversion failures of a body carry Jackson's exception; those of a query value are a plain bad request. */
    @Singleton
    @Replaces(ConversionErrorHandler.class)
    static final class Conversion implements ExceptionHandler<ConversionErrorException, HttpResponse<?>> {
        private final ErrorResponseProcessor<?> processor;

        Conversion(ErrorResponseProcessor<?> processor) {
            this.processor = processor;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, ConversionErrorException exception) {
            if (exception.getCause() instanceof JsonProcessingException jackson) {
                return JsonBodyProblems.of(jackson);
            }
            String detail = "'" + exception.getArgument().getName() + "' has an invalid value";
            return processor.processResponse(ErrorContext.builder(request).cause(exception).errorMessage(detail)
                    .build(), HttpResponse.badRequest());
        }
    }
}
