package dev.glyphic.integrations.unconfigured;

import dev.glyphic.application.port.out.execution.ContentGeneration;

/**
 * Used until a content-generation provider adapter exists: every request is answered as not configured, so a
 * workflow that generates content fails saying why, instead of succeeding with made-up content.
 */
public final class UnconfiguredContentGeneration implements ContentGeneration {
    /** The runner prefixes "not configured: ", so the sentence does not say it again. */
    private static final String WHY = "content generation has no provider adapter installed yet";

    public UnconfiguredContentGeneration() {
    }

    @Override
    public Generation generate(GenerationRequest request) {
        return new NotConfigured(WHY);
    }
}
