package dev.glyphic.web.support;

import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.reactivestreams.Publisher;

/**
 * Gives every request an id, echoed in {@code X-Request-Id} and carried into every log line of the request (MDC key
 * {@code requestId}), on whichever thread the request moves to. A well-formed id from a proxy in front is kept, so
 * one id follows a request end to end.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
public final class RequestIdFilter implements HttpServerFilter {
    public static final String HEADER = "X-Request-Id";
    private static final Pattern ACCEPTABLE = Pattern.compile("^[A-Za-z0-9._-]{8,128}$");

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        String id = request.getHeaders().findFirst(HEADER).filter(h -> ACCEPTABLE.matcher(h).matches())
                .orElseGet(() -> UUID.randomUUID().toString());
        try (PropagatedContext.Scope ignored = PropagatedContext.getOrEmpty()
                .plus(new MdcPropagationContext(Map.of("requestId", id))).propagate()) {
            return Publishers.map(chain.proceed(request), response -> response.header(HEADER, id));
        }
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
