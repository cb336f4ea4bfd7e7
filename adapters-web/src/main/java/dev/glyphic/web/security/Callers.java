package dev.glyphic.web.security;

import dev.glyphic.application.port.in.auth.Caller;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import java.util.Optional;

/** The caller the core authenticated ({@link BearerTokenValidator}), read back from a request. */
final class Callers {
    private Callers() {
    }

    /** Empty for an anonymous request. */
    static Optional<Caller> of(HttpRequest<?> request) {
        return request.getUserPrincipal(Authentication.class)
                .map(a -> a.getAttributes().get(BearerTokenValidator.CALLER))
                .filter(Caller.class::isInstance).map(Caller.class::cast);
    }
}
