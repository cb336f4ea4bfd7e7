package dev.glyphic.web.execution;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.glyphic.application.port.in.execution.ShowExecution;
import dev.glyphic.application.port.out.execution.ExecutionRecord;
import dev.glyphic.application.port.out.execution.NodeRunRecord;
import dev.glyphic.application.port.out.execution.NodeRuns;
import dev.glyphic.domain.execution.Execution;
import dev.glyphic.domain.execution.ExecutionOutput;
import dev.glyphic.domain.execution.Initiator;
import dev.glyphic.domain.execution.LogEntry;
import dev.glyphic.domain.execution.NodeRun;
import dev.glyphic.domain.json.Json;
import dev.glyphic.web.openapi.Timestamp;
import dev.glyphic.web.openapi.Uuid;
import dev.glyphic.web.workflow.JsonTree;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Executions, node runs and log lines as the API writes them, and the bodies it reads. */
public final class ExecutionJson {
    private ExecutionJson() {
    }

    /** {@code input} is any JSON value; absent means null. */
    public record RunRequest(@JsonDeserialize(using = JsonTree.Exact.class) JsonNode input) {
    }

    /** {@code version}: {@code pinned} (the default) or {@code latest}. */
    public record ReplayRequest(@Schema(type = "string", allowableValues = {"pinned", "latest"}) String version) {
    }

    /** Who started an execution: {@code user} or {@code apiKey} with its id, or {@code system} without one. */
    public record StartedBy(@Schema(type = "string", allowableValues = {"user", "apiKey", "system"}) String type,
                            @Uuid String id) {
        static StartedBy of(Initiator initiator) {
            return switch (initiator) {
                case Initiator.User user -> new StartedBy("user", user.userId().toString());
                case Initiator.ApiKey key -> new StartedBy("apiKey", key.apiKeyId().toString());
                case Initiator.System system -> new StartedBy("system", null);
            };
        }
    }

    public record Response(@Uuid String id, @Uuid String workflowId,
                           @Schema(minimum = "1", maximum = "999999999") int workflowVersion,
                           @Schema(type = "string", allowableValues = {"queued", "running", "waiting", "succeeded",
                           "failed", "cancelled", "timed_out"}) String status,
                           @Schema(type = "string", allowableValues = {"manual", "webhook", "schedule", "event",
                           "campaign", "replay"}) String triggerType,
                           JsonNode triggerData, JsonNode input, JsonNode output,
                           @Schema(maxLength = 4000) String error, StartedBy startedBy,
                           @Uuid String parentExecutionId, @Uuid String replayOf, @Timestamp Instant createdAt,
                           @Timestamp Instant startedAt, @Timestamp Instant completedAt,
                           @Schema(minimum = "0", maximum = "9223372036854775807") Long durationMs) {
        public static Response of(ExecutionRecord r) {
            Execution e = r.execution();
            return new Response(e.id().toString(), e.workflowId().toString(), e.workflowVersion(),
                    e.status().wireName(), e.triggerType().wireName(), node(r.triggerData()), node(r.input()),
                    r.output().map(ExecutionJson::node).orElse(null), e.error().orElse(null),
                    StartedBy.of(e.startedBy()), r.parent().map(p -> p.executionId().toString()).orElse(null),
                    r.replayOf().map(Object::toString).orElse(null), e.createdAt(), e.startedAt().orElse(null),
                    e.completedAt().orElse(null), millis(e.duration()));
        }
    }

    /**
     * An execution with its node runs, what it produced, and for a failed one where it failed ({@code errorStack}:
     * node, type, attempt, and the error with its causes). Executions failed before error stacks lost their Java
     * frames may still hold some: they are left out here, the server log having them.
     */
    public record Detail(@JsonUnwrapped Response execution, @Schema(maxLength = 100000) String errorStack,
                         @ArraySchema(maxItems = 100000) List<NodeRunResponse> nodeRuns,
                         @ArraySchema(maxItems = 100000) List<OutputResponse> outputs) {
        public static Detail of(ShowExecution.Detail d) {
            return new Detail(Response.of(d.execution()), d.execution().errorStack().map(ExecutionJson::withoutFrames)
                    .orElse(null),
                    d.nodeRuns().stream().map(NodeRunResponse::of).toList(),
                    d.outputs().stream().map(OutputResponse::of).toList());
        }
    }

