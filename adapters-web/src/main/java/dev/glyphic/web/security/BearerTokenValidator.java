package dev.glyphic.web.security;

import dev.glyphic.application.port.in.auth.Authenticate;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.auth.RequestOrigin;
import dev.glyphic.web.support.Origins;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.reactivestreams.Publisher;

/**
 * Hands every bearer token to the core's {@link Authenticate} use case: the web layer does not know what the token
 * is, only that the core vouches for the caller. Runs on the blocking executor because the check reads the database
 * (a session still live, an API key not revoked).
 */
@Singleton
public final class BearerTokenValidator implements TokenValidator<HttpRequest<?>> {
    static final String CALLER = "glyphic.caller";

    private final Authenticate authenticate;
    private final ExecutorService blocking;

    public BearerTokenValidator(Authenticate authenticate, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.authenticate = authenticate;
        this.blocking = blocking;
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        RequestOrigin origin = Origins.of(request);
        CompletableFuture<Authentication> result = CompletableFuture.supplyAsync(
                () -> authenticate.authenticate(token, origin).map(BearerTokenValidator::toAuthentication)
                        .orElse(null), blocking);
        return Publishers.fromCompletableFuture(result);
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }

    private static Authentication toAuthentication(Caller caller) {
        String name = switch (caller) {
            case Caller.Person person -> person.userId().toString();
            case Caller.Machine machine -> "api-key:" + machine.keyId();
        };
        return Authentication.build(name, List.of(), Map.of(CALLER, caller));
    }
}
