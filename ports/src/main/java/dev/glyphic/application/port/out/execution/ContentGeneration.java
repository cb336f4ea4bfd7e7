package dev.glyphic.application.port.out.execution;

import dev.glyphic.domain.execution.IdempotencyKey;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import java.util.Objects;
import java.util.Optional;

/**
 * Generates content ({@code content.generate}) through a provider. A provider call costs money, so an adapter must
 * pass {@link GenerationRequest#idempotencyKey()} on to the provider (or deduplicate itself): the engine may ask
 * twice for the same step. Every outcome is a value; nothing about the provider is thrown.
 */
public interface ContentGeneration {

    /** What to generate, as the node's {@code kind} field names it. */
    enum Kind {
        SCRIPT, IMAGE, VOICE, VIDEO;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Optional<Kind> fromWire(String name) {
            for (Kind kind : values()) {
                if (kind.wireName().equals(name)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * @param model   the provider's model id; empty for the configured default
     * @param options provider options (aspect ratio, voice, duration), {@link Json#NULL} when none
     */
    record GenerationRequest(OrgId orgId, WorkspaceId workspaceId, Kind kind, String prompt, Optional<String> model,
                             Json options, IdempotencyKey idempotencyKey) {
        public GenerationRequest {
            Objects.requireNonNull(orgId, "orgId");
            Objects.requireNonNull(workspaceId, "workspaceId");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(prompt, "prompt");
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(options, "options");
            Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        }
    }

    sealed interface Generation {
    }

    /** The content: a script as text, media as a description of where it is stored. */
    record Generated(Json content) implements Generation {
        public Generated {
            Objects.requireNonNull(content, "content");
        }
    }

    /** No provider can serve the request in this deployment; {@code why} is a sentence for the workflow's author. */
    record NotConfigured(String why) implements Generation {
        public NotConfigured {
            Objects.requireNonNull(why, "why");
        }
    }

    /** The provider was asked and did not deliver; {@code retryable} when asking again could help. */
    record Failed(String error, boolean retryable) implements Generation {
        public Failed {
            Objects.requireNonNull(error, "error");
        }
    }

    Generation generate(GenerationRequest request);
}
