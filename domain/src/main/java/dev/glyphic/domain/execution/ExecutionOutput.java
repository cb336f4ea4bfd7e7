package dev.glyphic.domain.execution;

import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.shared.Uuids;
import dev.glyphic.domain.workflow.WorkflowDefinition;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Something an execution produced that outlives it: a script, an image, a voice-over or a video made by a
 * {@code content.generate} node (seed 000's workflow outputs). Kept apart from the node's output so that content can
 * be found by execution, and an execution by the asset it made.
 *
 * @param assetId the stored asset it names (a video, an image), when the generator stored one
 */
public record ExecutionOutput(UUID id, ExecutionId executionId, String nodeId, OutputType type,
                              Optional<UUID> assetId, Json data, Instant createdAt) {
    private static final String GENERATOR = "content.generate";
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    public enum OutputType {
        TEXT, IMAGE, AUDIO, VIDEO;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static OutputType parse(String raw) {
            return valueOf(raw.toUpperCase(Locale.ROOT));
        }
    }

    public ExecutionOutput {
        Objects.requireNonNull(id);
        Objects.requireNonNull(executionId);
        Objects.requireNonNull(nodeId);
        Objects.requireNonNull(type);
        Objects.requireNonNull(assetId);
        Objects.requireNonNull(data);
        Objects.requireNonNull(createdAt);
    }

    /**
     * The output a node's success produced, if it is one that makes content: a {@code content.generate} node, whose
     * {@code kind} field says what it made (script → text, voice → audio) and whose output's {@code assetId}, when
     * present, names the stored asset.
     */
    public static Optional<ExecutionOutput> of(ExecutionId executionId, WorkflowDefinition.Node node, Json output,
                                               Instant now) {
        if (!GENERATOR.equals(node.nodeType()) || !(node.fields().get("kind") instanceof Json.Str kind)) {
            return Optional.empty();
        }
        OutputType type = switch (kind.value()) {
            case "script" -> OutputType.TEXT;
            case "image" -> OutputType.IMAGE;
            case "voice" -> OutputType.AUDIO;
            case "video" -> OutputType.VIDEO;
            default -> throw new IllegalArgumentException("a content.generate node of unknown kind: " + kind.value());
        };
        Optional<UUID> asset = output instanceof Json.Obj obj && obj.fields().get("assetId") instanceof Json.Str id
                && UUID_TEXT.matcher(id.value()).matches() ? Optional.of(UUID.fromString(id.value())) : Optional.empty();
        return Optional.of(new ExecutionOutput(Uuids.v7(), executionId, node.id(), type, asset, output, now));
    }
}
