package dev.glyphic.bootstrap.config;

import dev.glyphic.application.engine.EngineSettings;
import dev.glyphic.application.engine.StepLimits;
import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * How this instance's execution engine works ({@code glyphic.engine.*}, from the {@code GLYPHIC_ENGINE_*}
 * variables in application.yml). {@code glyphic.engine.enabled} is not here: it decides whether the engine bean
 * exists at all ({@code EngineFactory}).
 */
@ConfigurationProperties("glyphic.engine")
public record EngineRuntimeSettings(int slots, Duration lease, Duration idlePoll, Duration sweepInterval,
                                    Duration shutdownGrace, long maxOutputBytes, int maxRecordAttempts) {

    public EngineSettings engine() {
        return new EngineSettings(slots, lease, idlePoll, sweepInterval, shutdownGrace);
    }

    public StepLimits stepLimits() {
        return new StepLimits(maxOutputBytes, maxRecordAttempts);
    }
}
