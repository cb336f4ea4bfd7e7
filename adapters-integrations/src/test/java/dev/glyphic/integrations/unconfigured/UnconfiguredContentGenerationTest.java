package dev.glyphic.integrations.unconfigured;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.glyphic.application.port.out.execution.ContentGeneration;
import dev.glyphic.application.port.out.execution.ContentGeneration.Kind;
import dev.glyphic.application.port.out.execution.ContentGeneration.NotConfigured;
import org.junit.jupiter.api.Test;

/** The ContentGeneration contract, run against the adapter used while no provider is installed. */
class UnconfiguredContentGenerationTest extends ContentGenerationContract {

    @Override
    protected ContentGeneration adapter() {
        return new UnconfiguredContentGeneration();
    }

    /** Never made-up content; the runner prefixes "not configured: ", so the sentence does not repeat it. */
    @Test
    void everyRequestIsNotConfiguredSayingWhy() {
        for (Kind kind : Kind.values()) {
            NotConfigured answer = assertInstanceOf(NotConfigured.class, adapter().generate(request(kind)));

            assertFalse(answer.why().isBlank());
            assertFalse(answer.why().toLowerCase().startsWith("not configured"), answer.why());
        }
    }
}
