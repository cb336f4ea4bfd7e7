package dev.glyphic.web.problem;

import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.shared.Violation;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;

/** The one place where the core's refusals become HTTP; the switch is exhaustive over the sealed refusals. */
@Singleton
public final class DomainExceptionHandler implements ExceptionHandler<DomainException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, DomainException exception) {
        return switch (exception) {
            case DomainException.NotFound e -> Problems.respond(Problem.of("not-found", "Not found", 404,
                    e.getMessage()));
            case DomainException.Forbidden e -> Problems.respond(Problem.of(e.code().replace('_', '-'), "Forbidden", 403,
                    e.getMessage()));
            case DomainException.Unauthenticated e -> Problems.respond(Problem.of("unauthenticated",
                    "Authentication failed", 401, e.getMessage()));
            case DomainException.Conflict e -> Problems.respond(Problem.of(e.code().replace('_', '-'), "Conflict",
                    409, e.getMessage()));
            case DomainException.Invalid e -> Problems.respond(Problem.of("validation", "Invalid request", 422,
                    "the request breaks " + e.violations().size() + " rule(s); see errors")
                    .withErrors(fieldErrors(e.violations())));
            case DomainException.BadQuery e -> Problems.respond(Problem.of("invalid-query", "Invalid query", 400,
                    e.getMessage()).withErrors(fieldErrors(e.violations())));
            case DomainException.StaleVersion e -> Problems.respond(Problem.of("stale-version",
                    "Precondition failed", 412, e.getMessage()));
            case DomainException.VersionRequired e -> Problems.respond(Problem.of("version-required",
                    "Precondition required", 428, e.getMessage()));
            case DomainException.RateLimited e -> Problems.respondRetryAfter(Problem.of(e.code().replace('_', '-'),
                    "Too many requests", 429, e.getMessage()), e.retryAfter());
            case DomainException.Overloaded e -> Problems.respondRetryAfter(Problem.of("overloaded",
                    "Service unavailable", 503, e.getMessage()), e.retryAfter());
        };
    }

    private static List<Problem.FieldError> fieldErrors(List<Violation> violations) {
        return violations.stream().map(v -> new Problem.FieldError(v.pointer(), v.code(), v.message())).toList();
    }
}