    /** Generated content: {@code type} is text, image, audio or video; {@code assetId} names the stored asset. */
    public record OutputResponse(@Uuid String id, @Schema(maxLength = 200) String nodeId,
                                 @Schema(type = "string", allowableValues = {"text", "image", "audio",
                                 "video"}) String type,
                                 @Uuid String assetId, JsonNode data, @Timestamp Instant createdAt) {
        static OutputResponse of(ExecutionOutput o) {
            return new OutputResponse(o.id().toString(), o.nodeId(), o.type().wireName(),
                    o.assetId().map(Object::toString).orElse(null), node(o.data()), o.createdAt());
        }
    }

    /** What a node waits or waited for: {@code delay}, {@code approval} or {@code child}, and its detail. */
    public record Wait(@Schema(type = "string", allowableValues = {"delay", "approval", "child"}) String kind,
                       JsonNode detail) {
    }

    /**
     * {@code scheduledAt} is when the current attempt may be claimed; null while a retried execution waits to be
     * admitted again.
     */
    public record NodeRunResponse(@Uuid String id, @Schema(maxLength = 200) String nodeId,
                                  @Schema(type = "string", allowableValues = {"pending", "running", "waiting",
                                  "succeeded", "failed",
                                          "skipped", "cancelled", "timed_out"}) String status,
                                  @Schema(minimum = "1", maximum = "1000") int attempt,
                                  @Schema(minimum = "0", maximum = "2147483647") int retryGeneration,
                                  JsonNode input, JsonNode output,
                                  @ArraySchema(maxItems = 1000, schema = @Schema(maxLength = 200))
                                  List<String> firedHandles,
                                  @Schema(maxLength = 4000) String error, @JsonProperty("wait") Wait waitFor,
                                  @Timestamp Instant wakeAt, @Timestamp Instant scheduledAt,
                                  @Timestamp Instant startedAt, @Timestamp Instant completedAt,
                                  @Schema(minimum = "0", maximum = "9223372036854775807") Long durationMs) {
        static NodeRunResponse of(NodeRunRecord r) {
            NodeRun n = r.state();
            return new NodeRunResponse(n.id().toString(), n.nodeId(), n.status().wireName(), n.attempt(),
                    n.retryGeneration(), r.input().map(ExecutionJson::node).orElse(null),
                    r.output().map(ExecutionJson::node).orElse(null), r.firedHandles().stream().sorted().toList(),
                    n.error().orElse(null), r.waitFor().map(w -> new Wait(w.kind().wireName(), node(w.detail())))
                            .orElse(null), r.wakeAt().orElse(null),
                    n.scheduledAt().equals(NodeRuns.PARKED) ? null : n.scheduledAt(),
                    n.startedAt().orElse(null), n.completedAt().orElse(null), millis(n.duration()));
        }
    }

    public record LogLine(@Uuid String id, @Timestamp Instant at,
                          @Schema(type = "string", allowableValues = {"debug", "info", "warn", "error"}) String level,
                          @Schema(maxLength = 200) String nodeId, @Schema(maxLength = 200) String nodeType,
                          @Schema(maxLength = 10000) String message, JsonNode data) {
        public static LogLine of(LogEntry e) {
            return new LogLine(e.id().toString(), e.at(), e.level().wireName(), e.nodeId().orElse(null),
                    e.nodeType().orElse(null), e.message(), node(e.data()));
        }
    }

    static JsonNode node(Json value) {
        return JsonTree.toNode(value);
    }

    /** A Java stack trace's frame lines ({@code at a.B.c(B.java:1)}, {@code ... 3 more}) dropped; the rest kept. */
    static String withoutFrames(String errorStack) {
        return errorStack.lines()
                .filter(line -> !JAVA_FRAME.matcher(line).matches())
                .collect(Collectors.joining("\n"));
    }

    private static final Pattern JAVA_FRAME =
            Pattern.compile("\\s*(at [\\w$.<>/@\\-]+\\(.*\\)|\\.\\.\\. \\d+ (more|common frames omitted))\\s*");

    private static Long millis(Optional<Duration> duration) {
        return duration.map(Duration::toMillis).orElse(null);
    }
}
