package dev.glyphic.bootstrap.config;

import dev.glyphic.domain.workflow.DefinitionLimits;
import io.micronaut.context.annotation.ConfigurationProperties;

/** How large one workflow definition may be ({@code glyphic.workflows.*} in application.yml). */
@ConfigurationProperties("glyphic.workflows")
public record WorkflowSettings(int maxNodes, long maxDefinitionBytes) {

    public DefinitionLimits definitionLimits() {
        return new DefinitionLimits(maxNodes, maxDefinitionBytes);
    }
}
