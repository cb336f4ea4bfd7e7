package dev.glyphic.integrations.unconfigured;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.glyphic.application.port.out.execution.ContentGeneration;
import dev.glyphic.application.port.out.execution.ContentGeneration.Failed;
import dev.glyphic.application.port.out.execution.ContentGeneration.Generated;
import dev.glyphic.application.port.out.execution.ContentGeneration.Generation;
import dev.glyphic.application.port.out.execution.ContentGeneration.GenerationRequest;
import dev.glyphic.application.port.out.execution.ContentGeneration.Kind;
import dev.glyphic.application.port.out.execution.ContentGeneration.NotConfigured;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.execution.IdempotencyKey;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ContentGeneration} must do: answer every request with an outcome value that explains itself,
 * never an exception. Only {@link UnconfiguredContentGeneration} exists yet
 * ({@code UnconfiguredContentGenerationTest}); a provider adapter adds its own tests of generating and of passing
 * the idempotency key on.
 */
abstract class ContentGenerationContract {

    protected abstract ContentGeneration adapter();

    static GenerationRequest request(Kind kind) {
        return new GenerationRequest(OrgId.random(), WorkspaceId.random(), kind, "A fox, in one sentence.",
                Optional.empty(), Json.NULL, IdempotencyKey.of(ExecutionId.random(), "generate", 0));
    }

    @Test
    void everyKindIsAnsweredWithAnOutcomeThatExplainsItselfNeverAnException() {
        for (Kind kind : Kind.values()) {
            Generation outcome = adapter().generate(request(kind));

            assertNotNull(outcome, kind::wireName);
            switch (outcome) {
                case Generated generated -> assertNotNull(generated.content());
                case NotConfigured notConfigured -> assertFalse(notConfigured.why().isBlank(), kind::wireName);
                case Failed failed -> assertFalse(failed.error().isBlank(), kind::wireName);
            }
        }
    }
}
