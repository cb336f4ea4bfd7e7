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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Gives every request an id, echoed in {@code X-Request-Id} and carried into every log line of the request (MDC key
 * {@code requestId}), on whichever thread the request moves to; writes one access-log line per request (logger
 * {@code glyphic.access}). A well-formed id from a proxy in front is kept, so
 * one id follows a request end to end.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
public final class RequestIdFilter implements HttpServerFilter {
    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Logger ACCESS = LoggerFactory.getLogger("glyphic.access");
    private static final Pattern ACCEPTABLE = Pattern.compile("^[A-Za-z0-9._-]{8,128}$");

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        String id = request.getHeaders().findFirst(HEADER).filter(h -> ACCEPTABLE.matcher(h).matches())
                .orElseGet(() -> UUID.randomUUID().toString());
        long started = System.nanoTime();
        Map<String, String> mdc = Map.of(MDC_KEY, id);
        try (PropagatedContext.Scope ignored = PropagatedContext.getOrEmpty()
                .plus(new MdcPropagationContext(mdc)).propagate()) {
            return Publishers.map(chain.proceed(request), response -> {
                logAccess(request, response, started, mdc);
                return response.header(HEADER, id);
            });
        }
    }

    /** One line per request: method, path (never the query, which may carry tokens), status and time. */
    private static void logAccess(HttpRequest<?> request, MutableHttpResponse<?> response, long started,
                                  Map<String, String> mdc) {
        if (!ACCESS.isInfoEnabled()) {
            return;
        }
        Map<String, String> previous = MDC.getCopyOfContextMap();
        MDC.setContextMap(mdc);
        try {
            ACCESS.info("{} {} {} {}ms", request.getMethodName(), request.getPath(), response.code(),
                    (System.nanoTime() - started) / 1_000_000);
        } finally {
            if (previous == null) {
                MDC.clear();
            } else {
                MDC.setContextMap(previous);
            }
        }
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
