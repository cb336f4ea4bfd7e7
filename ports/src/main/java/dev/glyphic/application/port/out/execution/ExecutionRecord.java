package dev.glyphic.application.port.out.execution;

import dev.glyphic.domain.execution.Execution;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.execution.NodeRunId;
import dev.glyphic.domain.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An execution as stored: the execution itself, a state machine ({@link Execution}), and what it carries.
 *
 * @param entryNodes       the nodes it starts at, fixed when queued so that admission needs no definition
 * @param concurrencyLimit the workflow's concurrency limit when it was queued, if it has one
 * @param deadline         when it times out; set when it starts
 * @param idempotencyKey   the key of the request that started it, with {@code requestDigest} naming what was asked
 * @param depth            how many sub-workflow levels below a run started otherwise it sits: 0 for a run started by a
 *                         person, a trigger or a replay, its parent's depth + 1 for a child
 */
public record ExecutionRecord(Execution execution, Json triggerData, Json input, Optional<Json> output,
                              Optional<String> errorStack, Optional<ParentLink> parent,
                              Optional<ExecutionId> replayOf, List<String> entryNodes,
                              Optional<Integer> concurrencyLimit, Duration timeout, Optional<Instant> deadline,
                              Optional<String> idempotencyKey, Optional<String> requestDigest, int depth) {

    /** The node run of a parent execution that waits for this one (a sub-workflow). */
    public record ParentLink(ExecutionId executionId, NodeRunId nodeRunId) {
        public ParentLink {
            Objects.requireNonNull(executionId);
            Objects.requireNonNull(nodeRunId);
        }
    }

    public ExecutionRecord {
        Objects.requireNonNull(execution);
        Objects.requireNonNull(triggerData);
        Objects.requireNonNull(input);
        Objects.requireNonNull(output);
        Objects.requireNonNull(errorStack);
        Objects.requireNonNull(parent);
        Objects.requireNonNull(replayOf);
        entryNodes = List.copyOf(entryNodes);
        Objects.requireNonNull(concurrencyLimit);
        Objects.requireNonNull(timeout);
        Objects.requireNonNull(deadline);
        Objects.requireNonNull(idempotencyKey);
        Objects.requireNonNull(requestDigest);
        if (depth < 0) {
            throw new IllegalArgumentException("a depth is never negative");
        }
    }

    public ExecutionId id() {
        return execution.id();
    }

    public ExecutionRecord with(Execution next) {
        return new ExecutionRecord(next, triggerData, input, output, errorStack, parent, replayOf, entryNodes,
                concurrencyLimit, timeout, deadline, idempotencyKey, requestDigest, depth);
    }

    public ExecutionRecord withErrorStack(String stack) {
        return new ExecutionRecord(execution, triggerData, input, output, Optional.of(stack), parent, replayOf,
                entryNodes, concurrencyLimit, timeout, deadline, idempotencyKey, requestDigest, depth);
    }

    public ExecutionRecord withOutput(Json value) {
        return new ExecutionRecord(execution, triggerData, input, Optional.of(value), errorStack, parent, replayOf,
                entryNodes, concurrencyLimit, timeout, deadline, idempotencyKey, requestDigest, depth);
    }
}
