package dev.glyphic.bootstrap.ops;

import dev.glyphic.bootstrap.config.MetricsSettings;
import dev.glyphic.web.problem.Problem;
import dev.glyphic.web.problem.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.Optional;

/** Applies {@link MetricsAccess} to the Prometheus endpoint before it answers. */
@ServerFilter({"/prometheus", "/prometheus/**"})
public final class MetricsGate {
    private final MetricsAccess access;

    public MetricsGate(MetricsSettings settings) {
        this.access = new MetricsAccess(Optional.ofNullable(settings.token()));
    }

    @RequestFilter
    @Nullable
    public MutableHttpResponse<Problem> check(HttpRequest<?> request) {
        return switch (access.check(request.getHeaders().findFirst(HttpHeaders.AUTHORIZATION),
                request.getRemoteAddress().getAddress())) {
            case MetricsAccess.Verdict.Allowed allowed -> null;
            case MetricsAccess.Verdict.TokenRequired required -> Problems.respond(Problem.of("unauthenticated",
                            "Authentication required", 401,
                            "metrics need the bearer token set in GLYPHIC_METRICS_TOKEN"))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            case MetricsAccess.Verdict.LocalOnly local -> Problems.respond(Problem.of("forbidden", "Forbidden", 403,
                    "metrics are served to this machine only; set GLYPHIC_METRICS_TOKEN to scrape them from "
                            + "elsewhere"));
        };
    }
}
