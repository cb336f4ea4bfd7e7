package dev.glyphic.web.problem;

import dev.glyphic.application.port.out.transaction.TransientConflict;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.time.Duration;

/** A transaction the database aborted to break a conflict: nothing was written, so the client may simply retry. */
@Singleton
public final class TransientConflictHandler implements ExceptionHandler<TransientConflict, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, TransientConflict exception) {
        return Problems.respondRetryAfter(Problem.of("transient-conflict", "Try again", 503, "the request collided "
                + "with another one and was rolled back; nothing was changed, send it again"), Duration.ofSeconds(1));
    }
}
