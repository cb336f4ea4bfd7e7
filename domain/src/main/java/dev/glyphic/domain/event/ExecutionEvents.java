package dev.glyphic.domain.event;

import dev.glyphic.domain.execution.Execution;
import dev.glyphic.domain.execution.TriggerType;
import dev.glyphic.domain.json.Json;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The event an execution's end announces: {@code execution.succeeded}, or {@code execution.failed} (a failure or a
 * timeout). A cancelled run announces nothing: someone chose to stop it. Its data names the run and its outcome,
 * with the error's message but never the run's output, which may be large or sensitive; readers who need more ask.
 */
public final class ExecutionEvents {
    /** The trigger data field where an event-started run carries how deep in a chain of events it is. */
    public static final String DEPTH = "depth";
    private static final int MAX_ERROR_CHARS = 1_000;

    private ExecutionEvents() {
    }

    public static Optional<DomainEvent> ended(Execution execution, Json triggerData, Instant at) {
        EventType type = switch (execution.status()) {
            case SUCCEEDED -> EventType.EXECUTION_SUCCEEDED;
            case FAILED, TIMED_OUT -> EventType.EXECUTION_FAILED;
            default -> null;
        };
        if (type == null) {
            return Optional.empty();
        }
        Map<String, Json> data = new LinkedHashMap<>();
        data.put("executionId", Json.of(execution.id().toString()));
        data.put("workflowId", Json.of(execution.workflowId().toString()));
        data.put("workflowVersion", Json.of(execution.workflowVersion()));
        data.put("status", Json.of(execution.status().wireName()));
        data.put("triggerType", Json.of(execution.triggerType().wireName()));
        execution.error().map(ExecutionEvents::bounded).ifPresent(error -> data.put("error", Json.of(error)));
        return Optional.of(DomainEvent.of(execution.orgId(), execution.workspaceId(), type, execution.id().value(),
                new Json.Obj(data), depthOf(execution.triggerType(), triggerData), at));
    }

    /** An event-started run's depth, as its trigger data says; 0 for any other run. */
    public static int depthOf(TriggerType trigger, Json triggerData) {
        if (trigger == TriggerType.EVENT && triggerData instanceof Json.Obj data
                && data.fields().get(DEPTH) instanceof Json.Num depth) {
            return Math.max(0, depth.value().intValue());
        }
        return 0;
    }

    private static String bounded(String text) {
        return text.length() <= MAX_ERROR_CHARS ? text : text.substring(0, MAX_ERROR_CHARS) + "…";
    }
}
