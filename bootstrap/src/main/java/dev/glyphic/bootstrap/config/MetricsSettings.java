package dev.glyphic.bootstrap.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * Who may read {@code /prometheus} ({@code glyphic.metrics.token}, from {@code GLYPHIC_METRICS_TOKEN}).
 *
 * @param token the bearer token a scraper must send; empty or unset: only this machine may read the metrics
 */
@ConfigurationProperties("glyphic.metrics")
public record MetricsSettings(@Nullable String token) {

    @Override
    public String toString() {
        return "MetricsSettings[token " + (token == null || token.isBlank() ? "unset" : "set") + "]";
    }
}
