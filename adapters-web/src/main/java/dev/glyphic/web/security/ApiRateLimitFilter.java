package dev.glyphic.web.security;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.limits.MeterApiCall;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.web.problem.Problem;
import dev.glyphic.web.problem.Problems;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.reactivestreams.Publisher;

/**
 * Meters every authenticated {@code /api/v1} call once the caller is known (after the security filter), and
 * answers with the rates that applied in the {@code RateLimit-Policy} and {@code RateLimit} fields of the IETF
 * draft (draft-ietf-httpapi-ratelimit-headers): the policy nearest to its limit is the one reported in
 * {@code RateLimit}. Over a rate: 429 problem+json with {@code Retry-After}.
 */
@Filter("/api/v1/**")
public final class ApiRateLimitFilter implements HttpServerFilter {
    private static final Pattern ORG_PATH = Pattern.compile("^/api/v1/orgs/([0-9a-fA-F-]{36})(?:/.*)?$");

    private final MeterApiCall meter;

    public ApiRateLimitFilter(MeterApiCall meter) {
        this.meter = meter;
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        Optional<Caller> caller = Callers.of(request);
        if (caller.isEmpty()) {
            return chain.proceed(request);
        }
        MeterApiCall.Verdict verdict = meter.meter(caller.get(), orgInPath(request.getPath()));
        if (verdict instanceof MeterApiCall.Verdict.Refused refused) {
            MutableHttpResponse<?> response = Problems.respondRetryAfter(Problem.of("rate-limited",
                    "Too many requests", 429, "too many API calls for this " + tightest(refused.quotas())
                            .map(MeterApiCall.Quota::policy).orElse("caller") + "; try again later"),
                    refused.retryAfter());
            return Publishers.just(withFields(response, verdict.quotas()));
        }
        return Publishers.map(chain.proceed(request), response -> withFields(response, verdict.quotas()));
    }

    private static Optional<OrgId> orgInPath(String path) {
        Matcher m = ORG_PATH.matcher(path);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OrgId.parse(m.group(1)));
        } catch (DomainException.Invalid e) {
            return Optional.empty();
        }
    }

    private static Optional<MeterApiCall.Quota> tightest(List<MeterApiCall.Quota> quotas) {
        return quotas.stream().min(Comparator.comparingLong(MeterApiCall.Quota::remaining));
    }

    private static MutableHttpResponse<?> withFields(MutableHttpResponse<?> response, List<MeterApiCall.Quota> quotas) {
        if (quotas.isEmpty()) {
            return response;
        }
        response.header("RateLimit-Policy", quotas.stream()
                .map(q -> "\"" + q.policy() + "\";q=" + q.limit() + ";w=" + q.window().toSeconds())
                .collect(Collectors.joining(", ")));
        tightest(quotas).ifPresent(q -> response.header("RateLimit",
                "\"" + q.policy() + "\";r=" + q.remaining() + ";t=" + Problems.wholeSecondsUp(q.reset())));
        return response;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
