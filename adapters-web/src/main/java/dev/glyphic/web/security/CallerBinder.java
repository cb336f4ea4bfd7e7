package dev.glyphic.web.security;

import dev.glyphic.application.port.in.auth.Caller;
import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.AnnotatedRequestArgumentBinder;
import io.micronaut.security.filters.SecurityFilter;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Binds {@link Authenticated} arguments to the caller the core authenticated. Until the security filter has run
 * there is nothing to bind yet (unsatisfied, so Micronaut asks again). After it, a route that takes a caller is one
 * for authenticated callers only, so a missing caller is a bug, not a request to refuse.
 */
@Singleton
public final class CallerBinder implements AnnotatedRequestArgumentBinder<Authenticated, Caller> {

    @Override
    public Class<Authenticated> getAnnotationType() {
        return Authenticated.class;
    }

    @Override
    public BindingResult<Caller> bind(ArgumentConversionContext<Caller> context, HttpRequest<?> request) {
        if (!request.getAttributes().contains(SecurityFilter.KEY)) {
            return BindingResult.unsatisfied();
        }
        Caller caller = Callers.of(request).orElseThrow(() -> new IllegalStateException(
                "a route taking a caller was reached without one: " + request.getPath()));
        return () -> Optional.of(caller);
    }
}
