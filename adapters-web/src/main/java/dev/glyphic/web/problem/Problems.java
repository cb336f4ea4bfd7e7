package dev.glyphic.web.problem;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import java.time.Duration;

/** Turns problems into responses, and names the problem of each plain HTTP status. */
public final class Problems {
    private Problems() {
    }

    public static MutableHttpResponse<Problem> respond(Problem problem) {
        return HttpResponse.<Problem>status(HttpStatus.valueOf(problem.status()))
                .contentType(Problem.MEDIA_TYPE)
                .body(problem);
    }

    /**
     * A problem the client may send again later, with {@code Retry-After} in whole seconds, rounded up (a client told
     * to wait must not come back a fraction too early) and at least one.
     */
    public static MutableHttpResponse<Problem> respondRetryAfter(Problem problem, Duration wait) {
        return respond(problem).header("Retry-After", String.valueOf(Math.max(1, wholeSecondsUp(wait))));
    }

    /** Whole seconds of a duration, rounded up. */
    public static long wholeSecondsUp(Duration d) {
        return d.toSeconds() + (d.toNanosPart() > 0 ? 1 : 0);
    }

    /** The problem for a status raised by the framework itself (no route, wrong method, body too large, …). */
    public static Problem forStatus(int status, String detail) {
        return switch (status) {
            case 400 -> Problem.of("bad-request", "Bad request", 400, detail);
            case 401 -> Problem.of("unauthenticated", "Authentication required", 401,
                    "send a valid bearer token: an access token, an API key or a token of the configured issuer");
            case 403 -> Problem.of("forbidden", "Forbidden", 403, detail);
            case 404 -> Problem.of("not-found", "Not found", 404, detail);
            case 405 -> Problem.of("method-not-allowed", "Method not allowed", 405, detail);
            case 406 -> Problem.of("not-acceptable", "Not acceptable", 406, detail);
            case 413 -> Problem.of("payload-too-large", "Request body too large", 413, detail);
            case 415 -> Problem.of("unsupported-media-type", "Unsupported media type", 415,
                    "send the body as application/json");
            case 429 -> Problem.of("rate-limited", "Too many requests", 429, detail);
            default -> status >= 500
                    ? Problem.of("internal", "Internal error", status,
                            "something went wrong on our side; the request id in the X-Request-Id header helps us find it")
                    : Problem.of("http-" + status, "HTTP " + status, status, detail);
        };
    }
}
