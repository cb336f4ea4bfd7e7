package dev.glyphic.bootstrap.config;

import dev.glyphic.domain.org.TenantCeilings;
import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * The operator's ceilings on what one organization may use ({@code glyphic.tenant-ceilings.*}, from the
 * {@code GLYPHIC_ORG_MAX_*} and {@code GLYPHIC_MAX_SUBWORKFLOW_DEPTH} environment variables in application.yml).
 * Out-of-range values stop the server at start, naming the setting.
 */
@ConfigurationProperties("glyphic.tenant-ceilings")
public record TenantCeilingsSettings(int maxConcurrentExecutions, int maxRetentionDays, int maxQueuedExecutions,
                                     int maxSubworkflowDepth) {

    public TenantCeilings ceilings() {
        return new TenantCeilings(maxConcurrentExecutions, maxRetentionDays, maxQueuedExecutions,
                maxSubworkflowDepth);
    }
}
